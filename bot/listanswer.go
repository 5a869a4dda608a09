package bot

import (
	"fmt"
	"strings"

	"github.com/healthbot/healthbot/understand"
)

// maxListItems is how many sentences a list answer quotes.
const maxListItems = 12

// listExtract answers a list or how question ("有哪些措施", "打算干啥") from
// the sources' own sentences: the items of the best source (the one whose
// section heading and text share most of the question's topic), in their
// order, then the best sentences of the others. Sentences that share
// nothing with the topic are kept inside the best source when its heading
// matches, since a section's items rarely repeat its heading's words.
func listExtract(question, searchText string, sources []Source) Answer {
	topic := understand.Topic(question)
	var items []listItem
	if fieldTopic(topic) || len(bigrams(topic)) == 0 {
		items = fieldItems(sources, bigrams(topic))
	} else {
		// The section whose heading names the topic: its items, in order;
		// or the items under such a heading inside a passage that groups
		// several sections. Without one, the best sentences wherever they
		// are.
		t := bigrams(topic)
		for _, s := range sources {
			var found []string
			if headingNames(t, lastHeading(s.Section)) {
				found = sectionSentences(s, sources)
			} else if under, ok := itemsUnderHeading(s.Text, t); ok {
				found = under
			}
			for _, sent := range found[:min(maxListItems, len(found))] {
				items = append(items, listItem{sent, s.N})
			}
			if len(found) > 0 {
				break
			}
		}
		if len(items) == 0 {
			return extractive(question, searchText, sources)
		}
	}
	if len(items) == 0 {
		return extractive(question, searchText, sources)
	}
	var t strings.Builder
	t.WriteString("以下内容摘自资料原文（未经模型生成）：\n")
	for i, it := range items {
		fmt.Fprintf(&t, "%d. “%s” [%d]\n", i+1, quote(it.text), it.src)
	}
	return Answer{Intent: IntentQuestion, Mode: ModeExtractive, Text: strings.TrimRight(t.String(), "\n"), Sources: sources, Figures: []FigureRow{}}
}

// sectionSentences are the sentences of a source whose section heading
// names the topic, then those of the other sources from the same section or
// below it (a long section is cut into several passages), in rank order.
func sectionSentences(best Source, sources []Source) []string {
	out := splitSentences(best.Text)
	seen := map[string]bool{}
	for _, s := range out {
		seen[s] = true
	}
	for _, s := range sources {
		if s.N == best.N || (s.Section != best.Section && !strings.HasPrefix(s.Section, best.Section+" > ")) || s.File != best.File {
			continue
		}
		for _, sent := range splitSentences(s.Text) {
			if !seen[sent] {
				seen[sent] = true
				out = append(out, sent)
			}
		}
	}
	return out
}

// lastHeading is the last heading of a section path.
func lastHeading(path string) string {
	if i := strings.LastIndex(path, " > "); i >= 0 {
		return path[i+len(" > "):]
	}
	return path
}
