package bot_test

import (
	"strings"
	"testing"
)

// A question that stresses the whole of the province it names ("四川全省")
// is not answered by a city's figure within it (攀枝花's 1493人), unless
// the city's report speaks of the whole province in that sentence (此次全省
// 共有8家…); the same question without 全省 may be.
func TestWholeOfPlaceIsNoCityWithin(t *testing.T) {
	b := botOver(t, map[string]string{
		"攀枝花市2018年计生工作.txt":  "攀枝花市2018年计划生育奖扶工作\n2018年，攀枝花市享受计划生育家庭特别扶助的对象1493人。\n",
		"南充市2018年医院等级评审.txt": "南充两所医院晋级三级医院\n2018年，阆中市人民医院晋级三级甲等医院。此次全省共有8家医院晋级三级甲等医院。\n",
		"自贡市2018年结核病防治.txt":  "自贡市结核病防治工作\n2018年全市共报告结核病1171例,报告发病率45.58/10万,居全省第11位,低于全省平均水平。\n",
	})
	a := ask(t, b, nil, "四川全省2018年享受计划生育特别扶助的对象有多少人？")
	if strings.Contains(a.Text, "1493") {
		t.Errorf("全省 answered with a city's figure: %s", a.Text)
	}
	a = ask(t, b, nil, "2018年四川全省一共有几家医院晋级三级甲等医院？")
	if !strings.Contains(strings.SplitN(a.Text, "\n", 2)[0], "8家") {
		t.Errorf("a city's sentence on the whole province answers: %s", a.Text)
	}
	a = ask(t, b, nil, "四川全省2018年肺结核报告发病率是多少？")
	if strings.Contains(a.Text, "45.58") {
		t.Errorf("a city's figure compared with the whole answered: %s", a.Text)
	}
	a = ask(t, b, nil, "四川2018年享受计划生育特别扶助的对象有多少人？")
	if !strings.HasPrefix(a.Text, "根据资料") || !strings.Contains(strings.SplitN(a.Text, "\n", 2)[0], "1493人") {
		t.Errorf("without 全省 the city within may answer: %s", a.Text)
	}
}
