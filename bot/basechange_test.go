package bot_test

import (
	"strings"
	"testing"
)

// A change asked against a year the reports give only a level for
// ("2024年度比2023年度涨了多少": 410元/人 in one notice, 380元/人 in the
// other) is answered with both levels, each cited, and their difference.
func TestChangeAgainstABaseYearsLevel(t *testing.T) {
	b := botOver(t, map[string]string{
		"某区2023年度城乡居民医保征缴通知.txt": "某区关于做好2023年度城乡居民基本医疗保险基金征缴工作的通知\n二、缴费标准\n2023年城乡居民医保个人缴费标准为380元/人。\n",
		"某区2024年度城乡居民医保征缴通知.txt": "某区关于做好2024年度城乡居民基本医疗保险基金征缴工作的通知\n二、缴费标准\n2024年城乡居民医保个人缴费标准为410元/人。\n",
	})
	a := ask(t, b, nil, "某区居民医保个人交的钱，2024年度比2023年度涨了多少？")
	for _, want := range []string{"410元/人", "380元/人", "增加30元/人"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("answer lacks %s: %s", want, a.Text)
		}
	}
}
