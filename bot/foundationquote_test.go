package bot_test

import (
	"strings"
	"testing"
)

// A change built on another year's ("在2016年减少8.2万户的基础上再减少4.4万
// 户") is quoted without the other year's value (made-up report).
func TestChangeQuotedWithoutItsFoundation(t *testing.T) {
	b := botOver(t, map[string]string{
		"江西健康扶贫.txt": "江西省健康扶贫工作总结\n2017年全省因病致贫贫困户继续大幅减少到9.6万户,在2016年减少8.2万户的基础上再减少4.4万户,减幅31%。\n",
	})
	a := ask(t, b, nil, "江西2017年因病致贫的贫困户比上一年又少了多少户？")
	if !strings.Contains(a.Text, "4.4万户") || strings.Contains(a.Text, "8.2万户") {
		t.Errorf("want the change alone:\n%s", a.Text)
	}
}
