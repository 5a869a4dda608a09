package corpus

import (
	"slices"
	"strings"
)

// A summary often puts the year's target in brackets right after what
// was done: "健康管理服务率63.9%（全年任务62%）", "规范管理率70.2%(目标任务
// 65%)". Read alone, the bracket's figure is labelled 全年任务 and done; it
// is the target of the measure before it.

// asideTargetWords label a target set beside a measure's result.
var asideTargetWords = []string{"全年任务", "年度任务", "目标任务", "任务目标", "全年目标", "年度目标", "目标值", "目标", "任务", "省定目标", "市定目标", "考核目标", "考核任务", "国家标准", "省标准"}

// targetsInAsides labels each figure that a target word alone introduces
// just after another figure of the same unit as that figure's measure's
// target.
func targetsInAsides(work string, figs []Figure) {
	for i := 1; i < len(figs); i++ {
		done, t := figs[i-1], &figs[i]
		if done.Target || t.Target || done.Sentence != t.Sentence || done.Unit != t.Unit || !slices.Contains(asideTargetWords, t.Label) {
			continue
		}
		if done.Span.End > t.Span.Start || t.Span.Start-done.Span.End > maxAsideGapBytes {
			continue
		}
		gap := strings.TrimLeft(work[done.Span.End:t.Span.Start], "（(，, ")
		gap = strings.TrimRight(gap, "为是：:达 ")
		if gap != t.Label {
			continue // "…63.9%，全年任务完成率…": more than the word
		}
		t.Qualifier = t.Label
		t.Label = done.Label
		t.Target, t.Kind = true, KindPlan
	}
}

// maxAsideGapBytes bounds the text between a result and its target.
const maxAsideGapBytes = 24
