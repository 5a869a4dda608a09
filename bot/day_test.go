package bot_test

import (
	"strings"
	"testing"
)

// A day asked of daily bulletins is answered by that day's figure, not by
// the next day's of the same measure; a day no bulletin gives is not found
// (made-up bulletins).
func TestDayAskedNotAnotherDay(t *testing.T) {
	b := botOver(t, map[string]string{
		"通报16.txt": "云溪省疫情通报\n2月16日0—24时，云溪省新增本土确诊病例7例，新增无症状感染者3例。\n",
		"通报17.txt": "云溪省疫情通报（续）\n2月17日0—24时，云溪省新增本土确诊病例9例，新增无症状感染者5例。\n",
	})
	for q, want := range map[string]string{
		"云溪2月16号新增本土确诊几例？": "7例",
		"云溪2月17日新增本土确诊几例？": "9例",
	} {
		if a := ask(t, b, nil, q); !strings.Contains(firstLine(a.Text), want) {
			t.Errorf("%s: want %s:\n%s", q, want, a.Text)
		}
	}
	a := ask(t, b, nil, "云溪2月18号新增本土确诊几例？")
	if !strings.HasPrefix(a.Text, "资料中没有找到") || !strings.Contains(firstLine(a.Text), "2月18日") || strings.Contains(firstLine(a.Text), "9例") {
		t.Errorf("want 2月18日 not found:\n%s", a.Text)
	}
}
