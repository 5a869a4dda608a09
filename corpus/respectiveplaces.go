package corpus

import (
	"sort"
	"strings"

	"github.com/healthbot/healthbot/corpus/places"
)

// placeJoints join the places of a list: "蓬江区和新会区", "甲县、乙县".
var placeJoints = map[string]bool{"和": true, "、": true, "及": true, "与": true, "以及": true, ",": true, "，": true}

// respectivePlaces gives each of several places named together the value
// said of it "respectively": "蓬江区和新会区报告病例最多,分别为1868例和
// 1845例" is 1868例 of 蓬江区 and 1845例 of 新会区. The places are the
// sentence's run of place names before its 分别, joined by 和 or 、; the
// values are the figures after that 分别, one per place, in order. Any
// other count of values leaves the figures as they were.
func respectivePlaces(work string, mentions []places.Mention, rep *Report) {
	type run struct {
		sentence int // byte where the sentence starts
		marker   int // byte where its 分别 starts
	}
	groups := map[run][]int{}
	for i := range rep.Figures {
		f := &rep.Figures[i]
		start := sentenceStart(work, f)
		if start < 0 {
			continue
		}
		before := work[start:f.Span.Start]
		if rep.Traditional {
			before = findText(before)
		}
		m := strings.LastIndex(before, "分别")
		if m < 0 || strings.ContainsAny(before[m:], "。；;") {
			continue
		}
		groups[run{start, start + m}] = append(groups[run{start, start + m}], i)
	}
	for r, figs := range groups {
		named := placeRun(work, mentions, r.sentence, r.marker, rep.Traditional)
		if len(named) < 2 || len(named) != len(figs) {
			continue
		}
		sort.Slice(figs, func(a, b int) bool { return rep.Figures[figs[a]].Span.Start < rep.Figures[figs[b]].Span.Start })
		for k, i := range figs {
			rep.Figures[i].Place = named[k]
		}
	}
}

// placeRun is the last run of two or more place names between from and to
// joined only by placeJoints ("蓬江区和新会区"); nil when there is none.
func placeRun(work string, mentions []places.Mention, from, to int, traditional bool) []string {
	var best, cur []string
	last := -1
	for _, m := range mentions {
		if m.Start < from || m.End > to {
			continue
		}
		gap := ""
		if last >= 0 {
			gap = strings.TrimSpace(work[last:m.Start])
			if traditional {
				gap = findText(gap)
			}
		}
		if last < 0 || !placeJoints[gap] {
			if len(cur) >= 2 {
				best = cur
			}
			cur = nil
		}
		cur = append(cur, m.Place.Name)
		last = m.End
	}
	if len(cur) >= 2 {
		best = cur
	}
	return best
}
