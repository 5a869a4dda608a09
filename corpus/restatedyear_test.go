package corpus

import (
	"strings"
	"testing"
)

// A value restated without a year keeps the year its first statement
// wrote, not the page's: news of 2024 on 2023's rates quotes them again in
// a change since 1951. A rough value (3家) is no restatement.
func TestRestatedValueKeepsItsYear(t *testing.T) {
	t.Parallel()
	text := "西藏孕产妇和婴儿死亡率降至历史最低\n发布时间: 2024-04-14 09:07:00\n" +
		"记者12日从自治区新闻发布会上获悉，2023年西藏孕产妇死亡率为38.63/10万，婴儿死亡率为5.37‰，2023年新建3家妇幼保健院。\n" +
		"近年来，妇幼健康核心指标持续向好：孕产妇死亡率从1951年的5000/10万降至38.63/10万，婴儿死亡率从1951年的430‰降至5.37‰，住院分娩率提高到99.15%，新建3家妇幼保健院。\n"
	d := Parse("xizang.txt", text, Meta{}, Options{})
	seen := map[string]int{}
	var figs []Figure
	for _, r := range d.Reports {
		figs = append(figs, r.Figures...)
	}
	for _, f := range figs {
		switch f.Raw {
		case "38.63", "5.37":
			seen[f.Raw]++
			if f.Year != 2023 {
				t.Errorf("%s%s of %q: year %d, want 2023", f.Raw, f.Unit, f.Sentence, f.Year)
			}
		case "3":
			seen[f.Raw]++
			if f.Year == 2023 && !strings.Contains(f.Sentence, "2023") {
				t.Errorf("the rough value 3家 restated took the year of another sentence: %q", f.Sentence)
			}
		}
	}
	if seen["38.63"] != 2 || seen["5.37"] != 2 || seen["3"] != 2 {
		t.Fatalf("want each value twice, got %v", seen)
	}
}
