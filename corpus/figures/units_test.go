package figures

import "testing"

// Tasks counted in 单 ("抽查任务共494单") are a count.
func TestTasksCountedInDan(t *testing.T) {
	if f := figureOf(t, "国家“双随机,一公开”监督抽查任务共494单,完结率100%。", "494"); f.Unit != "单" {
		t.Errorf("494 in %q, want 单", f.Unit)
	}
}

// A form writes the unit in brackets right after the number ("504(个)"):
// the figure's unit.
func TestUnitInBrackets(t *testing.T) {
	want := map[string]string{"504": "个", "117.4": "次", "110.2": "人次", "12.5": "万元"}
	for _, f := range Extract("接警出车情况:1、日平均接警电话:504(个)2、日平均出车数量:117.4(次)3、日平均救治病人数:110.2(人次);项目资金12.5(万元)") {
		if u, ok := want[f.Raw]; ok && f.Unit != u {
			t.Errorf("%s: unit %q, want %q", f.Raw, f.Unit, u)
		}
		delete(want, f.Raw)
	}
	if len(want) > 0 {
		t.Errorf("not read: %v", want)
	}
}

// A per-head base written once before a list, after the place it is of,
// is each count's, whatever each counts in ("每千人口拥有床位7.80张、执业
// (助理)医师4.55人").
func TestPerHeadBaseAfterPlace(t *testing.T) {
	want := map[string]string{"4.45": "每千人口拥有执业医师", "5.20": "每千人口拥有注册护士"}
	for _, f := range Extract("截至2021年底,某市每千人口拥有床位7.70张、执业(助理)医师4.45人、注册护士5.20人,均居全省首位") {
		if l, ok := want[f.Raw]; ok && f.Label != l {
			t.Errorf("%s labelled %q, want %q", f.Raw, f.Label, l)
		}
	}
}

// A count over the years after the year's ("共145条,历年累计11046条") is of
// the same measure.
func TestSpanOnlyLabelTakesTheMeasure(t *testing.T) {
	for _, f := range Extract("2024年我委主动公开政府信息共125条,历年累计10046条") {
		if f.Raw == "10046" && f.Label != "主动公开政府信息历年" {
			t.Errorf("10046 labelled %q", f.Label)
		}
	}
}

// "服务426万人群" counts people: 群 is no part of the label; "3万人群众"
// counts 群众.
func TestPeopleCountedAsGroup(t *testing.T) {
	if f := figureOf(t, "截止2017年底,已经服务426万人群,筛查出高危人群20.2万。", "426"); f.Unit != "万人" || f.Label != "服务" {
		t.Errorf("426: label %q unit %q, want 服务 and 万人", f.Label, f.Unit)
	}
	if f := figureOf(t, "今年惠及3万人群众。", "3"); f.Label != "惠及群众" {
		t.Errorf("3: label %q, want 惠及群众", f.Label)
	}
}

// A count per thousand or ten thousand of population keeps its
// denominator in its unit, not as the next figure's label.
func TestPerPopulationDenominator(t *testing.T) {
	want := map[string]string{"3.39": "人/千人", "0.18": "人/千人", "6.2": "张/千人口", "25.4": "人/万人"}
	for _, f := range Extract("注册护士数为3.39人/千人,比2018年增长了0.18人/千人;每千人口床位数6.2张/千人口;每万人口全科医生25.4人/万人。") {
		if w, ok := want[f.Raw]; ok {
			delete(want, f.Raw)
			if f.Unit != w {
				t.Errorf("%s: unit %q, want %q", f.Raw, f.Unit, w)
			}
		}
	}
	for raw := range want {
		t.Errorf("%s not read", raw)
	}
}
