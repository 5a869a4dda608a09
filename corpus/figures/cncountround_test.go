package figures

import "testing"

// Rounds of a campaign counted in Chinese numerals after a verb and 了
// are a figure; a numbered round (第四轮), or rounds describing what a
// number counts, are not.
func TestRoundsCountedInChinese(t *testing.T) {
	figs := Extract("自2005年以来,瑞丽市已连续开展了三轮防艾人民战争")
	if len(figs) != 1 || figs[0].Raw != "三" || figs[0].Unit != "轮" {
		t.Errorf("want one figure 三轮, got %+v", figs)
	}
	if figs := Extract("这对全州第四轮防艾人民战争攻坚工作提出了新要求"); len(figs) != 0 {
		t.Errorf("a numbered round is no count: %+v", figs)
	}
	for _, f := range append(Extract("开展四轮眼健康监测的学生11.9万人次"), Extract("已对县内的3.5万名学生开展四轮眼健康监测")...) {
		if f.Unit == "轮" {
			t.Errorf("rounds describing what a number counts are no figure: %+v", f)
		}
	}
}
