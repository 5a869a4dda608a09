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

// One year's table writes its costs bare ("6512.40"), another's with 元:
// the same row's level of the base year is still its level, and the
// difference is in the unit written.
func TestChangeAgainstABareBaseLevel(t *testing.T) {
	b := botOver(t, map[string]string{
		"云溪县公立医院2020年质量信息公示.txt": "云溪县公立医院2020年1-12月质量信息公示\n公示表\n指标 | 县医院 | 县中医院\n住院次均费用 | 8120.50元 | 4310.20元\n门急诊次均费用 | 250.10元 | 190.30元\n平均住院天数 | 8.9天 | 8.1天\n",
		"云溪县公立医院2024年质量信息公示.txt": "云溪县公立医院2024年1-12月质量信息公示\n公示表\n指标 | 县医院 | 县中医院\n住院次均费用 | 6512.40 | 3901.15\n门急诊次均费用 | 270.12 | 201.75\n平均住院天数 | 8.20 | 8.05\n",
	})
	a := ask(t, b, nil, "云溪县医院住一次院平均花的钱，2024年跟2020年比降了多少？")
	for _, want := range []string{"6512.40", "8120.50元", "减少1608.10元"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("answer lacks %s: %s", want, a.Text)
		}
	}
}
