package corpus

import (
	"strings"
	"testing"
)

// A short unnumbered line heading the paragraph after it ("组织协调") is
// never the last line of a chunk: it opens the chunk of its paragraph.
func TestBareHeadLineOpensItsChunk(t *testing.T) {
	text := "基层妇幼保健工作\n" +
		strings.Repeat("全市共有妇幼保健机构13所,其中市级妇幼保健院1所,县区级妇幼保健机构12所。", 3) + "\n" +
		"组织协调\n" +
		"建立了以妇幼保健院为主的妇幼保健协作组;定期召开有妇联、教育等部门负责人参加的座谈会;成立了危重孕产妇抢救小组。\n"
	r := Parse("t.txt", text, Meta{}, Options{ChunkRunes: 150}).Reports[0]
	if len(r.Chunks) < 2 {
		t.Fatalf("want the text cut into chunks, got %d", len(r.Chunks))
	}
	for _, c := range r.Chunks {
		lines := strings.Split(strings.TrimSpace(c.Text), "\n")
		if strings.TrimSpace(lines[len(lines)-1]) == "组织协调" {
			t.Errorf("a chunk ends with the heading of the next paragraph:\n%s", c.Text)
		}
		if strings.Contains(c.Text, "抢救小组") && !strings.Contains(c.Text, "组织协调") {
			t.Errorf("the paragraph's chunk lacks its heading:\n%s", c.Text)
		}
	}
}
