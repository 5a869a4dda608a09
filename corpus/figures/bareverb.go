package figures

import (
	"strings"
	"unicode/utf8"
)

// maxBareVerbRunes is how long a label may be and still name only what was
// done ("签约", "筛查"), not to what or whom.
const maxBareVerbRunes = 2

// minBareVerbSubject is the shortest subject given to a bare verb: two
// characters are mostly a modifier ("计划投资").
const minBareVerbSubject = 3

// verbModifiers say how, when or how much something was done, not who did
// it or to what ("每周至少登录", "计划投资").
var verbModifiers = newWordSet(`计划 实际 累计 预计 至少 每 已 完成`)

// mannerEnds say how a thing was done and end no subject ("及时报销率").
var mannerEnds = []string{"及时", "按时", "规范", "全部"}

// subjectOfBareVerb gives a figure labelled by a bare verb the subject an
// earlier label of its sentence names with that verb: "…家庭医生签约服务团队
// 270个,…累计签约超过25万人" → 家庭医生签约; or, in its unit, the object
// the verb took before ("2022年新建村卫生室12个，2023年新建8个" →
// 新建村卫生室).
func subjectOfBareVerb(figs []Figure) {
	for i := range figs {
		l := figs[i].Label
		if n := utf8.RuneCountInString(l); n == 0 || n > maxBareVerbRunes || !contentVerbs.has([]rune(l)) {
			continue // "疫情": a noun names its own subject
		}
		if i > 0 && figs[i-1].Unit == figs[i].Unit && !strings.Contains(figs[i-1].Label, l) {
			if subject, ok := subjectBeforePeriod(figs[i-1].Label); ok {
				// "奖励扶助金年度应发960元,本次发放600元": the amount of
				// the year and the part paid now are one fund's.
				figs[i].Label = subject + l
				continue
			}
		}
		for j := i - 1; j >= 0; j-- {
			if strings.HasPrefix(figs[j].Label, l) && figs[j].Label != l && figs[j].Unit == figs[i].Unit && figs[j].Start < figs[i].Start {
				// "2021年废止计划生育类政策文件3份，2022年废止7份": the
				// object the verb took before, elided the second time.
				figs[i].Label = figs[j].Label
				break
			}
			if k := strings.Index(figs[j].Label, l); k > 0 && figs[j].Start < figs[i].Start {
				subject := figs[j].Label[:k]
				for _, m := range mannerEnds {
					subject = strings.TrimSuffix(subject, m) // "…基金及时报销率": the fund's 报销
				}
				if r := []rune(subject); len(r) > minBareVerbSubject {
					if v := contentVerbs.prefix(r, 0, len(r)); v > 0 && len(r)-v >= minBareVerbSubject {
						subject = string(r[v:]) // "组建家庭医生签约服务团队": the team's, not the founding's
					}
				}
				if with := subject + l; utf8.RuneCountInString(subject) >= minBareVerbSubject && !modifies(subject) && utf8.RuneCountInString(with) <= maxLabel {
					figs[i].Label = with
				}
				break
			}
		}
	}
}

// modifies reports whether a verb modifier stands in s.
func modifies(s string) bool {
	n := []rune(s)
	i, _ := verbModifiers.index(n, 0, len(n))
	return i >= 0
}

// periodWords name the span an amount is of, written between what it is
// of and what was done ("奖励扶助金年度应发", "补助资金全年下达").
var periodWords = []string{"年度", "全年", "本年", "当年"}

// subjectBeforePeriod is the subject a label names before the span its
// amount is of ("奖励扶助金年度应发" → 奖励扶助金): at least
// minBareVerbSubject characters of no verb modifier.
func subjectBeforePeriod(label string) (string, bool) {
	for _, w := range periodWords {
		k := strings.Index(label, w)
		if k < 0 {
			continue
		}
		subject := label[:k]
		if utf8.RuneCountInString(subject) >= minBareVerbSubject && !modifies(subject) {
			return subject, true
		}
	}
	return "", false
}
