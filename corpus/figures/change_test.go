package figures

import (
	"strings"
	"testing"
)

// A difference said after its base ("比2019年多了6489张", "比全省高1.2个
// 百分点") is a change; 多 or 高 alone ("比较多的是…") is none.
func TestDifferenceAfterBase(t *testing.T) {
	cases := []struct{ sentence, raw, qualifier string }{
		{"卫生机构床位数共计43286张,比2019年多了6489张,同比增长17.63%。", "6489", "比2019年多"},
		{"签约率达到75%,比全省高1.2个百分点。", "1.2", "比全省高"},
		{"全市共有医院32家,比较多的是民营医院20家。", "20", ""},
	}
	for _, c := range cases {
		if f := figureOf(t, c.sentence, c.raw); f.Raw != "" && f.Qualifier != c.qualifier {
			t.Errorf("%s: %s qualified %q, want %q", c.sentence, f.Raw, f.Qualifier, c.qualifier)
		}
	}
}

// "翻了N倍" is how much a measure multiplied: a change, qualified 翻了.
func TestMultipliedIsAChange(t *testing.T) {
	if f := figureOf(t, "1949年到2019年,全区医院数翻了10倍。", "10"); f.Qualifier != "翻了" || f.Unit != "倍" {
		t.Errorf("10倍 qualified %q in %q, want 翻了 in 倍", f.Qualifier, f.Unit)
	}
}

// A change run into the next clause with no punctuation ("同比增加16.50%基
// 层医疗卫生机构诊疗55.50万人次") is the change of the count before it; the
// words after it name the next count.
func TestChangeRunIntoNextClause(t *testing.T) {
	s := "其中:医院诊疗39.90万人次,同比增加16.50%基层医疗卫生机构诊疗55.50万人次,同比增加0.47%"
	if f := figureOf(t, s, "16.50"); f.Raw != "" && f.Label != "医院诊疗" {
		t.Errorf("16.50%%: label %q, want 医院诊疗", f.Label)
	}
	if f := figureOf(t, s, "55.50"); f.Raw != "" && f.Label != "基层医疗卫生机构诊疗" {
		t.Errorf("55.50: label %q, want 基层医疗卫生机构诊疗", f.Label)
	}
}

// A change labelled by its verb alone after a comparison of its own
// clause ("收、支与2023年度相比,增加66.69万元") is the change of the subject
// compared.
func TestChangeOfTheSubjectCompared(t *testing.T) {
	cases := []struct{ sentence, raw, label string }{
		{"收、支与2023年度相比,增加66.69万元,增长5.6%。", "66.69", "收支"},
		{"收、支与2023年度相比,增加66.69万元,增长5.6%。", "5.6", "收支"},
		{"收入总计与上年相比，减少12.5万元。", "12.5", "收入总计"},
		{"事业收入减少77.07万元。", "77.07", "事业收入"},
		// the halves written apart are one word in the label
		{"与2022年度相比,收、支总计各减少2415.45万元,下降34%。", "2415.45", "收支"},
	}
	for _, c := range cases {
		if f := figureOf(t, c.sentence, c.raw); f.Label != c.label {
			t.Errorf("%s: %s labelled %q, want %q", c.sentence, f.Raw, f.Label, c.label)
		}
	}
}

// 完成 between a bare task noun and its number is what was done:
// "任务完成516家" is 任务完成, not the tasks; a longer label keeps its own
// words ("门诊量完成10万人次" is 门诊量).
func TestDoneOfATask(t *testing.T) {
	cases := []struct{ sentence, raw, label string }{
		{"全市任务单位538家,监督完成536家,任务完成516家,行政处罚32起。", "516", "任务完成"},
		{"全市任务单位538家,监督完成536家,任务完成516家,行政处罚32起。", "536", "监督完成"},
		{"门诊量完成10万人次。", "10", "门诊量"},
	}
	for _, c := range cases {
		if f := figureOf(t, c.sentence, c.raw); f.Label != c.label {
			t.Errorf("%s: %s labelled %q, want %q", c.sentence, f.Raw, f.Label, c.label)
		}
	}
}

// A rate per day written again before both ends of a change ("由每日不足500人
// 份提高到每日14000人份") belongs to the measure: both ends are its values.
func TestChangeOfARatePerDay(t *testing.T) {
	sentence := "建成13家核酸检测实验室,日检测能力由每日不足500人份提高到每日14000人份。"
	for raw, base := range map[string]bool{"500": true, "14000": false} {
		if f := figureOf(t, sentence, raw); f.Label != "日检测能力" || f.Base != base {
			t.Errorf("%s: %+v", raw, f)
		}
	}
}

// Two kinds of one measure side by side, each with its change in brackets
// ("西医诊疗病种133种(增加14种),中医诊疗病种73种(增加17种)"): the second kind
// and its change take the subject the first names.
func TestContrastedKindAfterABracket(t *testing.T) {
	sentence := "全市社区卫生服务中心可开展西医诊疗病种133种(增加14种),中医诊疗病种73种(增加17种)。"
	for raw, want := range map[string]string{"73": "社区卫生服务中心可开展中医诊疗病种", "17": "社区卫生服务中心可开展中医诊疗病种", "14": "社区卫生服务中心可开展西医诊疗病种"} {
		if f := figureOf(t, sentence, raw); f.Label != want {
			t.Errorf("%s labelled %q, want %q", raw, f.Label, want)
		}
	}
}

// A level compared with the year before's named another way ("收入预算
// 3309.58万元,比2022年年初预算数3683.76万元减少374.18万元"): the base is
// the level's measure in 2022, the change the level's.
func TestChangeAgainstANamedBase(t *testing.T) {
	sentence := "2023年度收入预算3309.58万元,比2022年年初预算数3683.76万元减少374.18万元,下降10.16%。"
	base := figureOf(t, sentence, "3683.76")
	if base.Label != "收入预算" || !base.Base || base.Year != 2022 {
		t.Errorf("base: %+v", base)
	}
	if f := figureOf(t, sentence, "374.18"); f.Label != "收入预算" || f.Year != 2023 {
		t.Errorf("change: %+v", f)
	}
}

// A long label cut to its last words keeps a range of ages whole ("35~64岁
// 农村妇女…"), not its last digits ("64岁", "4岁").
func TestLongLabelKeepsItsRangeWhole(t *testing.T) {
	sentence := "信阳市累计为全市35~64岁农村妇女进行免费宫颈癌筛查104300人,筛查率达到96.97%。"
	for _, raw := range []string{"104300", "96.97"} {
		if f := figureOf(t, sentence, raw); !strings.HasPrefix(f.Label, "35~64岁农村妇女") {
			t.Errorf("%s labelled %q", raw, f.Label)
		}
	}
}

// Parts a sentence counts within a whole after 含 ("设置1200张病床,含医疗床位
// 800张,康复养老床位400张") name that whole; the whole names none.
func TestPartsAfterHan(t *testing.T) {
	sentence := "项目占地约180亩,设置1200张病床,含医疗床位800张,康复养老床位400张,总投资约12.4亿元。"
	for raw, want := range map[string]string{"1200": "", "800": "设置病床", "400": "设置病床", "12.4": ""} {
		if f := figureOf(t, sentence, raw); f.Whole != want {
			t.Errorf("%s: whole %q, want %q", raw, f.Whole, want)
		}
	}
}

// Examples of a kind counted together ("公开部门预决算、行政许可、…、办事指南等
// 信息176条", "开展义诊、健康讲座等活动20场") are labelled by the verb and the
// kind, not by the last example.
func TestExamplesCountedByTheirKind(t *testing.T) {
	cases := []struct{ sentence, raw, label string }{
		{"通过大渡口区人民政府网公开部门预决算、行政许可、行政处罚、服务指南、办事指南等信息176条。", "176", "公开信息"},
		{"开展义诊、健康讲座等活动20场。", "20", "开展活动"},
	}
	for _, c := range cases {
		if f := figureOf(t, c.sentence, c.raw); f.Label != c.label {
			t.Errorf("%s: %q, want %q", c.sentence, f.Label, c.label)
		}
	}
}

// A change whose start and end both name what they count ("从67个县扩展至
// 103个县"): the start is the change's base, and the end is the range's,
// not a count labelled by the noun alone ("县").
func TestChangeCountingItsNounTwice(t *testing.T) {
	s := "将基本药物制度实施范围从目前的67个县扩展至103个县。"
	from, to := figureOf(t, s, "67"), figureOf(t, s, "103")
	if !from.Base {
		t.Errorf("67: not the base of the change")
	}
	if to.Base || to.Label != from.Label || to.Label == "县" {
		t.Errorf("103 labelled %q (base %v), want %q", to.Label, to.Base, from.Label)
	}
}

// A ratio or index has no unit: its change from one value to another
// ("出生人口性别比由2015年的113.5降低到2019年的110.14") gives both values the
// measure's name, the start as the base; a unitless number before other
// words is still none ("120调度指挥中心").
func TestUnitlessChange(t *testing.T) {
	cases := []struct {
		sentence, raw, label string
		year                 int
		base                 bool
	}{
		{"出生人口性别比由2015年的113.5降低到2019年的110.14。", "113.5", "出生人口性别比", 2015, true},
		{"出生人口性别比由2015年的113.5降低到2019年的110.14。", "110.14", "出生人口性别比", 2019, false},
		{"全国出生人口性别比从113.5逐步下降至110.1。", "110.1", "出生人口性别比", 0, false},
	}
	for _, c := range cases {
		f := figureOf(t, c.sentence, c.raw)
		if f.Label != c.label || f.Year != c.year || f.Base != c.base {
			t.Errorf("%s: %s = %q year %d base %v, want %q year %d base %v", c.sentence, c.raw, f.Label, f.Year, f.Base, c.label, c.year, c.base)
		}
	}
	for _, f := range Extract("全市120调度指挥中心共受理呼救电话3.2万次。") {
		if f.Raw == "120" {
			t.Errorf("120 of a call centre's name read as a figure: %+v", f)
		}
	}
}
