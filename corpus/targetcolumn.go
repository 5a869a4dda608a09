package corpus

import (
	"strings"
	"unicode"
)

// A table of projects or tasks often sets what was to be done beside what
// was done: "序号 | 项目内容 | 年度完成情况 | …" over "2 | 新增托位1140个,普
// 惠托位685个 | 新增托位1155个… |". A figure in the first of those columns
// is the year's target, one in the second its actual value.

// targetHeads name a table column of what was to be done.
var targetHeads = []string{"项目内容", "建设内容", "任务内容", "指标任务", "目标任务", "任务目标", "工作目标", "年度目标", "年度任务", "计划任务", "目标"}

// actualHeads name a table column of what was done.
var actualHeads = []string{"完成情况", "年度完成情况", "完成进度", "进展情况", "推进情况", "实际完成", "进度"}

// markTargetColumns marks as targets of their year the figures that stand
// in a target column of a table that has an actual column too.
func markTargetColumns(work string, rep *Report) {
	var target map[int]bool // the target columns of the table read, nil outside one
	for _, l := range lines(work[rep.Span.Start:rep.Span.End]) {
		l = Span{l.Start + rep.Span.Start, l.End + rep.Span.Start}
		cells := cellSpans(work, l)
		if len(cells) < 3 {
			target = nil
			continue
		}
		if cols, ok := targetActualHeads(work, cells); ok {
			target = cols
			continue
		}
		if target == nil {
			continue
		}
		for i := range rep.Figures {
			f := &rep.Figures[i]
			for c, cell := range cells {
				if target[c] && cell.Start <= f.Span.Start && f.Span.End <= cell.End {
					f.Kind, f.Target = KindPlan, true
				}
			}
		}
	}
}

// targetActualHeads reads a header row: the indexes of its target columns,
// ok when it has one of each kind.
func targetActualHeads(work string, cells []Span) (map[int]bool, bool) {
	target, actual := map[int]bool{}, false
	for c, cell := range cells {
		h := strings.Map(func(r rune) rune {
			if unicode.IsSpace(r) {
				return -1
			}
			return r
		}, Simplify(work[cell.Start:cell.End]))
		switch {
		case containsAny(h, actualHeads) && len([]rune(h)) <= 8:
			actual = true
		case containsAny(h, targetHeads) && len([]rune(h)) <= 8:
			target[c] = true
		}
	}
	return target, actual && len(target) > 0
}

// cellSpans are the cells of a line that holds at least two cell bars
// ("|"), each trimmed; nil for any other line.
func cellSpans(work string, l Span) []Span {
	line := work[l.Start:l.End]
	if strings.Count(line, "|") < 2 {
		return nil
	}
	var out []Span
	start := 0
	for i := 0; i <= len(line); i++ {
		if i == len(line) || line[i] == '|' {
			out = append(out, trimSpan(work, Span{l.Start + start, l.Start + i}))
			start = i + 1
		}
	}
	return out
}
