package figures

import "testing"

// A target the level before is said to exceed ("占比99.3%,超额完成市定90%
// 的目标任务") is that measure's target.
func TestTargetCompletedOfPrevious(t *testing.T) {
	if f := figureOf(t, "已完成公有化产权转化272家,占比99.3%,超额完成市定90%的目标任务。", "90"); f.Label != "公有化产权转化占比目标" || !f.Target {
		t.Errorf("90%% labelled %q (target %v), want 公有化产权转化占比目标, a target", f.Label, f.Target)
	}
}

// A change in percent after a share of a whole ("执业(助理)医师为1534人,占
// 卫生技术人员总数的43.25%,同比增长173.44%") is of the count, the share's
// subject; a target after a share is still the share's (above).
func TestChangeAfterShareIsOfTheCount(t *testing.T) {
	if f := figureOf(t, "其中执业(助理)医师为1534人,占卫生技术人员总数的43.25%,同比增长173.44%", "173.44"); f.Label != "执业医师" {
		t.Errorf("173.44%% labelled %q, want 执业医师", f.Label)
	}
}

// A bracket after a figure breaking it down by place ("确诊病例24例(巴州区
// 15例,通江县5例)") gives the figure's parts, each of its place.
func TestPartsInBracketsByPlace(t *testing.T) {
	if f := figureOf(t, "全市累计报告新冠肺炎确诊病例24例(巴州区15例,通江县5例),无新增确诊病例", "15"); f.Label != PartLabel("新冠肺炎确诊病例", "巴州区") {
		t.Errorf("15 labelled %q, want a part of 新冠肺炎确诊病例", f.Label)
	}
}

// Limits listed after several figures ("孕产妇死亡率0,婴儿死亡率2.69‰,均低于
// 省定14/10万和7‰的控制指标") are each the target of the figure in its
// place: 14/10万 of 孕产妇死亡率, 7‰ of 婴儿死亡率.
func TestLimitsOfEach(t *testing.T) {
	s := "全市孕产妇死亡率0,婴儿死亡率2.69‰,均低于省定14/10万和7‰的控制指标"
	for raw, want := range map[string]string{"14": "孕产妇死亡率", "7": "婴儿死亡率"} {
		if f := figureOf(t, s, raw); f.Label != want || !f.Target {
			t.Errorf("%s labelled %q (target %v), want %s, a target", raw, f.Label, f.Target, want)
		}
	}
}

// A change named as a noun after a figure ("…下降到2022年的11108例,降幅达
// 58%") is that figure's measure's change.
func TestChangeNounOfPrevious(t *testing.T) {
	if f := figureOf(t, "全国报告的新发职业病病例数从2013年的26393例下降到2022年的11108例,降幅达58%,职业病防治工作近十年来取得了显著成效。", "58"); f.Label != "新发职业病病例数降幅" {
		t.Errorf("58%% labelled %q, want 新发职业病病例数降幅", f.Label)
	}
}

// A preposition after the thing counted ("28家医疗卫生单位按照五星级的要求…")
// opens what is done to it: the count's label is the noun before it, not
// the attribute before the number ("乡镇级以上的").
func TestPrepositionEndsTheCountedNoun(t *testing.T) {
	if f := figureOf(t, "明确创建任务和要求,乡镇级以上的28家医疗卫生单位按照五星级的要求全面完成创建工作。", "28"); f.Label != "医疗卫生单位" {
		t.Errorf("28家 labelled %q, want 医疗卫生单位", f.Label)
	}
}

// The owner a list's first label names before its verb of having ("市级医院
// 现有副高以上职称5000人、硕士以上学历4710人") owns the items after it too.
func TestOwnerOfList(t *testing.T) {
	if f := figureOf(t, "市级医院现有副高以上职称5000人、硕士以上学历4710人。", "4710"); f.Label != "市级医院现有硕士以上学历" {
		t.Errorf("4710人 labelled %q, want 市级医院现有硕士以上学历", f.Label)
	}
}

// A bare verb ("累计签约超过25万人") takes the subject an earlier label of its
// sentence names with that verb (家庭医生签约服务团队); a bare noun
// ("其余疫情") and a modifier ("计划投资") do not.
func TestSubjectOfBareVerb(t *testing.T) {
	if f := figureOf(t, "已组建家庭医生签约服务团队270个,覆盖206个村,2025年以来累计签约超过25万人。", "25"); f.Label != "家庭医生签约" {
		t.Errorf("25万人 labelled %q, want 家庭医生签约", f.Label)
	}
	if f := figureOf(t, "1.奖励扶助金年度应发960元,本次发放600元;", "600"); f.Label != "奖励扶助金发放" {
		t.Errorf("600元 labelled %q, want 奖励扶助金发放: the fund whose year's amount came before", f.Label)
	}
	if f := figureOf(t, "全年计划投资3000万元,已完成投资1528万元。", "1528"); f.Label == "计划投资" {
		t.Errorf("1528万元 labelled %q", f.Label)
	}
}
