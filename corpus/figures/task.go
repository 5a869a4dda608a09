package figures

import "strings"

// taskEnds end the name of a task or goal set: "全年筛查任务", "目标数".
var taskEnds = []string{"任务", "任务数", "目标", "目标数", "目标值", "计划数"}

// namesTask reports whether a label names a task or goal set rather than
// what was done: it ends in one of taskEnds and says nothing of doing it
// (完成任务 is work done).
func namesTask(label string) bool {
	if strings.ContainsAny(label, "完超达") {
		return false
	}
	for _, e := range taskEnds {
		if strings.HasSuffix(label, e) {
			return true
		}
	}
	return false
}

// taskGiven reports whether the words between a task's name and its number
// give the number as the task: "(", "为", "是", "：" ("任务(6.6万人)",
// "目标数为2300人"), not nothing ("完成国家任务310个" counts tasks done).
func taskGiven(between string) bool {
	b := strings.TrimSpace(between)
	return b == "(" || b == "（" || b == "为" || b == "是" || b == ":" || b == "："
}
