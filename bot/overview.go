package bot

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/healthbot/healthbot/corpus"
)

// Bounds of an overview: the opening sentences quoted and the headings
// listed.
const (
	overviewOpening  = 3
	overviewHeadings = 12
	// minOpeningRunes: shorter opening lines are a title or a greeting.
	minOpeningRunes = 15
)

// overviewQuery finds the reports of a kind.
var overviewQuery = map[corpus.Kind]string{
	corpus.KindSummary: "工作总结 工作回顾 主要工作 取得成效",
	corpus.KindPlan:    "工作计划 工作安排 重点工作 主要任务",
}

// healthTitleWords mark a report of the health field as a whole: its whole
// is the answer to "卫生健康工作总体情况怎么样".
var healthTitleWords = []string{"卫生", "卫健", "健康", "医疗", "医院", "疾控", "计生", "计划生育"}

// overview answers a question about how a year's work went as a whole
// ("今年主要做了哪些工作", "总体情况怎么样") from the report of the place,
// year and kind f asks for: the opening that sums it up, then the headings of
// its work, each cited. field says the question names the health field,
// which only a health report's whole answers. It reports false when no
// report fits or it has no outline to show.
func (b *Bot) overview(ctx context.Context, f corpus.Filters, field bool) (Answer, bool) {
	kind := f.Kind
	if kind == "" {
		kind = corpus.KindSummary
	}
	// The report is found by what reports of its kind say, not by the
	// question's words ("总体", "大事"), which the report need not use;
	// the place and year asked are checked below.
	res, err := b.search.Search(ctx, corpus.Query{Text: overviewQuery[kind], Filters: f, K: 30})
	if err != nil {
		b.log.Warn("overview search failed, answering as a question", "err", err)
		return Answer{}, false
	}
	var report *corpus.Hit
	for i, h := range res.Hits {
		if h.Kind == kind && (f.Place == "" || h.Place == f.Place) && (len(f.Years) == 0 || slices.Contains(f.Years, h.Year)) &&
			(!field || containsAny(corpus.Simplify(h.Title), healthTitleWords)) {
			report = &res.Hits[i]
			break
		}
	}
	if report == nil {
		return Answer{}, false
	}
	all, err := b.search.Search(ctx, corpus.Query{Text: report.Title, Filters: corpus.Filters{File: report.File}, K: 200, Mode: corpus.VectorOnly})
	if err != nil {
		b.log.Warn("overview search failed, answering as a question", "err", err)
		return Answer{}, false
	}
	var sources []Source
	cite := func(src Source) int {
		if n := sameSource(sources, src); n > 0 {
			return n
		}
		src.N = len(sources) + 1
		sources = append(sources, src)
		return src.N
	}
	var t strings.Builder
	t.WriteString(extractHeader)
	fmt.Fprintf(&t, "《%s》", report.Title)
	if opening, h, ok := reportOpening(all.Hits, report, kind); ok {
		t.WriteString("开篇概括：\n")
		fmt.Fprintf(&t, "“%s” [%d]\n", quote(opening), cite(sourceOf(h, 0)))
	} else {
		t.WriteString("\n")
	}
	heads := workHeadings(all.Hits, report.Ref, kind)
	if len(heads) == 1 {
		// One top heading holds the year's work ("一、2023年工作总结"):
		// its parts are the work, also those grouped into its passage.
		items, srcs := b.parentChildren(ctx, heads[0].name, report.File)
		heads = heads[:0]
		for _, it := range items {
			heads = append(heads, workHeading{it.text, srcs[it.src-1]})
		}
	}
	if len(heads) >= 2 {
		t.WriteString("主要工作：\n")
		for i, wh := range heads[:min(len(heads), overviewHeadings)] {
			fmt.Fprintf(&t, "%d. “%s” [%d]\n", i+1, wh.name, cite(wh.src))
		}
	} else if sents, h, ok := yearReview(all.Hits, report); ok {
		// News of a work conference, no headings: the paragraph that
		// reviews the year ("据悉,2019年是全市卫生健康事业大发展的一年,…").
		t.WriteString("主要工作：\n")
		n := cite(sourceOf(h, 0))
		for i, sent := range sents {
			fmt.Fprintf(&t, "%d. “%s” [%d]\n", i+1, quote(sent), n)
		}
	} else if len(sources) == 0 {
		return Answer{}, false
	}
	return Answer{Intent: IntentQuestion, Mode: ModeExtractive, Text: strings.TrimRight(t.String(), "\n"), Sources: sources, Figures: []FigureRow{}}, true
}

// reportOpening is the opening of a report that sums up its year: the
// first sentences of the text before its first heading, past the title,
// greetings and disclosure-table lines: prose, whose sentences have clauses
// (a page's date and index number run together have none). Only a
// summary's opening sums up work done.
func reportOpening(hits []corpus.Hit, report *corpus.Hit, kind corpus.Kind) (string, corpus.Hit, bool) {
	if kind != corpus.KindSummary {
		return "", corpus.Hit{}, false
	}
	// The text before the first heading; in a speech, whose opening is
	// formalities, the review part's own opening ("一、2024年工作回顾
	// 2024年是…。一年来，…").
	tops := workHeadings(hits, report.Ref, kind)
	for _, section := range []string{"", firstName(tops)} {
		for _, h := range hits {
			if h.Ref != report.Ref || h.Section != section || (section == "" && h.Kind != kind && h.Kind != "") {
				continue
			}
			var picked []string
			for _, sent := range bodySentences(h.Text) {
				if utf8.RuneCountInString(sent) < minOpeningRunes || !strings.ContainsAny(sent, "，,；;") || strings.Contains(sent, report.Title) || headingLike(sent) ||
					containsAny(sent, speechFormalities) || section != "" && strings.HasPrefix(sent, section) {
					continue
				}
				if picked = append(picked, sent); len(picked) == overviewOpening {
					break
				}
			}
			if len(picked) > 0 {
				return strings.Join(picked, ""), h, true
			}
		}
	}
	return "", corpus.Hit{}, false
}

// yearReview is the paragraph of a report with no headings that reviews
// its year, opening with it ("据悉,2019年是…一年,…"), as sentences, and the
// passage that holds it; ok is false when no paragraph does.
func yearReview(hits []corpus.Hit, report *corpus.Hit) ([]string, corpus.Hit, bool) {
	if report.Year == 0 {
		return nil, corpus.Hit{}, false
	}
	year := strconv.Itoa(report.Year) + "年"
	for _, h := range hits {
		if h.Ref != report.Ref {
			continue
		}
		for _, para := range strings.Split(h.Text, "\n") {
			lead := []rune(strings.TrimSpace(para))
			if strings.Contains(string(lead[:min(len(lead), yearReviewLead)]), year) {
				if sents := bodySentences(para); len(sents) > 0 {
					return sents[:min(len(sents), overviewHeadings)], h, true
				}
			}
		}
	}
	return nil, corpus.Hit{}, false
}

// yearReviewLead bounds the opening of a paragraph that names the year it
// reviews ("据悉,2019年是…").
const yearReviewLead = 12

// speechFormalities mark the opening sentences of a report delivered as a
// speech, which sum up nothing.
var speechFormalities = []string{"请予审议", "向大会报告", "人民代表大会", "各位代表", "提出意见", "作政府工作报告"}

// firstName is the name of the first heading, "" for none.
func firstName(heads []workHeading) string {
	if len(heads) == 0 {
		return ""
	}
	return heads[0].name
}

// workHeading is a heading of a report's work and a passage under it.
type workHeading struct {
	name string
	src  Source
}

// workHeadings are the top headings of a report's work of one kind, in
// document order.
func workHeadings(hits []corpus.Hit, ref string, kind corpus.Kind) []workHeading {
	var tops []workHeading
	seen := map[string]bool{}
	for _, h := range hits {
		if h.Ref != ref || h.Kind != kind || h.Section == "" {
			continue
		}
		top, _, _ := strings.Cut(h.Section, " > ")
		if !seen[top] {
			seen[top] = true
			tops = append(tops, workHeading{top, sourceOf(h, 0)})
		}
	}
	slices.SortStableFunc(tops, func(a, b workHeading) int { return markerOrder(a.name) - markerOrder(b.name) })
	return tops
}
