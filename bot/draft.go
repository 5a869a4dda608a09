package bot

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/healthbot/healthbot/corpus"
)

// draftYear is the year a draft is for: the latest year the request
// names, this year for a half-year ("下半年" is this year's second half),
// else next year.
func draftYear(request string, thisYear int) int {
	return parseDraftRequest(request, thisYear).Year
}

// namesTopic is the heading score of a heading that names the topic
// itself, not only words of its field.
const namesTopic = 0.9

// Draft sizes: themes per part, points per theme, sub-points per point,
// passages searched per kind.
const (
	maxDraftThemes   = 6
	maxDraftItems    = 3
	maxDraftSubItems = 2
	draftSearchK     = 15
)

// draft writes an outline in the bureau's style (一、（一）1.（1）), each point
// taken from a past plan or summary heading on the topic, cleaned,
// deduplicated and citing its source; with an LLM, the same sources go in
// the prompt.
func (b *Bot) draft(ctx context.Context, request string, f corpus.Filters, onDelta func(string)) (Answer, error) {
	d := parseDraftRequest(request, b.opts.Now().Year())
	if d.Place == "" {
		d.Place = f.Place
	}
	// Past plans on the topic and past summaries of what was done, any year.
	var cands []Source
	var searchText string
	seen := map[string]bool{}
	for _, k := range []corpus.Kind{corpus.KindPlan, corpus.KindSummary} {
		res, err := b.search.Search(ctx, corpus.Query{Text: d.Topic, Filters: corpus.Filters{Kind: k, Place: d.Place, Org: f.Org, File: f.File}, K: draftSearchK})
		if err != nil {
			return Answer{}, fmt.Errorf("search: %w", err)
		}
		if searchText == "" {
			searchText = res.SearchText
		}
		for _, h := range res.Hits {
			key := h.Ref + "|" + h.Section + "|" + firstRunes(h.Text, 40)
			if seen[key] || h.Kind != k {
				continue
			}
			seen[key] = true
			cands = append(cands, Source{Title: h.Title, File: h.File, Ref: h.Ref, Year: h.Year, Kind: h.Kind, Section: h.Section, Text: h.Text, Suspect: h.Suspect})
		}
	}
	o := buildOutline(newMatcher(d.Topic, searchText), cands)
	if len(o.sources) == 0 {
		return Answer{Intent: IntentDraft, Mode: ModeExtractive, Sources: []Source{}, Figures: []FigureRow{},
			Text: fmt.Sprintf("资料中未找到与“%s”相关的以往计划或总结，无法据此起草。请确认相关报告已放入资料库。", shortTopic(d.Topic))}, nil
	}
	var warnings []string
	if b.llm != nil {
		ans, err := b.generate(ctx, request, o.sources, promptDraft, onDelta)
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
	ans := o.answer(d)
	ans.Warnings = append(warnings, ans.Warnings...)
	return ans, nil
}

// draftItem is a point of the outline with the source it comes from.
type draftItem struct {
	text string
	body string // the text it heads or opens
	src  int    // index into the candidates
	subs []draftItem
}

// draftTheme is a heading of the outline: one or more past headings that
// say the same thing, with their points.
type draftTheme struct {
	heading string
	score   float64
	order   int
	srcs    []int
	items   []draftItem
}

// outline is a draft before it is written out: themes of past summaries
// (the basis) and of past plans (the tasks), and the sources they cite,
// numbered in the order they are cited.
type outline struct {
	basis, tasks []*draftTheme
	sources      []Source
	number       map[int]int // candidate index -> Source.N
}

// buildOutline takes the points of each candidate passage, keeps those on
// the topic, merges those that say the same thing and numbers the sources
// they cite.
func buildOutline(m matcher, cands []Source) outline {
	var basis, tasks []*draftTheme
	for i, s := range cands {
		for _, p := range pointsOf(s, i, m) {
			if s.Kind == corpus.KindSummary {
				basis = append(basis, p)
			} else {
				tasks = append(tasks, p)
			}
		}
	}
	o := outline{basis: mergeThemes(basis), tasks: mergeThemes(tasks), number: map[int]int{}}
	cite := func(i int) {
		if _, ok := o.number[i]; !ok {
			s := cands[i]
			s.N = len(o.sources) + 1
			o.number[i] = s.N
			o.sources = append(o.sources, s)
		}
	}
	for _, themes := range [][]*draftTheme{o.basis, o.tasks} {
		for _, t := range themes {
			for _, i := range t.srcs {
				cite(i)
			}
			for _, it := range t.items {
				cite(it.src)
				for _, sub := range it.subs {
					cite(sub.src)
				}
			}
		}
	}
	return o
}

// pointsOf reads the outline points of one passage: its section heading
// when that is on the topic, with the headings set into its text (or its
// sentences' lead clauses) as points; else each run-in heading on the
// topic, with its own points.
func pointsOf(s Source, idx int, m matcher) []*draftTheme {
	var secHead string
	if s.Section != "" {
		parts := strings.Split(s.Section, " > ")
		for i := len(parts) - 1; i >= 0 && secHead == ""; i-- {
			secHead, _ = cleanHeading(parts[i])
		}
	}
	type block struct {
		head     string
		numbered bool // a short sentence of its own may be a task, not a heading
		body     []string
	}
	blocks := []*block{{}}
	for n, seg := range segments(s.Text) {
		if h, ok := runInHeading(seg); ok {
			if n == 0 && secHead != "" && sameMeaning(h, secHead) {
				continue // the section's own heading, repeated in its text
			}
			blocks = append(blocks, &block{head: h, numbered: numbered(seg)})
		}
		cur := blocks[len(blocks)-1]
		cur.body = append(cur.body, seg)
	}
	clauses := func(body []string, head string, onlyTopic bool) []draftItem {
		var out []draftItem
		for _, sent := range body {
			c, ok := leadClause(sent)
			if !ok || (head != "" && sameMeaning(c, head)) || (onlyTopic && m.heading(c) == 0) {
				continue
			}
			out = append(out, draftItem{text: c, body: sent, src: idx})
		}
		return out
	}
	var out []*draftTheme
	// Under a heading that names the topic, every point is on it; under one
	// that only touches it, a point must touch it too.
	onTopic := func(sc float64, items []draftItem) []draftItem {
		if sc >= namesTopic {
			return items
		}
		var out []draftItem
		for _, it := range items {
			if m.heading(it.text) > 0 || m.body(it.body) >= 0.4 {
				out = append(out, it)
			}
		}
		return out
	}
	if sc := m.heading(secHead); secHead != "" && sc > 0 {
		t := &draftTheme{heading: secHead, score: 2*sc + m.body(s.Text), order: idx, srcs: []int{idx}}
		t.items = clauses(blocks[0].body, secHead, false)
		for _, bl := range blocks[1:] {
			body := strings.Join(bl.body, "")
			t.items = append(t.items, draftItem{text: bl.head, body: body, src: idx, subs: onTopic(sc, clauses(bl.body, bl.head, false))})
		}
		t.items = onTopic(sc, t.items)
		return append(out, t)
	}
	for _, bl := range blocks[1:] {
		if sc := m.heading(bl.head); sc > 0 {
			inherit := sc
			if !bl.numbered {
				inherit = 0
			}
			out = append(out, &draftTheme{heading: bl.head, score: 1.5*sc + m.body(strings.Join(bl.body, "")), order: idx, srcs: []int{idx},
				items: onTopic(inherit, clauses(bl.body, bl.head, false))})
			continue
		}
		for _, c := range clauses(bl.body, "", true) {
			out = append(out, &draftTheme{heading: c.text, score: m.heading(c.text), order: idx, srcs: []int{idx}})
		}
	}
	for _, c := range clauses(blocks[0].body, "", true) {
		out = append(out, &draftTheme{heading: c.text, score: m.heading(c.text), order: idx, srcs: []int{idx}})
	}
	return out
}

// mergeThemes ranks themes by how well they match the topic, merges those
// whose headings say the same thing and keeps the best few; within a
// theme, a point that repeats a heading or another point is dropped.
func mergeThemes(in []*draftTheme) []*draftTheme {
	sort.SliceStable(in, func(i, j int) bool {
		if in[i].score != in[j].score {
			return in[i].score > in[j].score
		}
		return in[i].order < in[j].order
	})
	var out []*draftTheme
	var said []string
	repeats := func(text string) bool {
		for _, s := range said {
			if sameMeaning(s, text) {
				return true
			}
		}
		return false
	}
	addItems := func(t *draftTheme, items []draftItem) {
		for _, it := range items {
			if len(t.items) >= maxDraftItems {
				return
			}
			if repeats(it.text) {
				continue
			}
			said = append(said, it.text)
			var subs []draftItem
			for _, sub := range it.subs {
				if len(subs) < maxDraftSubItems && !repeats(sub.text) {
					said = append(said, sub.text)
					subs = append(subs, sub)
				}
			}
			it.subs = subs
			t.items = append(t.items, it)
		}
	}
	for _, t := range in {
		merged := false
		for _, o := range out {
			if sameMeaning(o.heading, t.heading) {
				if !slices.Contains(o.srcs, t.srcs[0]) {
					o.srcs = append(o.srcs, t.srcs...)
				}
				addItems(o, t.items)
				merged = true
				break
			}
		}
		if merged || len(out) >= maxDraftThemes || repeats(t.heading) {
			continue
		}
		said = append(said, t.heading)
		nt := &draftTheme{heading: t.heading, score: t.score, order: t.order, srcs: t.srcs}
		addItems(nt, t.items)
		out = append(out, nt)
	}
	return out
}

// answer writes the outline out: 一、 parts, （一） themes, 1. points,
// （1） sub-points, each citing its sources.
func (o outline) answer(d draftRequest) Answer {
	var t strings.Builder
	t.WriteString(d.title() + "\n")
	t.WriteString("（依据以往材料整理，要点均摘自原文标题并注明出处，请结合实际修改完善。）\n\n")
	cite := func(srcs ...int) string {
		var ns []int
		for _, i := range srcs {
			if n, ok := o.number[i]; ok && !slices.Contains(ns, n) {
				ns = append(ns, n)
			}
		}
		slices.Sort(ns)
		var b strings.Builder
		for _, n := range ns {
			fmt.Fprintf(&b, "[%d]", n)
		}
		return b.String()
	}
	part := 0
	writePart := func(title string, themes []*draftTheme) {
		if len(themes) == 0 {
			return
		}
		part++
		fmt.Fprintf(&t, "%s、%s\n", chineseNumber(part), title)
		for i, th := range themes {
			fmt.Fprintf(&t, "（%s）%s %s\n", chineseNumber(i+1), th.heading, cite(th.srcs...))
			for j, it := range th.items {
				fmt.Fprintf(&t, "%d. %s %s\n", j+1, it.text, cite(it.src))
				for k, sub := range it.subs {
					fmt.Fprintf(&t, "（%d）%s %s\n", k+1, sub.text, cite(sub.src))
				}
			}
		}
		t.WriteString("\n")
	}
	if d.Kind == corpus.KindSummary {
		writePart("主要工作及成效", o.basis)
		writePart("下一步工作打算", o.tasks)
	} else {
		writePart("工作基础（以往总结）", o.basis)
		writePart("主要任务（参考以往计划）", o.tasks)
	}
	return Answer{Intent: IntentDraft, Mode: ModeExtractive, Text: strings.TrimRight(t.String(), "\n"), Sources: o.sources, Figures: []FigureRow{},
		Warnings: []string{"离线起草：提纲由以往材料的标题和原句整理而成，未经模型改写。"}}
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
