package bot

import (
	"context"
	"regexp"
	"slices"
	"strings"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/understand"
)

// lookupFigure answers a figure question (lookupFigureOf). A catalogue
// indicator read from lay words only ("在网上找医生看病" holds 医生, so
// 执业（助理）医师数) may not be what is asked: when no figure of it is
// found, the question's own words are matched to the reports' labels
// instead ("用人单位监督检查覆盖率达到95%以上" for "对涉尘企业的监督检查
// 覆盖率定的目标是多少", which the catalogue reads as a 尘肺病 ratio). A
// question naming an indicator outright ("孕产妇死亡率") keeps its "not
// found"; so does one whose measure ("管理率") the other label lacks.
func (b *Bot) lookupFigure(ctx context.Context, question string, f corpus.Filters) (Answer, error) {
	ans, err := b.lookupFigureOf(ctx, question, f, true)
	if err != nil || len(ans.Figures) > 0 || !strings.HasPrefix(ans.Text, notFoundOpening) || understand.NamesIndicator(question) && !countsInstitutionsDoing(question) && !asksFlow(question) {
		return ans, err
	}
	alt, err := b.lookupFigureOf(ctx, question, f, false)
	if err != nil || len(alt.Figures) == 0 || strings.HasPrefix(alt.Text, notFoundOpening) {
		return ans, err
	}
	if m := understand.Measure(understand.Topic(question)); m != "" && !strings.Contains(corpus.Normalize(alt.Figures[0].Label), m) {
		return ans, nil
	}
	return alt, nil
}

// countsInstitutionsDoing reports whether a question asks how many
// institutions do something ("多少家医院能用手机付钱结账", "拿到四级的有几家"):
// the count of institutions its words name (医院数) is not what it asks,
// only whose.
func countsInstitutionsDoing(question string) bool {
	ids := understand.QuestionIndicators(question)
	if len(ids) == 0 || slices.ContainsFunc(ids, func(id string) bool { return !countsInstitutions(id) }) {
		return false
	}
	return institutionsDoing.MatchString(corpus.Normalize(question))
}

// institutionsDoing is a count of institutions with what they do after it,
// or what they did before "的有几家".
var institutionsDoing = regexp.MustCompile(`(?:多少|几)(?:家|个|所)\p{Han}{1,6}(?:能|可以|已经|已|都|有)\p{Han}{2,}|\p{Han}{2,}的(?:有|是)(?:多少|几)(?:家|个|所)`)

// asksFlow reports whether a question asks how many were taken on, trained
// or added ("特岗全科医生打算招多少人"), not how many there are: a
// catalogue stock (全科医生数) is no answer to it.
func asksFlow(question string) bool {
	return flowAsked.MatchString(corpus.Normalize(question))
}

// flowAsked is a verb of taking on, training or adding right before the
// count asked.
var flowAsked = regexp.MustCompile(`(?:招聘|招收|招录|招|培训|培养|引进|新增|新招|派出|录取)(?:了)?(?:多少|几)`)

// notFoundOpening opens every answer saying the figure asked is not in the
// reports.
const notFoundOpening = "资料中没有找到"
