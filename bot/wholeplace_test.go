package bot_test

import (
	"strings"
	"testing"
)

// A question that stresses the whole of the province it names ("四川全省")
// is not answered by a city's figure within it (攀枝花's 1493人); the
// same question without 全省, or asking of its cities (全省各市), may be.
func TestWholeOfPlaceIsNoCityWithin(t *testing.T) {
	b := botOver(t, map[string]string{
		"攀枝花市2018年计生工作.txt": "攀枝花市2018年计划生育奖扶工作\n2018年，攀枝花市享受计划生育家庭特别扶助的对象1493人。\n",
	})
	a := ask(t, b, nil, "四川全省2018年享受计划生育特别扶助的对象有多少人？")
	if strings.Contains(a.Text, "1493") {
		t.Errorf("全省 answered with a city's figure: %s", a.Text)
	}
	a = ask(t, b, nil, "四川2018年享受计划生育特别扶助的对象有多少人？")
	if !strings.HasPrefix(a.Text, "根据资料") || !strings.Contains(strings.SplitN(a.Text, "\n", 2)[0], "1493人") {
		t.Errorf("without 全省 the city within may answer: %s", a.Text)
	}
}
