package bot_test

import (
	"strings"
	"testing"
)

// "初筛一共筛了多少学生" asks the students screened (筛查人员51651人), not the
// experts invited to talk (4名), whose label shares more of its words
// (made-up news).
func TestOtherPeopleCountedAreNoAnswer(t *testing.T) {
	b := botOver(t, map[string]string{
		"筛查.txt": "某区开展青少儿脊柱侧弯防控工作\n2023-07-20\n为扎实做好青少儿脊柱侧弯防控民生工程,自6月份开始,某区青少儿脊柱侧弯防控工作初筛任务共筛查人员51651人。该区邀请4名专家进行脊柱侧弯防控知识宣讲。\n",
	})
	a := ask(t, b, nil, "某区2023年脊柱侧弯初筛一共筛了多少学生？")
	if first := firstLine(a.Text); !strings.Contains(first, "51651人") {
		t.Errorf("want the students screened, 51651人:\n%s", a.Text)
	}
}
