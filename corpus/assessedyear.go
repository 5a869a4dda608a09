package corpus

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// An assessment's results come out the year after the year they assess:
// "省卫健委《关于全省2022年度…绩效评价情况通报》公布,我市获得总分87.68分、
// 排名全省第四位", in a report of 2023, scores 2022.

// assessmentOfYear names an assessment by the year it assesses: "2022年度
// 12类国家基本公共卫生服务项目绩效评价", "2023年度全国三级公立医院绩效考核".
var assessmentOfYear = regexp.MustCompile(`((?:19|20)\d{2})\s*年度[^。；;]{0,40}?(?:绩效评价|绩效考核|考核|考评|评价|评估|评比|测评)`)

// maxAssessmentBytes bounds how far before a score its assessment is named.
const maxAssessmentBytes = 400

// scoreWords name a result of an assessment: a score or a rank.
var scoreWords = []string{"得分", "总分", "分数", "排名", "名次", "位次", "评分"}

// dateAssessedScores dates a report's scores and ranks by the year of the
// assessment named before them in their paragraph or the lines just above
// (assessmentOfYear), when that year is before the figure's: the year
// assessed, not the year the results came out.
func dateAssessedScores(work string, rep *Report) {
	for i := range rep.Figures {
		f := &rep.Figures[i]
		if f.Base || f.Target || f.Year == 0 || !(f.Unit == "分" || containsAny(Simplify(f.Label), scoreWords)) {
			continue
		}
		from := max(rep.Span.Start, f.Span.Start-maxAssessmentBytes)
		for from < f.Span.Start && !utf8.RuneStart(work[from]) {
			from++
		}
		before := Simplify(work[from:f.Span.Start])
		if i := strings.LastIndex(before, "。"); i >= 0 {
			before = before[i:] // the sentence the score stands in, however broken over lines
		}
		ms := assessmentOfYear.FindAllStringSubmatch(before, -1)
		if len(ms) == 0 {
			continue
		}
		if y := atoiYear(ms[len(ms)-1][1]); y > 0 && y < f.Year {
			f.Year = y
		}
	}
}
