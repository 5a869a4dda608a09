package figures

import (
	"slices"
	"strings"
)

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

// bracketedTask reports whether the goal word at n[i:i+l] opens a bracket
// that gives the task of the figure before it ("宫颈癌筛查6186人(任务数
// 6000)"): the goal of that bracket alone, not of the sentence.
func bracketedTask(n []rune, i, l int) bool {
	return i > 0 && (n[i-1] == '(' || n[i-1] == '（') && slices.Contains(taskEnds, string(n[i:i+l]))
}

// tasksInBrackets labels a task given in brackets right after a figure as
// that figure's task, in its unit: "宫颈癌筛查6186人(任务数6000)" gives
// 宫颈癌筛查任务数 6000人, "新增431个(目标数300)" 新增目标数 300个.
func tasksInBrackets(sentence string, figs []Figure) {
	for k := 0; k+1 < len(figs); k++ {
		done, task := figs[k], &figs[k+1]
		if task.Start < done.End {
			continue // one number read for several labels
		}
		rest := sentence[done.End:task.Start]
		opening, ok := strings.CutPrefix(rest, "(")
		if !ok {
			opening, ok = strings.CutPrefix(rest, "（")
		}
		opening = strings.TrimRight(opening, ":：为是 ")
		if !ok || opening != task.Label || !slices.Contains(taskEnds, task.Label) || done.Target || done.Label == "" {
			continue
		}
		task.Label = done.Label + task.Label
		task.Target = true
		if task.Unit == "" {
			task.Unit = done.Unit
		}
		if task.Year == 0 {
			task.Year = done.Year
		}
	}
}

// taskOfShare names the task a share is taken of by what the figure before
// it counts: "进行宫颈癌筛查68059人,占全年筛查任务(6.6万人)的103.12%" gives
// 宫颈癌筛查任务 6.6万人, not a bare 占全年筛查任务 of no screening named; the
// share itself (103.12%) stays the share.
func taskOfShare(sentence string, figs []Figure) {
	for k := 0; k+1 < len(figs); k++ {
		done, task := figs[k], &figs[k+1]
		if !strings.HasPrefix(task.Label, "占") || !namesTask(task.Label) || done.Label == "" || done.Target || namesTask(done.Label) ||
			task.Start <= done.End || task.Unit == "%" || task.Unit == "‰" {
			continue
		}
		if between := sentence[done.End:task.Start]; strings.ContainsAny(between, "。；;") {
			continue
		}
		subject := strings.TrimPrefix(done.Label, task.Label)
		for _, v := range []string{"进行", "开展", "完成", "实施", "累计"} {
			subject = strings.TrimPrefix(subject, v)
		}
		if subject != "" {
			task.Label = subject + "任务"
		}
	}
}
