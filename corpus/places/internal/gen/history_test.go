package main

import (
	"reflect"
	"testing"
)

func TestAddHistory(t *testing.T) {
	current := []division{
		{code: "370000", name: "山东省", short: "山东"},
		{code: "370100", name: "济南市", short: "济南"},
		{code: "370116", name: "莱芜区", short: "莱芜"},
		{code: "110000", name: "北京市", short: "北京"},
		{code: "110118", name: "密云区", short: "密云"},
		{code: "140000", name: "山西省", short: "山西"},
		{code: "141100", name: "吕梁市", short: "吕梁"},
		{code: "360400", name: "九江市", short: "九江"},
	}
	revisions := []revision{
		{"110228": "密云县", "370116": "莱芜区"},
		{"371200": "莱芜市", "371202": "莱城区", "110103": "崇文区", "142300": "吕梁地区", "360421": "九江县",
			"140501": "晋城市市辖区", "500300": "市", "532700": "思茅地区"},
	}
	got, appended := addHistory(append([]division(nil), current...), revisions)
	want := []division{
		{code: "370000", name: "山东省", short: "山东"},
		{code: "370100", name: "济南市", short: "济南"},
		{code: "370116", name: "莱芜区", short: "莱芜"},
		{code: "110000", name: "北京市", short: "北京"},
		{code: "110118", name: "密云区", short: "密云", former: []string{"密云县"}},
		{code: "140000", name: "山西省", short: "山西"},
		{code: "141100", name: "吕梁市", short: "吕梁", former: []string{"吕梁地区"}},
		{code: "360400", name: "九江市", short: "九江"},
		// Appended in code order; a county keeps no short form, a city one
		// only when no other division has it (莱芜 is 莱芜区's).
		{code: "110103", name: "崇文区", short: ""},
		{code: "360421", name: "九江县", short: ""},
		{code: "371200", name: "莱芜市", short: ""},
		{code: "371202", name: "莱城区", short: ""},
		{code: "532700", name: "思茅地区", short: "思茅"},
	}
	if appended != 5 || !reflect.DeepEqual(got, want) {
		t.Errorf("addHistory = %d\n%v\nwant 5\n%v", appended, got, want)
	}
}

// A division newer than the source data goes after its province's cities,
// once.
func TestWithNewer(t *testing.T) {
	divs := []division{{code: "130000", name: "河北省"}, {code: "131100", name: "衡水市"}, {code: "130102", name: "长安区"}}
	got := withNewer(divs)
	if len(got) != 4 || got[2].name != "雄安新区" {
		t.Errorf("withNewer = %v, want 雄安新区 after 衡水市", got)
	}
	if again := withNewer(got); len(again) != 4 {
		t.Errorf("added twice: %v", again)
	}
}
