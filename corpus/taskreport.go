package corpus

import "strings"

// A report on tasks set out before ("2024年民生实事完成情况") states each task
// with its targets, then who is charged with it, then what was done:
//
//	1.…新增高技能人才3.5万人以上。
//	责任单位：市人力资源和社会保障局
//	完成情况：…新增高技能人才3.8万人。
//
// The task line's figures are targets; the report's are actuals.

// progressOpeners open the line that reports on a task set out in the
// line before it: "完成情况：", "进展情况：".
var progressOpeners = []string{"完成情况", "进展情况", "完成进度", "推进情况", "落实情况", "进度情况"}

// ownerOpeners open the line naming who is charged with a task, which may
// stand between the task and its report: "责任单位：市卫生健康委".
var ownerOpeners = []string{"责任单位", "牵头单位", "责任部门", "配合单位", "牵头部门", "责任领导"}

// reportedOnNext reports whether the lines after a task's line report on
// it: the next one, past one naming who is charged with it, opens with
// 完成情况 or the like.
func reportedOnNext(work string, next []Span) bool {
	for i, sp := range next {
		line := strings.TrimSpace(Simplify(work[sp.Start:min(sp.End, sp.Start+40)]))
		switch {
		case opensWith(line, progressOpeners):
			return true
		case i == 0 && opensWith(line, ownerOpeners):
			continue
		}
		return false
	}
	return false
}
