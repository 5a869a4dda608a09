package bot

import (
	"context"
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
// found", unless it counts the institutions that do something or those
// taken on (understand.AsksFlow: "打算招多少人", where 全科医生数 is a
// stock); so does one whose measure ("管理率") the other label lacks.
func (b *Bot) lookupFigure(ctx context.Context, question string, f corpus.Filters) (Answer, error) {
	ans, err := b.lookupFigureOf(ctx, question, f, true)
	if err != nil || len(ans.Figures) > 0 || !strings.HasPrefix(ans.Text, notFoundOpening) || understand.NamesIndicator(question) && !countsInstitutionsDoing(question) && !understand.AsksFlow(question) {
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
	return len(ids) > 0 && !slices.ContainsFunc(ids, func(id string) bool { return !countsInstitutions(id) }) && understand.AsksThoseDoing(question)
}

// notFoundOpening opens every answer saying the figure asked is not in the
// reports.
const notFoundOpening = "资料中没有找到"
