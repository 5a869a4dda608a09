package corpus

import (
	"strings"
	"unicode/utf8"
)

// A paragraph sets a target and then says what was done in a shorter
// word: "全民体检目标人数为41648人,…。截至目前,已体检32652人". The done
// figure is the target's work (全民体检), not any 体检.

// targetNounEnds end the label of a target that names its work before
// them: "全民体检目标人数", "宫颈癌筛查任务数".
var targetNounEnds = []string{"目标人数", "目标数", "任务数", "目标"}

// completionWords label what was done of a target with no word of its
// work: the count done and its rate.
var completionWords = map[string]string{"完成": "count", "已完成": "count", "实际完成": "count", "完成率": "rate", "完成进度": "rate"}

// maxShortLabelRunes bounds the short word of the work done.
const maxShortLabelRunes = 3

// doneOfItsTarget names a paragraph's done figures by the work of the
// target before them whose name ends in their label.
func doneOfItsTarget(figs []Figure) {
	for i := range figs {
		t := figs[i]
		if !t.Target {
			continue
		}
		work := ""
		for _, e := range targetNounEnds {
			if w, ok := strings.CutSuffix(t.Label, e); ok {
				work = w
				break
			}
		}
		if utf8.RuneCountInString(work) <= maxShortLabelRunes {
			continue
		}
		for j := i + 1; j < len(figs); j++ {
			d := &figs[j]
			if d.Target {
				if completionWords[d.Label] == "" {
					break // the next target claims what follows
				}
				continue
			}
			switch {
			case completionWords[d.Label] == "rate" && d.Unit == "%":
				// "任务数8000例,已完成1495例,完成率18.69%": the target's rate
				// of completion.
				d.Label = work + "完成率"
			case completionWords[d.Label] == "count" && d.Unit == t.Unit:
				d.Label = work // "已完成1495例": the target's work done
			case d.Unit == t.Unit && utf8.RuneCountInString(d.Label) <= maxShortLabelRunes && strings.HasSuffix(work, d.Label):
				d.Label = work
			}
		}
	}
}
