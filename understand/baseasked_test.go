package understand

import "testing"

// The year a change is measured from, when a question names one.
func TestAskedBaseYear(t *testing.T) {
	for q, want := range map[string]int{
		"十四五以来全国看病人次涨了多少，2023年跟2020年比？": 2020,
		"床位比2015年增加了多少":                 2015,
		"床位比上年增加了多少":                    0,
		"2023年全国总诊疗人次是多少":               0,
	} {
		if got := AskedBaseYear(q); got != want {
			t.Errorf("AskedBaseYear(%q) = %d, want %d", q, got, want)
		}
	}
}

// A question and a change's qualifier compare with the year before alike;
// another area is no year before.
func TestComparesWithYearBefore(t *testing.T) {
	for text, want := range map[string]bool{"厦门去年居民健康素养水平比上一年涨了多少？": true, "比上年度提高": true, "同比增加": true, "比全国平均水平高出": false,
		"开州区人民医院去年收入合计比前年多了多少？": true, "比前年多了多少": false, // 前年 after 去年 is the year before it
		"按年增加": true, "按年度计划完成": false, // 按年 of Hong Kong and Macau is 同比
	} {
		if got := ComparesWithYearBefore(text); got != want {
			t.Errorf("ComparesWithYearBefore(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestComparesWithMonthBefore(t *testing.T) {
	for text, want := range map[string]bool{
		"重庆今年5月丙类传染病比4月份涨了多少？": true,
		"环比增长了多少":      true,
		"较上月同期上升":      true,
		"较去年同期下降":      false,
		"跟去年5月比降了多少":   false,
		"比2019年5月多了多少": false,
	} {
		if got := ComparesWithMonthBefore(text); got != want {
			t.Errorf("ComparesWithMonthBefore(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestComparedArea(t *testing.T) {
	for q, want := range map[string]string{"福建去年居民健康素养水平比全国高出多少？": "全国", "比上年高出多少": "", "全省排名第几": ""} {
		if got := ComparedArea(q); got != want {
			t.Errorf("ComparedArea(%q) = %q, want %q", q, got, want)
		}
	}
}
