package corpus

import (
	"strings"
	"testing"
)

// A sentence that runs into its own list after a comma ("会议强调,一要…;
// 二要…;三要…") keeps the list as its text: the demands stay with who
// made them, in one passage, not cut into sections of their own. A list
// opening its own sentence ("。一是…") is still an outline.
func TestListRunIntoSentenceAfterComma(t *testing.T) {
	text := "某区召开推进会\n会议通报了1-9月工作情况。\n\n会议强调,一要统一思想,以最高站位扛起责任;二要聚焦问题,以最实举措精准攻坚;三要闭环管理,确保收官。\n"
	r := Parse("t.txt", text, Meta{}, Options{}).Reports[0]
	for _, s := range r.Sections {
		if strings.Contains(s.Heading, "统一思想") || strings.Contains(s.Heading, "闭环管理") {
			t.Errorf("section %q cut out of the sentence that runs into it", s.Heading)
		}
	}
	text = "某区工作总结\n今年主要做了三项工作。一是统一思想,扛起责任。二是聚焦问题,精准攻坚。三是闭环管理,确保收官。\n"
	r = Parse("t.txt", text, Meta{}, Options{}).Reports[0]
	if len(r.Sections) < 3 {
		t.Errorf("sections %v, want the three items opening their own sentences", r.Sections)
	}
}
