package bot_test

import (
	"strings"
	"testing"
)

// "男的" is 男性: the men's life expectancy answers, not the whole's.
func TestMenAskedInLayWords(t *testing.T) {
	b := botOver(t, map[string]string{
		"某市2018年健康统计.txt": "某市2018年居民健康状况\n分析统计数据显示,某市2018年人均期望寿命为83.54岁,较去年上升0.5岁。其中男性81.23岁,女性85.87岁。\n",
	})
	a := ask(t, b, nil, "某市2018年男的一般能活到多大岁数？")
	if !strings.HasPrefix(a.Text, "根据资料") || !strings.Contains(strings.SplitN(a.Text, "\n", 2)[0], "81.23岁") {
		t.Errorf("want 81.23岁 first: %s", a.Text)
	}
}

// The same measure in another part of the report (医疗废物管理), which
// lacks the words the question shares with the answer's part (公共场所),
// is no conflict to show beside it.
func TestOtherPartIsNoConflict(t *testing.T) {
	b := botOver(t, map[string]string{
		"秀英区2020年卫生监督.txt": "秀英区卫生监督所2020年工作\n一、公共场所卫生监督\n（2）对辖区内的638家公共场所经营单位开展日常监督检查\n全年,出动卫生监督员1362人次,检查单位1215家次。\n二、医疗卫生监督\n（3）开展医疗卫生机构医疗废物管理\n出动卫生监督员1435人次、监督单位1417家次。\n",
	})
	a := ask(t, b, nil, "秀英区2020年公共场所卫生监督，卫监所的人一共出动了多少人次？")
	if !strings.Contains(strings.SplitN(a.Text, "\n", 2)[0], "1362人次") || strings.Contains(a.Text, "1435") {
		t.Errorf("want 1362人次 alone: %s", a.Text)
	}
}
