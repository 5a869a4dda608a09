package corpus

import "testing"

// A reprint's pinyin written in brackets after a character is no part of
// the word: "構(gòu)建" reads 构建; a bracketed English word stays.
func TestNormalizeDropsPinyinNotes(t *testing.T) {
	for in, want := range map[string]string{
		"全面構(gòu)建宮頸癌防治體系":      "全面构建宫颈癌防治体系",
		"推進(jìn)醫(yī)共體建設(shè)": "推进医共体建设",
		"重症監護室(ICU)床位":          "重症监护室(ICU)床位",
		"分級(a)診療":               "分级(a)诊疗",
	} {
		if got := Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

// A saved page may cut a note with a line break ("計(j\nì)生"): still a note.
func TestPinyinNoteCutByALineBreak(t *testing.T) {
	if got := dropPinyinNotes("各項(xiàng)衛(wèi)生計(j\nì)生規(guī)劃任務(wù)圓滿完成"); got != "各項衛生計生規劃任務圓滿完成" {
		t.Errorf("dropPinyinNotes = %q", got)
	}
}
