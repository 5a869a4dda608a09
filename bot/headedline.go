package bot

import (
	"strings"
	"unicode/utf8"

	"github.com/healthbot/healthbot/understand"
)

// maxLineHeadRunes bounds a short line that heads the list on the line
// after it ("国家卫生城市" over "呼和浩特市、呼伦贝尔市、…").
const maxLineHeadRunes = 12

// minHeadedItems is how many items, parted by 、, a headed list line holds.
const minHeadedItems = 3

// headedListLine finds, in rank order, a list given as a short line naming
// what it lists and, on the next line, its items parted by 、 with no
// sentence around them (a news page's "国家卫生城市 / 呼和浩特市、呼伦贝尔市、
// 乌兰浩特市"): the answer to "都有哪些" about that head, which it returns
// with the list line. The head names a word of the question's topic whole.
func headedListLine(question string, sources []Source) (string, listItem, bool) {
	words := strings.Fields(understand.Topic(question))
	for _, s := range sources {
		lines := strings.Split(s.Text, "\n")
		for i, l := range lines {
			head := strings.TrimSpace(l)
			if head == "" || utf8.RuneCountInString(head) > maxLineHeadRunes || strings.ContainsAny(head, "，,。；;：:、") || !namedByTopic(head, words) {
				continue
			}
			for _, next := range lines[i+1:] {
				next = strings.TrimSpace(next)
				if next == "" {
					continue
				}
				if strings.Count(next, "、") >= minHeadedItems-1 && !strings.ContainsAny(next, "。；;，,") {
					return head, listItem{next, s.N}, true
				}
				break
			}
		}
	}
	return "", listItem{}, false
}

// namedByTopic reports whether a line is one of the topic's words or is
// held whole in one (the head "国家卫生城市" in "这回评上国家卫生城市").
func namedByTopic(line string, words []string) bool {
	for _, w := range words {
		if utf8.RuneCountInString(line) >= 2 && strings.Contains(w, line) {
			return true
		}
	}
	return false
}
