package bot

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/understand"
)

// draftWords are the words of a drafting request that say what to do, not
// what the draft is about.
var draftWords = []string{
	"帮我", "请", "起草", "拟写", "草拟", "拟定", "撰写", "写一份", "写一个", "写个", "编写", "拟一份", "列一个", "列个",
	"工作计划", "工作总结", "计划", "总结", "提纲", "大纲", "部分", "章节", "段落", "材料", "要点", "方案", "报告",
	"关于", "中的", "中", "的", "一下", "一份", "一个",
}

// draftYear is the year a draft is for: the first year the request names,
// else next year.
func draftYear(request string, thisYear int) int {
	if ys := understand.Filters(request, timeOfYear(thisYear)).Years; len(ys) > 0 {
		return ys[0]
	}
	return thisYear + 1
}

// draftTopic is what a drafting request is about ("疾病预防控制").
func draftTopic(request string) string {
	t := understand.Topic(request)
	for _, w := range draftWords {
		t = strings.ReplaceAll(t, w, " ")
	}
	t = strings.Join(strings.Fields(t), "")
	if t == "" {
		return "卫生健康"
	}
	return t
}

// draft writes an outline in the bureau's style (一、（一）1.（1）), each point
// seeded from and citing past plan and summary sections on the topic.
func (b *Bot) draft(ctx context.Context, request string, f corpus.Filters, onDelta func(string)) (Answer, error) {
	year := draftYear(request, b.opts.Now().Year())
	topic := draftTopic(request)
	kind := corpus.KindPlan
	if strings.Contains(corpus.Normalize(request), "总结") && !strings.Contains(corpus.Normalize(request), "计划") {
		kind = corpus.KindSummary
	}
	// Past plans on the topic and past summaries of what was done, any year.
	var sources []Source
	seen := map[string]bool{}
	for _, k := range []corpus.Kind{corpus.KindPlan, corpus.KindSummary} {
		res, err := b.search.Search(ctx, corpus.Query{Text: topic, Filters: corpus.Filters{Kind: k}, K: 6})
		if err != nil {
			return Answer{}, fmt.Errorf("search: %w", err)
		}
		for _, s := range relevantSources(topic, res) {
			key := s.Ref + "|" + s.Section + "|" + firstRunes(s.Text, 40)
			if seen[key] || s.Kind != k {
				continue
			}
			seen[key] = true
			s.N = len(sources) + 1
			sources = append(sources, s)
		}
	}
	if len(sources) == 0 {
		return Answer{Intent: IntentDraft, Mode: ModeExtractive, Sources: []Source{}, Figures: []FigureRow{},
			Text: fmt.Sprintf("资料中未找到与“%s”相关的以往计划或总结，无法据此起草。请确认相关报告已放入资料库。", shortTopic(topic))}, nil
	}
	var warnings []string
	if b.llm != nil {
		ans, err := b.generate(ctx, request, sources, promptDraft, onDelta)
		if err == nil {
			ans.Intent = IntentDraft
			return ans, nil
		}
		if errors.Is(err, context.Canceled) && ctx.Err() != nil {
			return Answer{}, err
		}
		b.log.Warn("llm draft failed, drafting from extracts", "err", err)
		warnings = append(warnings, llmFailureNote(err))
	}
	ans := outlineFromSources(year, topic, kind, sources)
	ans.Warnings = append(warnings, ans.Warnings...)
	return ans, nil
}

// theme is a group of sources whose headings say the same thing.
type theme struct {
	heading string
	grams   map[string]bool
	sources []Source
}

// outlineFromSources builds a draft outline offline: past summary sections
// give the basis to build on, past plan sections the tasks; sections with
// similar headings are one point; each point quotes a key sentence.
func outlineFromSources(year int, topic string, kind corpus.Kind, sources []Source) Answer {
	var basis, tasks []*theme
	for _, s := range sources {
		h := pointHeading(s)
		group := &tasks
		if s.Kind == corpus.KindSummary {
			group = &basis
		}
		placed := false
		g := bigrams(h)
		for _, t := range *group {
			if jaccard(t.grams, g) >= 0.5 {
				t.sources = append(t.sources, s)
				placed = true
				break
			}
		}
		if !placed {
			*group = append(*group, &theme{heading: h, grams: g, sources: []Source{s}})
		}
	}
	what := "工作计划"
	if kind == corpus.KindSummary {
		what = "工作总结"
	}
	var t strings.Builder
	fmt.Fprintf(&t, "%d年%s%s提纲（草稿）\n", year, topic, what)
	t.WriteString("（依据以往材料整理，要点均摘自原文并注明出处，请结合实际修改完善。）\n\n")
	section := 0
	writeGroup := func(title string, themes []*theme) {
		if len(themes) == 0 {
			return
		}
		section++
		fmt.Fprintf(&t, "%s、%s\n", chineseNumber(section), title)
		for i, th := range themes {
			fmt.Fprintf(&t, "（%s）%s %s\n", chineseNumber(i+1), th.heading, cites(th.sources))
			for j, s := range th.sources[:min(2, len(th.sources))] {
				if sent := keySentence(s, topic); sent != "" {
					fmt.Fprintf(&t, "%d. %s [%d]\n", j+1, sent, s.N)
				}
			}
		}
		t.WriteString("\n")
	}
	if kind == corpus.KindSummary {
		writeGroup("主要工作及成效", basis)
		writeGroup("下一步工作打算", tasks)
	} else {
		writeGroup("工作基础（以往总结）", basis)
		writeGroup("主要任务（参考以往计划）", tasks)
	}
	return Answer{Intent: IntentDraft, Mode: ModeExtractive, Text: strings.TrimRight(t.String(), "\n"), Sources: sources, Figures: []FigureRow{},
		Warnings: []string{"离线起草：提纲由以往材料的标题和原句整理而成，未经模型改写。"}}
}

// pointHeading names a draft point after the source's own heading, or its
// first sentence when it has none.
func pointHeading(s Source) string {
	if s.Section != "" {
		parts := strings.Split(s.Section, " > ")
		h := stripOutlineNumber(parts[len(parts)-1])
		if utf8.RuneCountInString(h) >= 4 && !strings.Contains(h, "年度工作") && !strings.Contains(h, "年工作") {
			return h
		}
	}
	if sents := splitSentences(s.Text); len(sents) > 0 {
		return strings.TrimRight(firstRunes(stripOutlineNumber(sents[0]), 24), "。；;，,：:")
	}
	return s.Title
}

// keySentence is the source sentence that best matches the topic, other
// than a bare heading.
func keySentence(s Source, topic string) string {
	q := bigrams(topic)
	best, bestScore := "", -1
	for _, sent := range splitSentences(s.Text) {
		if utf8.RuneCountInString(sent) < 12 {
			continue
		}
		if sc := shared(q, sent); sc > bestScore {
			best, bestScore = sent, sc
		}
	}
	return firstRunes(stripOutlineNumber(best), 120)
}

// leadingOutlineNumber matches an outline number at the start of a heading
// or sentence: （三） (3) 一、 2. 2、 一是.
var leadingOutlineNumber = regexp.MustCompile(`^\s*(?:[（(][一二三四五六七八九十0-9]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、．.]|[0-9]{1,2}[.、．]|[一二三四五六七八九十]{1,3}是)\s*`)

// stripOutlineNumber removes a leading outline number, but not a year or a
// decimal ("2023年", "5.12").
func stripOutlineNumber(s string) string {
	s = strings.TrimSpace(s)
	m := leadingOutlineNumber.FindStringIndex(s)
	if m == nil {
		return s
	}
	if rest := s[m[1]:]; rest != "" && rest[0] >= '0' && rest[0] <= '9' && strings.ContainsAny(s[:m[1]], ".．") {
		return s // "5.12护士节" is a date, not "5." and "12护士节"
	}
	return s[m[1]:]
}

func cites(sources []Source) string {
	var parts []string
	for _, s := range sources {
		parts = append(parts, fmt.Sprintf("[%d]", s.N))
	}
	sort.Strings(parts)
	return strings.Join(parts, "")
}

func jaccard(a, b map[string]bool) float64 {
	if len(a) == 0 && len(b) == 0 {
		return 1
	}
	inter := 0
	for g := range a {
		if b[g] {
			inter++
		}
	}
	return float64(inter) / float64(len(a)+len(b)-inter)
}

func firstRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n]) + "…"
}
