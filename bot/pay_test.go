package bot_test

import (
	"strings"
	"testing"
)

// "一年能挣多少" asks the staff's pay, given with its rise in one sentence
// of a county named earlier in it (made-up news): the pay, of that county.
func TestStaffPayAskedInSpeech(t *testing.T) {
	b := botOver(t, map[string]string{
		"news.txt": "基层医改观察\n2011年，全省乡镇卫生院职工收入普遍提高。研究人员到鹤岗市萝北县后发现，该县乡镇卫生院职工年收入达到3.1万元，比改革前提高了50%。\n",
	})
	a := ask(t, b, nil, "萝北县乡镇卫生院的职工一年能挣多少？")
	if first := firstLine(a.Text); !strings.Contains(first, "3.1万元") {
		t.Errorf("want the pay, 3.1万元:\n%s", a.Text)
	}
}
