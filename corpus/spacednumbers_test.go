package corpus

import (
	"strings"
	"testing"
)

func TestJoinSpacedNumbers(t *testing.T) {
	for in, want := range map[string]string{
		"居民健康素养水平从 2020 年的 24.45% 跃升至 2024 年的 31.92%,提前达成": "居民健康素养水平从2020年的24.45%跃升至2024年的31.92%,提前达成",
		"床位数增至 7.86 万张,较 2020 年增加 1.38 万张;":                "床位数增至7.86万张,较2020年增加1.38万张;",
		"生命质量提升:2024 年人均预期寿命达 78.38 岁":                     "生命质量提升:2024年人均预期寿命达78.38岁",
		"1 柳江区妇幼保健院 111,415  9,294  0.0":                   "1 柳江区妇幼保健院 111,415  9,294  0.0", // thousands apart, a row
		"医院 208 18803 21778":    "医院 208 18803 21778", // a row of numbers set apart
		"措施有力。 3. 对各社区开展督导":     "措施有力。 3. 对各社区开展督导",  // an item's number
		"发文日期 2019 年 12 月 28 日": "发文日期 2019年12月28日",   // a field, then its value
		"no Chinese 2020 here":  "no Chinese 2020 here",
	} {
		if got := joinSpacedNumbers(in); got != want {
			t.Errorf("joinSpacedNumbers(%q) = %q, want %q", in, got, want)
		}
	}
}

// Spaced numbers read as figures of their years, and a horizon's year
// ("2030年目标") dates no text.
func TestSpacedNumbersFigures(t *testing.T) {
	text := "某报记者 张三\n10月16日,南阳市召开新闻发布会。\n“十四五”期间,居民健康素养水平从 2020 年的 24.45% 跃升至 2024 年的 31.92%,提前 6 年达成健康中原行动 2030 年目标。全市医疗卫生机构床位数增至 7.86 万张,较 2020 年增加 1.38 万张。\n"
	r := Parse("t.txt", text, Meta{}, Options{}).Reports[0]
	if r.Title == "某报记者 张三" {
		t.Errorf("a byline as the title")
	}
	got := map[string]string{}
	for _, f := range r.Figures {
		got[f.Raw+f.Unit] = f.Label + " " + itoaYear(f.Year)
	}
	if r.Year == 2030 || got["7.86万张"] == "" {
		t.Errorf("year %d, 7.86万张 %q: want the review's year and the beds", r.Year, got["7.86万张"])
	}
	for value, want := range map[string]string{"31.92%": "居民健康素养水平 2024", "24.45%": "居民健康素养水平 2020"} {
		if got[value] != want {
			t.Errorf("%s: %q, want %q (all %v)", value, got[value], want, got)
		}
	}
}

// Joining takes out spaces and nothing else.
func FuzzJoinSpacedNumbers(f *testing.F) {
	f.Add("从 2020 年的 24.45% 跃升至 2024 年的 31.92%,提前")
	f.Add("发文日期 2019 年 12 月 28 日\n医院 208 18803")
	f.Fuzz(func(t *testing.T, s string) {
		got := joinSpacedNumbers(s)
		if strings.ReplaceAll(got, " ", "") != strings.ReplaceAll(s, " ", "") {
			t.Errorf("joinSpacedNumbers(%q) = %q: more than spaces changed", s, got)
		}
	})
}
