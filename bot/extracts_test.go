package bot

import (
	"strings"
	"testing"
)

// The question's own rare word ("医改") outweighs the common words of the
// official term the search added for it (体制改革 of 医药卫生体制改革), which
// many sentences about other reforms share.
func TestExtractsWeighRareOwnWords(t *testing.T) {
	sources := []Source{{N: 1, Text: "全面深化财税体制改革，深入实施零基预算管理三年行动，加快省以下财政体制改革，推进绿色税制建设。" +
		"发挥经济体制改革牵引作用，高质量完成国有企业改革深化提升行动，健全央地国企合作发展机制。" +
		"实施医疗卫生强基工程，促进医疗、医保、医药协同发展和治理，以市州为单位全面推广三明医改经验。"}}
	a := extracts("今年医改打算怎么推？", "医改 医药卫生体制改革", sources, 5)
	first, _, _ := strings.Cut(strings.TrimPrefix(a.Text, extractHeader), "\n")
	if !strings.Contains(first, "三明医改经验") {
		t.Errorf("the sentence on 医改 should come first: %s", a.Text)
	}
}

// A semicolon inside a short quotation divides its items, not the
// sentence; outside one it ends the sentence.
func TestSplitSentencesKeepsQuotedLists(t *testing.T) {
	got := splitSentences("坚持“以人为本,健康优先;预防为主,强化基层”基本原则；推进网络建设。")
	want := []string{"坚持“以人为本,健康优先;预防为主,强化基层”基本原则；", "推进网络建设。"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("splitSentences = %q, want %q", got, want)
	}
}
