package bot

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/corpus/places"
	"github.com/healthbot/healthbot/understand"
)

// maxListItems is how many sentences a list answer quotes.
const maxListItems = 12

// listPerSource is how many sentences of one source a list answer quotes
// when no heading names its topic.
const listPerSource = 4

// listExtract answers a list or how question ("有哪些措施", "打算干啥") from
// the sources' own sentences: the items of the best source (the one whose
// section heading and text share most of the question's topic), in their
// order, then the best sentences of the others. Sentences that share
// nothing with the topic are kept inside the best source when its heading
// matches, since a section's items rarely repeat its heading's words. pool
// holds every passage the search found: a matching section's subsections
// come from it even when they share no word with the question ("党建" and
// "二是加强党对意识形态工作的领导").
func listExtract(question, searchText string, sources, pool []Source) Answer {
	topic := understand.Topic(question)
	var items []listItem
	if items, _, ok := ordinalItems(question, sources); ok {
		return itemsAnswer("", items, sources) // "民生实事第二件": that item
	}
	if items, src, ok := ordinalItems(question, pool); ok {
		// In a passage found but not among the sources: it is the one.
		src.N = 1
		for i := range items {
			items[i].src = 1
		}
		return itemsAnswer("", items, []Source{src})
	}
	if it, ok := runInList(question, sources); ok {
		return itemsAnswer("", []listItem{it}, sources)
	}
	if it, ok := quotedMembers(question, sources); ok {
		return itemsAnswer("", []listItem{it}, sources) // "“三个深化”,深化…、深化…"
	}
	if it, ok := namedKindEnumeration(question, sources); ok {
		return itemsAnswer("", []listItem{it}, sources) // "加快建设A、B、C等重点项目"
	}
	if scoped, ok := scopedItems(question, sources); ok {
		items = scoped
	} else if fieldTopic(topic) || len(bigrams(topic)) == 0 {
		// A paragraph a short sentence naming the field opens ("做好卫生
		// 健康服务。促进…") is the field's own; else the paragraphs that
		// name the field most.
		period := understand.NamesPeriod(question)
		if lead, src, ok := fieldLead(sources); ok && !period {
			for _, sent := range lead {
				items = append(items, listItem{sent, src})
			}
		} else {
			items = fieldItems(sources, bigrams(topic), period)
		}
	} else {
		// The section whose heading names the topic: its items, in order;
		// or the items under such a heading inside a passage that groups
		// several sections. Without one, the best sentences wherever they
		// are.
		terms := addedTerms(question, searchText)
		lay := allLay(topic)
		perItem := 1
		if asksHowDone(question) {
			perItem = howItemSentences
		}
		for _, s := range sources {
			names := layNamer(lay, withoutTitle(topic, s.Title), terms)
			if names(lastHeading(s.Section)) {
				items, sources = sectionItems(s, sources, pool)
			} else if under, ok := itemsUnderHeadingOf(s.Text, bestNamed(s.Text, topic, names), perItem); ok {
				for _, sent := range under {
					items = append(items, listItem{sent, s.N})
				}
			}
			if tableCells(items) {
				// "信息内容 / 本年制发件数 / 0 / 0": a table's cells saved
				// one a line under the heading, no items of a list.
				items = nil
			}
			if len(items) > 0 {
				items = items[:min(maxListItems, len(items))]
				break
			}
		}
	}
	if len(items) == 0 {
		if head, it, ok := headedListLine(question, sources); ok {
			return itemsAnswer("“"+head+"”：", []listItem{it}, sources)
		}
	}
	if len(items) == 0 {
		items, _ = tableRowItems(question, sources)
	}
	if len(items) == 0 {
		items, _ = doneAnnouncedItems(question, sources)
	}
	if len(items) == 0 {
		items, _ = introducedItems(question, sources)
	}
	if len(items) == 0 {
		items, _ = honouredSubjects(question, sources)
	}
	if len(items) == 0 {
		items, _ = parallelClauses(question, sources)
	}
	if len(items) == 0 {
		if it, ok := enumeration(question, sources); ok {
			items = []listItem{it}
		}
	}
	if len(items) == 0 && asksBlocks.MatchString(corpus.Normalize(question)) {
		items, _ = runInListOfTop(sources[:min(1, len(sources))])
	}
	// "2024-11-21": the dates of a page's links are no items.
	items = slices.DeleteFunc(items, func(it listItem) bool { return corpus.CountHan(it.text) == 0 })
	if len(items) == 0 {
		return extracts(question, searchText, sources, listPerSource)
	}
	if aspect, ok := askedAspect(question, items, sources); ok {
		items = aspect
	}
	items = ofAskedSubject(question, items)
	items = ofAskedInstitution(topic, items, func(it listItem) string { return it.text })
	for i := range items {
		items[i].text = quoteNear(items[i].text, question) // a long sentence cut around what is asked
	}
	return itemsAnswer("", items, sources)
}

// asksBlocks asks which parts a plan or a speech is made of: "重点要抓哪
// 几块", "分哪几个方面".
var asksBlocks = regexp.MustCompile(`哪几(?:块|大块|个方面|方面|大方面|条|点)`)

// headedItems are the sentences under the first heading of the sources that
// names the question's topic, inside a passage (a run-in "二是…" item, a
// numbered line): the answer to how that thing is done. ok is false when
// no heading names it.
func headedItems(question, searchText string, sources []Source) ([]listItem, bool) {
	topic := understand.Topic(question)
	if len(bigrams(topic)) == 0 {
		return nil, false
	}
	terms := addedTerms(question, searchText)
	lay := allLay(topic)
	for _, s := range sources {
		names := layNamer(lay, withoutTitle(topic, s.Title), terms)
		if under, ok := itemsUnderHeadingOf(s.Text, bestNamed(s.Text, topic, names), howItemSentences); ok && len(under) >= 2 {
			items := make([]listItem, 0, len(under))
			for _, sent := range under {
				items = append(items, listItem{sent, s.N})
			}
			return items[:min(len(items), maxListItems)], true
		}
	}
	return nil, false
}

// itemsAnswer is an extractive answer listing items in order, each quoted
// and cited, under an optional heading line ("“…”下有：").
func itemsAnswer(heading string, items []listItem, sources []Source) Answer {
	if said := slices.DeleteFunc(slices.Clone(items), func(it listItem) bool { return asksItself(it.text) }); len(said) > 0 {
		items = said // an interviewer's questions answer nothing
	}
	var t strings.Builder
	t.WriteString(extractHeader)
	if heading != "" {
		t.WriteString(heading + "\n")
	}
	for i, it := range items {
		fmt.Fprintf(&t, "%d. “%s” [%d]\n", i+1, quote(it.text), it.src)
	}
	return Answer{Intent: IntentQuestion, Mode: ModeExtractive, Text: strings.TrimRight(t.String(), "\n"), Sources: sources, Figures: []FigureRow{}}
}

// headingNamer says whether a heading names a topic: by its words, or by
// holding an official term the thesaurus gives for its lay words: alone for
// a topic of one lay word ("党的建设" for 党建), with another of the topic's
// words for a longer one ("医疗服务不断改善" for 看病就医方面的改善).
func headingNamer(topic map[string]bool, terms []string) func(heading string) bool {
	return func(heading string) bool {
		return headingNames(topic, heading) || containsAny(heading, terms) && (len(topic) <= 2 || shared(topic, heading) >= 1)
	}
}

// layNamer is headingNamer for a topic that, made of lay words only
// (lay: allLay; "管宣传、管网上舆论"), is named by a heading holding an
// official term for them alone ("二是加强党对意识形态工作的领导").
func layNamer(lay bool, topic map[string]bool, terms []string) func(heading string) bool {
	names := headingNamer(topic, terms)
	if !lay {
		return names
	}
	return func(heading string) bool { return names(heading) || containsAny(heading, terms) }
}

// allLay reports whether a topic is lay words for official terms and
// little else: its words left once the lay phrases are put in the
// reports' terms and those terms taken out give fewer than two bigrams.
func allLay(topic string) bool {
	terms := understand.OfficialTerms(topic)
	if len(terms) == 0 {
		return false
	}
	rest := understand.Substitute(topic)
	for _, t := range terms {
		rest = strings.ReplaceAll(rest, t, " ")
	}
	return len(bigrams(rest)) < 2
}

// withoutTitle is the bigrams of a topic without the words a source's
// title holds: a question naming the document ("健康融入所有政策那个意见
// 里，中医药文化…") asks for the part of it its other words name. A run of
// three characters or more the title holds counts as its words, and so
// does a topic word it holds whole, also in the short name of its
// institution ("疾控" of 疾病预防控制中心); a bigram the title holds only
// across its own words stays ("防控" of 疾病预防控制); the short name of a
// place the title names counts as its words too. The topic stays
// whole when too little of it would be left.
func withoutTitle(topic, title string) map[string]bool {
	all := bigrams(topic)
	st := corpus.Simplify(title)
	held := st + " " + shortInstitution.Replace(st)
	dropped := map[string]bool{}
	for _, w := range strings.Fields(topic) {
		rs := []rune(w)
		for i := 0; i+1 < len(rs); i++ {
			j := i + 2
			for j <= len(rs) && strings.Contains(held, string(rs[i:j])) {
				j++
			}
			if run := rs[i : j-1]; len(run) >= 3 || len(run) == len(rs) && len(run) == 2 {
				for g := range bigrams(string(run)) {
					dropped[g] = true
				}
			}
		}
	}
	for _, m := range places.Find(st) {
		// "健康湖北建设" in 湖北省's report: its 湖北 is the title's place,
		// which every heading of the report may name ("美丽湖北建设").
		for g := range bigrams(m.Place.Short) {
			dropped[g] = true
		}
	}
	rest := map[string]bool{}
	for g := range all {
		if !dropped[g] {
			rest[g] = true
		}
	}
	if len(rest) < 2 || len(rest) == len(all) {
		return all
	}
	return rest
}

// hitSources are search hits as (unnumbered) sources.
func hitSources(hits []corpus.Hit) []Source {
	out := make([]Source, 0, len(hits))
	for _, h := range hits {
		out = append(out, sourceOf(h, 0))
	}
	return out
}

// sourceOf is a search hit as source n of an answer. Its text holds its
// paragraphs whole: what a paragraph's opening sentence announces may stand
// in the passage after it, and the opening in the one before.
func sourceOf(h corpus.Hit, n int) Source {
	return Source{N: n, Title: h.Title, File: h.File, Ref: h.Ref, Year: h.Year, Kind: h.Kind, Section: h.Section, Text: h.Lead + h.Text + h.Rest, Suspect: h.Suspect}
}

// sectionItems are the sentences of a source whose section heading names
// the topic, then those of the passages from the same section or below it
// (a long section is cut into several passages, and its subsections are
// passages of their own), in rank order, each cited by its own source; a
// passage of the pool that is not yet a source becomes one.
func sectionItems(best Source, sources, pool []Source) ([]listItem, []Source) {
	var items []listItem
	seen := map[string]bool{}
	add := func(s Source) {
		for _, sent := range bodySentences(s.Text) {
			if !seen[sent] && !isHeadingOf(sent, s.Section) {
				seen[sent] = true
				items = append(items, listItem{sent, s.N})
			}
		}
	}
	under := func(s Source) bool {
		return s.File == best.File && (s.Section == best.Section || strings.HasPrefix(s.Section, best.Section+" > "))
	}
	add(best)
	for _, s := range sources {
		if s.N != best.N && under(s) {
			add(s)
		}
	}
	for _, p := range pool {
		if !under(p) || slices.ContainsFunc(sources, func(s Source) bool { return s.Ref == p.Ref && s.Text == p.Text }) {
			continue
		}
		p.N = len(sources) + 1
		sources = append(sources, p)
		add(p)
	}
	return items, sources
}

// isHeadingOf reports whether a sentence is only the last heading of a
// section path, which an answer listing the section's items need not
// quote ("(四)平台建设情况" under "… > （四）平台建设情况").
func isHeadingOf(sentence, path string) bool {
	_, own := corpus.MarkerLevel(sentence)
	_, last := corpus.MarkerLevel(lastHeading(path))
	own, last = strings.TrimRight(own, "。"), strings.TrimRight(last, "。")
	return own != "" && own == last
}

// lastHeading is the last heading of a section path.
func lastHeading(path string) string {
	if i := strings.LastIndex(path, " > "); i >= 0 {
		return path[i+len(" > "):]
	}
	return path
}

// maxRunInNameRunes bounds the name a run-in list opens with.
const maxRunInNameRunes = 16

// runInList finds the sentence that lists the items of what the question
// names, opening with that name and a colon ("专业公共卫生机构：妇幼保健机构
// 130个、专科疾病防治机构130个、…"): the answer to "…都有哪些，各多少家".
func runInList(question string, sources []Source) (listItem, bool) {
	q := corpus.Normalize(question)
	for _, s := range sources {
		for _, sent := range splitSentences(s.Text) {
			name, rest, ok := strings.Cut(sent, "：")
			if !ok {
				name, rest, ok = strings.Cut(sent, ":")
			}
			name = strings.TrimSpace(name)
			if !ok || utf8.RuneCountInString(name) < 2 || utf8.RuneCountInString(name) > maxRunInNameRunes ||
				strings.Count(rest, "、") < 1 || !strings.Contains(q, corpus.Normalize(name)) {
				continue
			}
			return listItem{strings.TrimSpace(sent), s.N}, true
		}
	}
	return listItem{}, false
}

// tableCells reports whether a heading's lines are a table's cells rather
// than the items of a list: a third of them or more bare numbers.
func tableCells(items []listItem) bool {
	bare := 0
	for _, it := range items {
		if !strings.ContainsFunc(it.text, func(r rune) bool { return unicode.Is(unicode.Han, r) }) {
			bare++
		}
	}
	return len(items) > 0 && bare*3 >= len(items)
}
