package bot

import "testing"

// A sentence naming two is no answer to a question asking for three.
func TestAsManyNamedNotFewer(t *testing.T) {
	sources := []Source{{N: 1, Text: "此次上榜的我县基层医疗卫生机构,分别是广平镇中心卫生院、汉源中心卫生院。"}}
	if _, ok := asManyNamed("我县上榜的是哪两家卫生院？", sources); !ok {
		t.Errorf("the two not found for a question asking for two")
	}
	if _, ok := asManyNamed("我县上榜的是哪三家卫生院？", sources); ok {
		t.Errorf("a sentence naming two answered a question asking for three")
	}
}
