package bot

import (
	"slices"
	"strings"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/understand"
)

// A question asking which things of a kind a report did ("去年都实施了哪几
// 个工程") is answered by its section headings that name them, when the
// report makes each one a section: "（一）实施共富示范工程", "（二）实施健康
// 桐乡工程", "（三）实施学科攀登工程".

// minKindHeadings is how many sibling headings of the kind make the list.
const minKindHeadings = 2

// kindHeadings finds, among the passages found (in rank order), the
// headings ending in the kind a which-question asks, of the same file and
// outline level as the best-ranked one; ok is false for fewer than
// minKindHeadings or a kind too wide to name things (genericKinds).
func kindHeadings(question string, sources []Source) ([]listItem, bool) {
	kinds := askedKinds(understand.WhichKind(question))
	if len(kinds) == 0 || slices.Contains(genericKinds, kinds[len(kinds)-1]) {
		return nil, false
	}
	kind := kinds[0]
	if len([]rune(kind)) < 2 {
		return nil, false
	}
	var items []listItem
	level, file := -1, ""
	seen := map[string]bool{}
	for _, s := range sources {
		for _, h := range sourceHeadings(s) {
			l, name := corpus.MarkerLevel(h)
			name = strings.TrimRight(name, "。.;；:： ")
			if l < 0 || !strings.HasSuffix(name, kind) || len([]rune(name)) <= len([]rune(kind)) {
				continue
			}
			if file == "" {
				level, file = l, s.File
			}
			if l != level || s.File != file || seen[name] {
				continue
			}
			seen[name] = true
			items = append(items, listItem{strings.TrimSpace(h), s.N})
		}
	}
	// The headings in the report's order: "（一）", "（二）", …
	slices.SortStableFunc(items, func(a, b listItem) int { return markerOrder(a.text) - markerOrder(b.text) })
	return items, len(items) >= minKindHeadings
}

// sourceHeadings are a passage's section heading and the headings its
// text holds, each a line opening with an outline number, up to its first
// full stop ("（一）实施共富示范工程。完善…" → "（一）实施共富示范工程。").
func sourceHeadings(s Source) []string {
	out := []string{lastHeading(s.Section)}
	for _, line := range strings.Split(s.Text, "\n") {
		line = strings.TrimSpace(line)
		if l, _ := corpus.MarkerLevel(line); l < 0 {
			continue
		}
		if k := strings.Index(line, "。"); k >= 0 {
			line = line[:k+len("。")]
		}
		out = append(out, line)
	}
	return out
}
