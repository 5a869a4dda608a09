package bot

import (
	"context"
	"slices"
	"strings"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/understand"
)

// A how question about the very thing a report is about ("正蓝旗卫健委去年政
// 务公开这块是咋搞的" of its 政府信息公开工作年度报告) is answered by the
// report's account of it: the opening sentences of each part of its first
// section that has parts ("一、总体情况": （一）主动公开情况, （二）…), not by
// sentences that happen to repeat the title's words.

// sentencesPerPart is how many opening sentences of each part are quoted.
const sentencesPerPart = 2

// maxUncoveredBigrams is how many of a topic's bigrams a title may lack
// and still be what the topic is about: none, the topic read in its own or
// the reports' terms ("政务公开这块" as 政府信息公开).
const maxUncoveredBigrams = 0

// titleSubjectHow answers a how question whose topic is the subject of the
// first hit's report with that report's first section of parts, each part
// by its opening sentences, in order; ok is false when the topic is
// something more than the title's subject or the report has no such
// section.
func (b *Bot) titleSubjectHow(ctx context.Context, question string, hits []corpus.Hit) (Answer, bool) {
	if len(hits) == 0 || !asksHowDone(question) {
		return Answer{}, false
	}
	report := hits[0]
	if !topicIsTitle(understand.Topic(question), report.Title) {
		return Answer{}, false
	}
	all, err := b.search.Search(ctx, corpus.Query{Text: report.Title, Filters: corpus.Filters{File: report.File}, K: 200, Mode: corpus.VectorOnly})
	if err != nil {
		b.log.Warn("report search failed, answering as a question", "err", err)
		return Answer{}, false
	}
	parts := firstPartedSection(all.Hits, report.Ref)
	if len(parts) < 2 {
		return Answer{}, false
	}
	var items []listItem
	var sources []Source
	for _, p := range parts {
		n := sameSource(sources, p.src)
		if n == 0 {
			p.src.N = len(sources) + 1
			sources = append(sources, p.src)
			n = p.src.N
		}
		for _, s := range opening(p.sentences) {
			items = append(items, listItem{s, n})
		}
	}
	return itemsAnswer("", items[:min(len(items), maxListItems)], sources), true
}

// howWords ask how, and name nothing done: "是通过啥方式搞的", "用了哪些办法".
var howWords = strings.NewReplacer("是通过", " ", "通过", " ", "方式", " ", "办法", " ", "做法", " ", "措施", " ", "具体", " ", "平时", " ")

// topicIsTitle reports whether every word of a topic, in its own or the
// reports' terms, is a word of the title.
func topicIsTitle(topic, title string) bool {
	tb := bigrams(corpus.Simplify(title))
	topic = howWords.Replace(topic)
	for _, t := range []string{topic, understand.Substitute(topic)} {
		own := bigrams(t)
		if len(own) == 0 {
			continue
		}
		lacking := 0
		for g := range own {
			if !tb[g] {
				lacking++
			}
		}
		if lacking <= maxUncoveredBigrams {
			return true
		}
	}
	return false
}

// part is one part of a section: its heading, its opening sentences and
// the passage they come from.
type part struct {
	heading   string
	sentences []string
	src       Source
}

// firstPartedSection is the first top section of a report, in outline
// order, with parts and no preamble heading: its subsections' passages, or
// the numbered lines of a passage that groups them ("（一）主动公开情况\n
// 2022年，…"), also several top sections grouped into one passage.
func firstPartedSection(hits []corpus.Hit, ref string) []part {
	byTop := map[string][]part{}
	var tops []string
	add := func(top string, p part) {
		if !slices.Contains(tops, top) {
			tops = append(tops, top)
		}
		if !slices.ContainsFunc(byTop[top], func(q part) bool { return q.heading == p.heading }) {
			byTop[top] = append(byTop[top], p)
		}
	}
	for _, h := range hits {
		if h.Ref != ref {
			continue
		}
		top, rest, nested := strings.Cut(h.Section, " > ")
		if nested {
			child, _, _ := strings.Cut(rest, " > ")
			add(top, part{child, withoutHeading(bodySentences(h.Text), child), sourceOf(h, 0)})
			continue
		}
		for _, g := range groupedParts(h, top) {
			add(g.top, g.part)
		}
	}
	slices.SortStableFunc(tops, func(a, b string) int { return markerOrder(a) - markerOrder(b) })
	for _, top := range tops {
		if top == "" || containsAny(top, preambleHeadings) {
			continue
		}
		parts := slices.DeleteFunc(byTop[top], func(p part) bool { return len(p.sentences) == 0 })
		if len(parts) >= 2 {
			slices.SortStableFunc(parts, func(a, b part) int { return markerOrder(a.heading) - markerOrder(b.heading) })
			return parts
		}
	}
	return nil
}

// preambleHeadings head what a plan sets out before its work: its aims
// and grounds, not how the work is done.
var preambleHeadings = []string{"总体要求", "指导思想", "基本原则", "目标", "发展基础", "发展环境", "形势", "背景", "依据"}

// groupedPart is a part read from a passage's lines, with the top section
// it belongs to.
type groupedPart struct {
	top  string
	part part
}

// groupedParts are the parts of a passage that groups a section's small
// subsections: each numbered line below the top section's heading opens
// one, with the lines after it up to the next. A passage of no section
// ("" top) may group top sections too: a line at the top outline level
// ("二、主要任务") starts the next.
func groupedParts(h corpus.Hit, top string) []groupedPart {
	var out []groupedPart
	topLevel := -1
	if top != "" {
		topLevel, _ = corpus.MarkerLevel(top)
	}
	for _, line := range strings.Split(h.Text, "\n") {
		line = strings.TrimSpace(line)
		level, heading := corpus.MarkerLevel(line)
		switch {
		case level >= 0 && (strings.HasPrefix(line, top) && top != "" || topLevel < 0 && top == "" || level <= topLevel && top == ""):
			// The top section's own heading, or the next top section of a
			// passage that groups several.
			top, topLevel = line, level
		case level > topLevel && topLevel >= 0 && heading != "":
			// A heading with its text run in ("（一）主动公开情况。2022年，…").
			_, body, _ := strings.Cut(heading, "。")
			out = append(out, groupedPart{top, part{line, splitSentences(body), sourceOf(h, 0)}})
		case len(out) > 0 && line != "":
			out[len(out)-1].part.sentences = append(out[len(out)-1].part.sentences, splitSentences(line)...)
		}
	}
	return out
}

// opening is what a part's sentences open with: its first sentences, or,
// when it runs items in ("一是…。执行…。二是…"), each item's.
func opening(sentences []string) []string {
	if !slices.ContainsFunc(sentences, ordinalLine.MatchString) {
		return sentences[:min(len(sentences), sentencesPerPart)]
	}
	var out []string
	taken := 0 // of the lead before the items, then of the current item
	for _, s := range sentences {
		if ordinalLine.MatchString(s) {
			taken = 0
		}
		if taken < sentencesPerPart {
			out = append(out, s)
		}
		taken++
	}
	return out
}

// withoutHeading drops a passage's opening sentence when it is only its
// section's heading.
func withoutHeading(sentences []string, heading string) []string {
	if len(sentences) > 0 && isHeadingOf(sentences[0], heading) {
		return sentences[1:]
	}
	return sentences
}
