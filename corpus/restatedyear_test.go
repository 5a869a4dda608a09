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

// A change written without years right after a dated one, across a
// semicolon, starts where that one did.
func TestChangeBesideADatedOneStartsWhereItDid(t *testing.T) {
	t.Parallel()
	text := "国家统计局：民生持续改善（2025年9月）\n我国每千人口医疗卫生机构床位数从2020年的6.46张增加到2023年的7.23张；每千人口执业(助理)医师由2.90人提高到3.40人。\n"
	d := Parse("t.txt", text, Meta{}, Options{})
	for _, f := range d.Reports[0].Figures {
		if f.Raw == "2.90" && f.Year != 2020 {
			t.Errorf("the start 2.90人 dated %d, want 2020", f.Year)
		}
	}
}
