package bot

import (
	"context"
	"regexp"
	"strings"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/indicators"
	"github.com/healthbot/healthbot/understand"
)

// Staff often ask two things in one message ("甘肃十五五末人均预期寿命想到
// 多少？养老机构护理型床位要占多少？"). Each question is answered on its own,
// the later ones taking the place, years and kind of the first where they name
// none (and its topic when they only ask how it changed), and the answers are
// put one after the other.

// maxCompoundParts is the most questions one message is split into.
const maxCompoundParts = 4

// minCompoundTopicRunes is the shortest topic a part needs to stand alone.
const minCompoundTopicRunes = 3

// comparingWords make a part a question about the parts before it ("哪个省
// 多？", "差多少？"), not one of its own.
var comparingWords = []string{"哪个", "哪一个", "谁", "差多少", "差距", "相比", "比较", "对比", "高于", "低于"}

// kindOfFirst is a later question asking the first's measure of a kind it
// names alone: "公立的是多少", "民营的呢".
var kindOfFirst = regexp.MustCompile(`^(\p{Han}{1,6}?)的(?:是|有|为)?(?:多少|几|呢)$`)

// bothEndsOnly is a part asking only the two ends of the change the part
// before it asks ("扩大了多少，从几种到几种"): one question, not two.
var bothEndsOnly = regexp.MustCompile(`^(?:是|就是)?[从由](?:原来的?)?(?:多少|几)\p{Han}?[^\p{Han}]*(?:\p{Han}{0,2}[到至为成])(?:了)?(?:多少|几)\p{Han}?(?:呢|啊|吗)?$`)

// splitCompound returns the questions of a message that asks several, each
// asking a figure or a list on a topic of its own; nil when it asks one.
func splitCompound(text string) []string {
	var parts []string
	for _, p := range strings.FieldsFunc(text, func(r rune) bool { return r == '？' || r == '?' }) {
		if p = strings.TrimSpace(p); p != "" {
			parts = append(parts, p)
		}
	}
	if len(parts) == 1 {
		parts = clauseQuestions(parts[0])
	}
	if len(parts) < 2 || len(parts) > maxCompoundParts {
		return nil
	}
	for i, p := range parts {
		q := corpus.Normalize(p)
		if m := kindOfFirst.FindStringSubmatch(q); i > 0 && m != nil && !containsAny(q, comparingWords) {
			// "病床使用率多少？公立的是多少？": the first's measure, of the
			// kind named.
			if measure := understand.Topic(parts[0]); corpus.CountHan(measure) >= minCompoundTopicRunes {
				p = m[1] + measure + "是多少"
				q = corpus.Normalize(p)
			}
		}
		if i > 0 && corpus.CountHan(understand.Topic(q)) < minCompoundTopicRunes {
			// "艾滋病报了多少例、死了几个": the disease the first asks of.
			if d := understand.DiseasesNamed(parts[0]); len(d) == 1 && len(understand.DiseasesNamed(q)) == 0 {
				p = d[0][0] + p
				q = corpus.Normalize(p)
			}
		}
		if i > 0 && corpus.CountHan(understand.Topic(q)) < minCompoundTopicRunes {
			// "那次跟踪审计，一共查出多少个问题、涉及多少钱": the context the
			// first question opens with, the second's too.
			if lead := leadClauses(parts[0]); lead != "" {
				p = lead + "，" + p
				q = corpus.Normalize(p)
			}
		}
		if ids := understand.Indicators(understand.Topic(parts[0])); i > 0 && len(ids) > 0 && understand.StripYears(q) != q && len(understand.Indicators(understand.Topic(q))) == 0 {
			// "人均预期寿命2015年是多少岁，2020年要提到多少": the first's
			// indicator, of the year this one names (not the plan's name
			// the first opens with, "健康甘肃2030").
			if ind, ok := indicators.ByID(ids[0]); ok {
				p = ind.Name + p
				q = corpus.Normalize(p)
			}
		}
		if containsAny(q, comparingWords) || bothEndsOnly.MatchString(q) || corpus.CountHan(understand.Topic(q)) < minCompoundTopicRunes {
			return nil
		}
		if understand.DetectIntent(q) != understand.IntentFigure && !understand.WantsList(q) {
			return nil
		}
		parts[i] = p + "？"
	}
	return withSharedMeasures(parts)
}

// askingNumber is a question word asking a number: 多少, or 几 with its
// counter ("几家"), not a span of time set ("那几天", "近几年").
var askingNumber = regexp.MustCompile(`多少|(?:^|[^那这前近头])几(?:家|个|所|人|次|例|张|名|项|成|岁|台|辆|条|件|种|批|场|期|篇|位)`)

// clauseQuestions splits one sentence asking several numbers clause by
// clause ("医疗卫生机构里，医院有几家、社区卫生服务中心有几家"): each
// question ends at a clause that asks, the clauses before it its context.
// One question comes back whole.
func clauseQuestions(text string) []string {
	var parts []string
	start := 0
	for _, loc := range clauseBreak.FindAllStringIndex(text, -1) {
		if askingNumber.MatchString(text[start:loc[0]]) {
			parts = append(parts, strings.TrimSpace(text[start:loc[0]]))
			start = loc[1]
		}
	}
	rest := strings.TrimSpace(text[start:])
	if len(parts) == 0 || !askingNumber.MatchString(rest) {
		return []string{text}
	}
	return append(parts, rest)
}

// leadClauses are the clauses a question opens with before the one that
// asks ("那次跟踪审计" of "那次跟踪审计，一共查出多少个问题"), "" when it
// asks in its first.
func leadClauses(question string) string {
	locs := clauseBreak.FindAllStringIndex(question, -1)
	if len(locs) == 0 {
		return ""
	}
	return strings.TrimSpace(question[:locs[len(locs)-1][0]])
}

// clauseBreak parts the clauses of a question.
var clauseBreak = regexp.MustCompile(`[、，,；;]`)

// withSharedMeasures asks each of two indicators a part names with one
// measure word on its own ("孕产妇和婴儿死亡率现在降到多少？"), while the
// message stays within maxCompoundParts.
func withSharedMeasures(parts []string) []string {
	var out []string
	for _, p := range parts {
		if sub := understand.SharedMeasure(p); len(sub) > 1 && understand.DetectIntent(p) == understand.IntentFigure {
			out = append(out, sub...)
			continue
		}
		out = append(out, p)
	}
	if len(out) > maxCompoundParts {
		return parts
	}
	return out
}

// answerCompound answers each question of a compound message and joins the
// answers, numbering their sources in one sequence.
func (b *Bot) answerCompound(ctx context.Context, parts []string, whole corpus.Filters, req Request) (Answer, error) {
	answers, err := b.answerParts(ctx, parts, whole, req)
	if err != nil {
		return Answer{}, err
	}
	return mergeAnswers(make([]string, len(parts)), answers), nil
}

// progressMeasures are measures a later question may ask of the first's
// task or indicator alone: how far it has come, what share it is.
var progressMeasures = map[string]bool{"完成率": true, "进度": true, "完成进度": true, "执行率": true, "占比": true, "覆盖率": true, "达标率": true}

// answerParts answers each question of a compound message, the later ones
// taking what they leave unsaid from the first.
func (b *Bot) answerParts(ctx context.Context, parts []string, whole corpus.Filters, req Request) ([]Answer, error) {
	now := b.opts.Now()
	first := understand.Filters(parts[0], now)
	if first.File == "" {
		first.File = whole.File // a document named earlier in the conversation
	}
	answers := make([]Answer, 0, len(parts))
	for i, p := range parts {
		f := first
		if i > 0 {
			f = inheritFilters(understand.Filters(p, now), first)
			if !understand.HasOwnTopic(p) && understand.AsksChange(p) {
				// "一共多少张病床？比前年涨了多少？": the change of the first
				// question's measure.
				p = understand.Topic(parts[0]) + p
			} else if progressMeasures[understand.Topic(p)] {
				// "流感疫苗要打多少人？到年中完成了几成？": the progress
				// of the first question's task.
				p = understand.Topic(parts[0]) + " " + p
			} else if !understand.HasOwnTopic(p) {
				// "…补助标准比去年涨了多少？现在是多少？": the first
				// question's measure, now.
				p = understand.Topic(parts[0]) + " " + p
			}
		}
		sub := req
		sub.OnDelta = nil // several answers do not stream as one
		a, err := b.dispatch(ctx, p, f, understand.DetectIntent(p), sub)
		if err != nil {
			return nil, err
		}
		answers = append(answers, a)
	}
	return answers, nil
}

// inheritFilters fills what a later question of a compound message leaves
// unsaid (place, organisation, years, kind) from the first question.
func inheritFilters(f, first corpus.Filters) corpus.Filters {
	if f.Place == "" && f.Org == "" {
		f.Place, f.Org = first.Place, first.Org
	}
	if len(f.Years) == 0 {
		f.Years = first.Years
	}
	if f.Kind == "" {
		f.Kind = first.Kind
	}
	if f.File == "" {
		f.File = first.File
	}
	return f
}
