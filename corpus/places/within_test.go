package places

import "testing"

func TestNamedWithin(t *testing.T) {
	text := "头痛门诊入选国家级门诊（台州市唯一）。成立天台诊治中心，天台县人民医院通过评估。临海、温岭也参加了。"
	got := map[string]int{}
	for _, c := range NamedWithin(text, "台州市", County) {
		got[c.Place.Name] = c.N
	}
	if got["天台县"] != 2 || got["临海市"] != 1 || got["温岭市"] != 1 {
		t.Errorf("counties of 台州市 named: %v", got)
	}
	if len(NamedWithin(text, "杭州市", County)) != 0 {
		t.Error("counties of another city found")
	}
	if NamedWithin(text, "不存在的地方", County) != nil {
		t.Error("an unknown parent gave places")
	}
}
