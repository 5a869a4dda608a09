package bot

import (
	"context"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/healthbot/healthbot/corpus"
)

// A question asking for a number of items ("副市长提了哪三点要求") is
// answered by the run-in list that gives that many in order inside a
// paragraph: "一要明确方向、知责尽责，…。二要围绕中心、服务大局，…。三是迎难
// 而上、主动作为，…".

// ordinalMarker opens an item of a run-in list: "一要", "二是", "三则",
// "第四，"; after a boundary, so "统一是" is none.
var ordinalMarker = regexp.MustCompile(`(?:^|[。；;，,：:\s])(?:([一二三四五六七八九十])(?:要|是|则)|第([一二三四五六七八九十])[，,、是])`)

// minItemRunes is how long an item's first clause must be to stand alone;
// a shorter one ("一是，") runs on to the next clause.
const minItemRunes = 6

// maxReportPassages bounds the passages of the best source's report read
// for a counted list its own passage does not hold.
const maxReportPassages = 40

// countedList finds the run-in list of n items in the sources, in rank
// order, else in the other passages of the best source's report (the list
// may stand in the paragraph after the one that names the meeting or
// speaker asked about, and run on into the next passage), and returns each
// item's first clause with the sources to cite.
func (b *Bot) countedList(ctx context.Context, n int, sources []Source) ([]listItem, []Source, bool) {
	if items, ok := countedItems(n, sources); ok {
		return items, sources, true
	}
	if len(sources) == 0 || n < 2 {
		return nil, nil, false
	}
	top := sources[0]
	res, err := b.search.Search(ctx, corpus.Query{Text: top.Title, Filters: corpus.Filters{File: top.File}, K: maxReportPassages, Mode: corpus.VectorOnly})
	if err != nil {
		b.log.Warn("reading a report's passages for a counted list failed", "file", top.File, "err", err)
		return nil, nil, false
	}
	var passages []corpus.Hit
	for _, h := range res.Hits {
		if h.Ref == top.Ref { // not another report of the same file
			passages = append(passages, h)
		}
	}
	for _, p := range passages {
		items, open := runInItems(p.Lead+p.Text+p.Rest, n, 1, false)
		if len(items) == n {
			return cite(items, 1), []Source{sourceOf(p, 1)}, true
		}
		if !open {
			continue
		}
		// The list runs on: the passage that opens with its next item.
		for _, q := range passages {
			rest, _ := runInItems(q.Text, n-len(items), len(items)+1, true)
			if q.ChunkID != p.ChunkID && len(items)+len(rest) == n {
				return append(cite(items, 1), cite(rest, 2)...), []Source{sourceOf(p, 1), sourceOf(q, 2)}, true
			}
		}
	}
	return nil, nil, false
}

// cite makes items of source n.
func cite(items []string, n int) []listItem {
	out := make([]listItem, len(items))
	for i, it := range items {
		out[i] = listItem{it, n}
	}
	return out
}

// countedItems finds, in rank order of the sources, the run-in list of n
// items and returns each item's first clause.
func countedItems(n int, sources []Source) ([]listItem, bool) {
	for _, s := range sources {
		if items, _ := runInItems(s.Text, n, 1, false); len(items) == n {
			return cite(items, s.N), true
		}
	}
	return nil, false
}

// runInItems returns the first clauses of the first run of ordinal items
// first, first+1, … in text that has n of them.
// With atStart the run must open the text. open reports a run cut short
// by the end of the text: fewer than n items, the last of them the text's
// last marker (the list runs on in the next passage); items are then that
// partial run.
func runInItems(text string, n, first int, atStart bool) (items []string, open bool) {
	items, open = runInItemTexts(text, n, first, atStart)
	for i, it := range items {
		items[i] = firstClause(it)
	}
	return items, open
}

// runInItemTexts is runInItems with each item's whole text, from its
// marker to the next.
func runInItemTexts(text string, n, first int, atStart bool) (items []string, open bool) {
	type marker struct{ at, value int }
	var ms []marker
	for _, m := range ordinalMarker.FindAllStringSubmatchIndex(text, -1) {
		digit := m[2]
		if digit < 0 {
			digit = m[4]
		}
		start := digit
		if m[4] >= 0 {
			start = m[4] - len("第")
		}
		ms = append(ms, marker{start, parseNumber(text[digit : digit+len("一")])})
	}
	for i := 0; i < len(ms); i++ {
		if ms[i].value != first || atStart && strings.TrimSpace(text[:ms[i].at]) != "" {
			if atStart {
				return nil, false
			}
			continue
		}
		j := i + 1
		for j < len(ms) && ms[j].value == ms[j-1].value+1 {
			j++
		}
		got := j - i
		cutShort := got < n && j == len(ms) && !atStart
		if !cutShort && got != n {
			continue
		}
		for k := i; k < j; k++ {
			end := len(text)
			if k+1 < len(ms) {
				end = ms[k+1].at
			}
			items = append(items, strings.TrimSpace(text[ms[k].at:end]))
		}
		return items, cutShort
	}
	return nil, false
}

// maxWholeItemRunes bounds an item quoted whole: a run of short phrases
// ("一是认清形势,找准差距,新征程上再奋进；") says its point in all of them.
const maxWholeItemRunes = 24

// slogan is a clause of one or more short phrases ("建强龙头、打通枢纽",
// "补齐短板"), which opens an item and says its point only with the clause
// after it ("量力而行、尽力而为,积极稳慎推进医药卫生体制改革").
var slogan = regexp.MustCompile(`^\p{Han}{2,4}(?:、\p{Han}{2,4})*$`)

// firstClause is an item's text up to the end of its first clause long
// enough to say something, or up to its end when the whole item is short.
func firstClause(item string) string {
	if k := strings.IndexAny(item, "；;。"); k >= 0 && utf8.RuneCountInString(item[:k]) <= maxWholeItemRunes {
		return strings.TrimSpace(item[:k])
	}
	from := 0
	for {
		k := strings.IndexAny(item[from:], "，,；;。")
		if k < 0 {
			return strings.TrimSpace(item)
		}
		end := from + k
		if utf8.RuneCountInString(item[:end]) >= minItemRunes && !slogan.MatchString(strings.TrimSpace(item[from:end])) {
			return strings.TrimSpace(item[:end])
		}
		_, size := utf8.DecodeRuneInString(item[end:])
		from = end + size
	}
}

// maxRunInItems bounds the run-in lists runInListOfTop looks for.
const maxRunInItems = 10

// runInListOfTop is the longest run-in list ("一是要…。二是要…。三是…") of
// three items or more in the best two sources, each item's first clause:
// asked "重点要抓哪几块" of a meeting's report, what it listed, when no
// heading or announcement names the things asked.
func runInListOfTop(sources []Source) ([]listItem, bool) {
	for _, s := range sources[:min(2, len(sources))] {
		for n := maxRunInItems; n >= minEnumerated; n-- {
			if items, open := runInItems(s.Text, n, 1, false); len(items) == n && !open {
				out := make([]listItem, 0, n)
				for _, it := range items {
					out = append(out, listItem{it, s.N})
				}
				return out, true
			}
		}
	}
	return nil, false
}
