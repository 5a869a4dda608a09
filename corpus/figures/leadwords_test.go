package figures

import "testing"

// "上年结转" is a measure of its own (requests carried over into the
// year), not 结转 dated last year.
func TestCarriedOverKeepsItsYearWord(t *testing.T) {
	if f := figureOf(t, "2025年,我局新收政府信息公开申请17件,上年结转3件,总计20件。", "3"); f.Label != "上年结转" {
		t.Errorf("3件 labelled %q, want 上年结转", f.Label)
	}
}

// "本年度内" dates the count: none of it is the label's.
func TestWithinTheYearIsNoLabel(t *testing.T) {
	if f := figureOf(t, "本年度内单位行政处罚处理决定数量39件。", "39"); f.Label != "单位行政处罚处理决定数量" {
		t.Errorf("39件 labelled %q, want 单位行政处罚处理决定数量", f.Label)
	}
}

// A causative verb before the measure ("能够使得…人均预期寿命达到79岁") is no
// part of its name.
func TestCausativeIsNoLabel(t *testing.T) {
	if f := figureOf(t, "希望通过五年的努力,能够使得人均预期寿命达到80岁左右。", "80"); f.Label != "人均预期寿命" {
		t.Errorf("80岁 labelled %q, want 人均预期寿命", f.Label)
	}
}

// "完成投资" is the investment made, told from 总投资 and 计划投资: its verb
// stays in the label.
func TestInvestmentMadeKeepsItsVerb(t *testing.T) {
	if f := figureOf(t, "总投资48.4亿元的54个重大医疗卫生项目全部完成立项审批,累计完成投资32.54亿元。", "32.54"); f.Label != "完成投资" {
		t.Errorf("32.54亿元 labelled %q, want 完成投资", f.Label)
	}
}

// Those a service is given to ("向社会", "为群众") are no part of its
// name; the institutions giving it are.
func TestBeneficiaryIsNoLabel(t *testing.T) {
	f := figureOf(t, "全市各类医疗卫生机构向社会提供诊疗服务14757.9万人次,提供出院服务275.4万人次。", "14757.9")
	if f.Label != "各类医疗卫生机构提供诊疗服务" {
		t.Errorf("14757.9万人次 labelled %q, want 各类医疗卫生机构提供诊疗服务", f.Label)
	}
}
