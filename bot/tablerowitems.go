package bot

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/healthbot/healthbot/understand"
)

// A table of words (a progress table of livelihood projects, a list of
// tasks) stands in a passage one row a line, its cells between bars:
//
//	序号 | 任务内容 | 进展情况
//	1 | 为全省60岁以上老年人免费接种流感疫苗 | 制定下发项目实施方案。
//	2 | 为全省重点人群免费开展结直肠癌筛查 | 已完成…
//
// Its rows are the items of the list it is: "今年的民生实事有哪些" is
// answered by its rows (what each project is, then how far it went), when the report's title, the
// section or the table's header names the question's topic.

// numberedRow is a table row that opens with its number: the number and
// the row's first cell after it.
var numberedRow = regexp.MustCompile(`^\s*(\d{1,3})\s*\|\s*([^|]+?)\s*(?:\||$)`)

// minRowNameRunes is the shortest first cell that names an item, not a
// code or a number.
const minRowNameRunes = 4

// minTopicShared is how many of the topic's bigrams the title, section
// or header must share for the table to be the list asked for.
const minTopicShared = 2

// tableRowItems returns the numbered rows of the first source whose table
// names the question's topic.
func tableRowItems(question string, sources []Source) ([]listItem, bool) {
	topic := bigrams(understand.Topic(question))
	if len(topic) == 0 {
		return nil, false
	}
	for _, s := range sources {
		lines := strings.Split(s.Text, "\n")
		for i, l := range lines {
			if !strings.Contains(l, "|") || numberedRow.MatchString(l) {
				continue
			}
			names := rowNames(lines[i+1:])
			if len(names) < minHeadedItems || shared(topic, s.Title+" "+s.Section+" "+l) < minTopicShared {
				continue
			}
			items := make([]listItem, 0, len(names))
			for _, n := range names[:min(maxListItems, len(names))] {
				items = append(items, listItem{n, s.N})
			}
			return items, true
		}
	}
	return nil, false
}

// rowNames reads the rows numbered 1, 2, … at the top of lines, each
// without its number (its cells as written, the first one naming it); it
// stops at the first line that is no next row.
func rowNames(lines []string) []string {
	var names []string
	for _, l := range lines {
		m := numberedRow.FindStringSubmatchIndex(l)
		if m == nil || l[m[2]:m[3]] != strconv.Itoa(len(names)+1) || utf8.RuneCountInString(l[m[4]:m[5]]) < minRowNameRunes {
			break
		}
		names = append(names, strings.TrimSpace(l[m[4]:]))
	}
	return names
}
