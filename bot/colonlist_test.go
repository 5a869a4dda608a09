package bot_test

import (
	"strings"
	"testing"
)

// A list run on after a colon with no "以下" to announce it ("对…重点工作
// 进行安排部署:一是…;二是…") answers a question asking what was arranged,
// every item quoted, a short item whole.
func TestItemsRunOnAfterAColon(t *testing.T) {
	b := botOver(t, map[string]string{
		"某市基层卫生工作会议.txt": "某市召开2020年基层卫生与老龄健康工作会议\n" +
			"会上通报了2019年度基本公共卫生服务项目考核情况。张某总结了2019年全市基层卫生与老龄健康工作,对2020年有关重点工作进行安排部署:一是攻克难点,推动整改措施落地;二是抓牢重点,做实基本公共卫生项目;三是夯实支点,促进基层能力提升;四是关注焦点,推进医养结合试点工作。\n",
	})
	a := ask(t, b, nil, "某市2020年基层卫生跟老龄健康这块，会上安排了哪几件重点事？")
	for _, want := range []string{"一是攻克难点,推动整改措施落地", "四是关注焦点,推进医养结合试点工作"} {
		if !strings.Contains(a.Text, "“"+want+"”") {
			t.Errorf("want item %q quoted whole:\n%s", want, a.Text)
		}
	}
}
