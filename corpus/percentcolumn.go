package corpus

import (
	"regexp"
	"strings"
)

// A web table saved one cell a line, its rows' cells not all filled, can
// not be set in columns; a percentage standing alone on its line is then
// read with no measure but "比例". Such tables mostly have one column of
// percentages, named in the header ("完成率(%)"): the cell is of that
// column.

// percentHeader is a header cell naming a column of percentages:
// "完成率(%)", "完成进度（%）", "占比%".
var percentHeader = regexp.MustCompile(`^(\p{Han}{2,10}?)\s*[（(]?\s*%\s*[)）]?$`)

// maxPercentHeaderLines bounds how many lines above a cell its header may
// stand.
const maxPercentHeaderLines = 200

// maxRowLines bounds how many lines before a percentage cell the figure
// of its row's content ("为全县60岁以上老年人免费接种流感疫苗27758人。") may
// stand.
const maxRowLines = 4

// percentColumnCells names each bare percentage cell by the one column of
// percentages the header above it names, and the subject of the figure its
// row gave just before ("60岁以上老年人免费接种流感疫苗 完成率").
func percentColumnCells(work string, figs []Figure) {
	for i := range figs {
		f := &figs[i]
		if f.Label != "比例" || f.Unit != "%" || !aloneOnLine(work, f.Span) {
			continue
		}
		name := percentColumnAbove(work, f.Span.Start)
		if name == "" {
			continue
		}
		f.Label = name
		if i > 0 && figs[i-1].Span.End <= f.Span.Start && strings.Count(work[figs[i-1].Span.End:f.Span.Start], "\n") <= maxRowLines {
			f.Label = figs[i-1].Label + " " + name
		}
	}
}

// aloneOnLine reports whether the span is all its line holds.
func aloneOnLine(work string, s Span) bool {
	start := strings.LastIndexByte(work[:s.Start], '\n') + 1
	end := strings.IndexByte(work[s.End:], '\n')
	if end < 0 {
		end = len(work) - s.End
	}
	return strings.TrimSpace(work[start:s.Start]) == "" && strings.TrimSpace(work[s.End:s.End+end]) == ""
}

// percentColumnAbove is the name of the nearest column of percentages a
// header line above offset names, "" when none does within reach.
func percentColumnAbove(work string, offset int) string {
	end := strings.LastIndexByte(work[:offset], '\n')
	for n := 0; end > 0 && n < maxPercentHeaderLines; n++ {
		start := strings.LastIndexByte(work[:end], '\n') + 1
		if line := work[start:end]; strings.ContainsAny(line, "%％") {
			// Only a line holding the sign can head the column: the
			// others are not converted to Simplified at all.
			if m := percentHeader.FindStringSubmatch(strings.TrimSpace(Simplify(line))); m != nil {
				return m[1]
			}
		}
		end = start - 1
	}
	return ""
}
