package bot

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/healthbot/healthbot/corpus"
)

// Plans announce a list by its number and run its items on in one
// sentence, separated by semicolons: "《规划》明确5个方面的具体目标:人民群众
// 更加健康,…;公共卫生体系更加强大,…;…。" A question asking for those
// things ("定了哪几个方面的目标") is answered by each item's first clause.

// numberedIntroducer announces a list by its number before a colon; it
// captures the number and the counter.
var numberedIntroducer = regexp.MustCompile(`([0-9]{1,2}|[一二三四五六七八九十两]+)个?(方面|项|件|点|条)(?:的)?\p{Han}{0,6}[：:]`)

// semicolonItems finds, in rank order of the sources, a list announced by
// its number and a counter the question asks for, whose items follow the
// colon in the same sentence separated by semicolons, as many as
// announced (fewer when the text ends inside the list).
func semicolonItems(question string, sources []Source) ([]listItem, bool) {
	for _, s := range sources {
		for _, m := range numberedIntroducer.FindAllStringSubmatchIndex(s.Text, -1) {
			num, counter := s.Text[m[2]:m[3]], s.Text[m[4]:m[5]]
			if !asksCounter(question, counter) && !strings.Contains(question, num+counter) && !strings.Contains(question, num+"个"+counter) {
				continue
			}
			n, err := strconv.Atoi(num)
			if err != nil {
				n = corpus.ParseChineseNumber(num)
			}
			rest := s.Text[m[1]:]
			end := strings.IndexAny(rest, "。\n")
			if end >= 0 {
				rest = rest[:end]
			}
			var items []listItem
			for _, part := range strings.FieldsFunc(rest, func(r rune) bool { return r == '；' || r == ';' }) {
				if part = strings.TrimSpace(part); part != "" {
					items = append(items, listItem{firstClause(part), s.N})
				}
			}
			// A text that ends inside the list (a page cut short) gives
			// the items it holds.
			if n >= 2 && (len(items) == n || end < 0 && len(items) >= 2 && len(items) < n) {
				return items, true
			}
		}
	}
	return nil, false
}
