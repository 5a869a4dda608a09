package corpus

import "testing"

// A headline's count written after the place ("2019年漳州5832人参加无偿献血"):
// its label is what the words after it say, not the place (made-up news).
func TestCountAfterPlaceLabelledByWhatFollows(t *testing.T) {
	text := "漳州新闻网\n您所在的位置:首页 > 漳州频道 > 正文\n\n2019年漳州5832人参加无偿献血 近六成是男性\n\n2020-06-14 09:06:01  来源:闽南日报\n\n记者从市中心血站了解到，去年全市献血量持续增长，全市共有献血点12个。\n"
	r := Parse("x.txt", text, Meta{}, Options{}).Reports[0]
	found := false
	for _, f := range r.Figures {
		found = found || f.Raw == "5832"
		if f.Raw == "5832" && f.Label != "参加无偿献血" {
			t.Errorf("5832人 labelled %q, want 参加无偿献血", f.Label)
		}
	}
	if !found {
		t.Error("5832人 not read")
	}
}
