package corpus

import "strings"

// A list introduced by a deadline ("未来5年深圳“卫生强市”战略,到2020年将实现:"
// then "1、…床位数达到4.3张" …) lists targets of that year, though its items
// name no time of their own.

// listDeadlines dates the list sections that an introducing line with a
// deadline stands right above: each item, and what is under it, becomes a
// plan of the deadline's year unless its heading names a time of its own
// (times: each section's, as sectionTimes reads them).
// A deadline before the report's year (reportYear, 0 when unknown) or an
// introduction that says the work is done ("已") dates nothing; one of the
// report's own year ("到2020年将实现:" under a title that names only that
// deadline) still sets targets.
func listDeadlines(work string, secs []Section, times []headingTime, reportYear int) {
	for i := 1; i < len(secs); i++ {
		s := &secs[i]
		parent := parentOf(secs, i)
		if parent < 0 || parent != i-1 && secs[i-1].Level != s.Level {
			continue // only the first item's parent, or an item after its sibling
		}
		y := introDeadline(work[secs[parent].Body.Start:secs[parent].Body.End])
		if y == 0 || reportYear > 0 && y < reportYear {
			continue
		}
		for j := i; j < len(secs) && (j == i || secs[j].Level > s.Level); j++ {
			if ht := times[j]; ht.year > 0 || ht.kind != "" {
				continue
			}
			secs[j].Kind, secs[j].Year = KindPlan, y
		}
	}
}

// parentOf is the index of the section above secs[i] (the preamble, 0, at
// the top), -1 for the preamble itself.
func parentOf(secs []Section, i int) int {
	for j := i - 1; j >= 0; j-- {
		if secs[j].Level < secs[i].Level {
			return j
		}
	}
	return -1
}

// introDeadline is the deadline year of the last line of a section's body
// when that line introduces a list (ends with a colon) and names a deadline
// ("到2020年将实现:"), 0 otherwise.
func introDeadline(body string) int {
	body = strings.TrimSpace(body)
	line := body[strings.LastIndexByte(body, '\n')+1:]
	if !strings.HasSuffix(line, "：") && !strings.HasSuffix(line, ":") {
		return 0
	}
	simp := Simplify(line)
	if strings.Contains(simp, "已") {
		return 0
	}
	m := deadlineYear.FindStringSubmatch(simp)
	if m == nil {
		return 0
	}
	return parseYear(m[1])
}
