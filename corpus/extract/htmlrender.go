package extract

import (
	"strings"
	"unicode"
)

// blockTags produce line breaks around their content.
var blockTags = map[string]bool{
	"p": true, "div": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true,
	"h6": true, "li": true, "ul": true, "ol": true, "dl": true, "dd": true, "dt": true,
	"tr": true, "td": true, "th": true, "section": true, "article": true, "main": true,
	"table": true, "blockquote": true, "pre": true, "address": true, "figure": true,
	"figcaption": true, "caption": true, "center": true, "form": true, "header": true,
	"footer": true, "fieldset": true, "legend": true, "details": true, "summary": true,
	"body": true, "hgroup": true, "thead": true, "tbody": true, "tfoot": true,
}

// isBlock reports whether tag starts a new line.
func isBlock(tag string) bool { return blockTags[tag] }

// countLetters sets n.letters for every node of the subtree, ignoring
// subtrees dropped by keep, and returns n.letters. The tree is at most
// maxHTMLDepth deep, so recursion is bounded.
func countLetters(n *hnode, keep func(*hnode) bool) int {
	if n.tag == "" {
		n.letters = 0
		for _, t := range n.texts {
			for _, r := range t {
				if unicode.IsLetter(r) || unicode.IsDigit(r) {
					n.letters++
				}
			}
		}
		return n.letters
	}
	total := 0
	for _, k := range n.kids {
		c := countLetters(k, keep)
		if keep(k) {
			total += c
		}
	}
	n.letters = total
	return total
}

// renderHTML selects the main content of the tree and renders it as lines.
func renderHTML(root *hnode, title string) string {
	// Soft boilerplate is dropped unless it wraps most of the page (an
	// ASP.NET page wraps everything in <form>).
	all := countLetters(root, func(*hnode) bool { return true })
	var dropped map[*hnode]bool
	markSoft(root, all, &dropped)
	keep := func(n *hnode) bool { return !dropped[n] }
	total := countLetters(root, keep)

	start := root
	if c := mainCandidate(root, total, keep); c != nil {
		start = c
	}

	budget := maxGridSpan
	r := &htmlRenderer{keep: keep, budget: &budget}
	r.render(start)
	r.flush()
	lines := r.lines
	if title != "" && !r.hasH1 && (len(lines) == 0 || lines[0] != title) {
		lines = append([]string{title}, lines...)
	}
	return strings.Join(lines, "\n")
}

// markSoft records in *dropped each soft node holding less than half of
// all letters; nodes inside a dropped node are not visited.
func markSoft(n *hnode, all int, dropped *map[*hnode]bool) {
	for _, k := range n.kids {
		if k.tag == "" {
			continue
		}
		if k.soft && k.letters*2 < all {
			if *dropped == nil {
				*dropped = map[*hnode]bool{}
			}
			(*dropped)[k] = true
			continue
		}
		markSoft(k, all, dropped)
	}
}

// mainCandidate returns the deepest content candidate holding more than
// half of the page's letters, widened to its ancestors while they add
// little text (a heading and date line just outside the content box), or
// nil when no candidate qualifies.
func mainCandidate(root *hnode, total int, keep func(*hnode) bool) *hnode {
	if total == 0 {
		return nil
	}
	var best *hnode
	var bestPath []*hnode
	path := []*hnode{}
	var walk func(n *hnode)
	walk = func(n *hnode) {
		path = append(path, n)
		defer func() { path = path[:len(path)-1] }()
		if n.candidate && n.letters*2 > total {
			best = n
			bestPath = append(bestPath[:0], path...)
		}
		for _, k := range n.kids {
			if k.tag != "" && keep(k) && k.letters*2 > total {
				walk(k) // at most one child holds more than half
			}
		}
	}
	walk(root)
	if best == nil {
		return nil
	}
	for i := len(bestPath) - 2; i >= 1; i-- {
		if float64(bestPath[i].letters) > float64(best.letters)*1.15 {
			break
		}
		best = bestPath[i]
	}
	return best
}

// htmlRenderer turns the tree into lines.
type htmlRenderer struct {
	keep     func(*hnode) bool
	lines    []string
	cur      strings.Builder
	pre      int  // depth of <pre> elements
	hasH1    bool // an <h1> was rendered
	hasTable bool // a <table> was rendered (for layout detection)
	budget   *int // grid allowance shared by the whole page (see maxGridSpan)
}

// flush ends the current line.
func (r *htmlRenderer) flush() {
	if r.cur.Len() == 0 {
		return
	}
	if line := collapseSpace(r.cur.String()); line != "" {
		r.lines = append(r.lines, line)
	}
	r.cur.Reset()
}

// render writes n and its subtree.
func (r *htmlRenderer) render(n *hnode) {
	if n.tag == "" {
		for _, t := range n.texts {
			if r.pre == 0 {
				r.cur.WriteString(t)
				continue
			}
			for i, p := range strings.Split(t, "\n") {
				if i > 0 {
					r.flush()
				}
				r.cur.WriteString(p)
			}
		}
		return
	}
	if !r.keep(n) {
		return
	}
	switch n.tag {
	case "br":
		r.flush()
		return
	case "table":
		r.flush()
		r.hasTable = true
		r.table(n)
		r.flush()
		return
	case "pre":
		r.pre++
		defer func() { r.pre-- }()
	case "h1":
		r.hasH1 = true
	case "td", "th":
		// A cell outside any table: separate it from its neighbours.
		r.cur.WriteByte(' ')
	}
	block := isBlock(n.tag)
	if block {
		r.flush()
	}
	for _, k := range n.kids {
		r.render(k)
	}
	if block {
		r.flush()
	}
}

// table renders a <table>: a data table through formatTable, a layout
// table (nested tables, cells with several paragraphs, or one column) as
// the plain lines of its cells.
func (r *htmlRenderer) table(t *hnode) {
	type cellLines struct {
		lines []string
	}
	var rows []tableRow
	var cells [][]cellLines
	layout := false
	width := 0

	addRow := func(tr *hnode, inHead bool) {
		var row tableRow
		var cl []cellLines
		allTH := true
		var addCells func(n *hnode)
		addCells = func(n *hnode) {
			for _, k := range n.kids {
				if k.tag == "" || !r.keep(k) {
					continue
				}
				if k.tag != "td" && k.tag != "th" {
					if k.tag != "table" && k.tag != "tr" {
						addCells(k) // wrappers such as <form> between tr and td
					}
					continue
				}
				sub := &htmlRenderer{keep: r.keep, budget: r.budget}
				for _, kk := range k.kids {
					sub.render(kk)
				}
				sub.flush()
				if sub.hasH1 {
					r.hasH1 = true
				}
				if sub.hasTable || len(sub.lines) >= 3 {
					layout = true
				}
				row.cells = append(row.cells, &tableCell{
					text:    strings.Join(sub.lines, " "),
					colspan: k.colspan,
					rowspan: k.rowspan,
				})
				cl = append(cl, cellLines{sub.lines})
				if !k.th {
					allTH = false
				}
			}
		}
		addCells(tr)
		if len(row.cells) == 0 {
			return
		}
		row.header = inHead || allTH
		width = max(width, len(row.cells))
		rows = append(rows, row)
		cells = append(cells, cl)
	}

	var walk func(n *hnode, inHead bool)
	walk = func(n *hnode, inHead bool) {
		var loose *hnode // td/th directly under table/tbody: an implied row
		for _, k := range n.kids {
			if k.tag == "" || !r.keep(k) {
				continue
			}
			switch k.tag {
			case "tr":
				if loose != nil {
					addRow(loose, inHead)
					loose = nil
				}
				addRow(k, inHead || n.tag == "thead")
			case "thead":
				walk(k, true)
			case "tbody", "tfoot":
				walk(k, false)
			case "td", "th":
				if loose == nil {
					loose = &hnode{tag: "tr"}
				}
				loose.kids = append(loose.kids, k)
			case "caption":
				sub := &htmlRenderer{keep: r.keep, budget: r.budget}
				sub.render(k)
				sub.flush()
				r.lines = append(r.lines, sub.lines...)
			case "table":
				r.table(k)
			default:
				if hasRows(k) {
					walk(k, inHead) // wrappers such as <form> around rows
				} else {
					// Content misplaced inside a table shows before it in
					// browsers; keep it as ordinary lines.
					sub := &htmlRenderer{keep: r.keep, budget: r.budget}
					sub.render(k)
					sub.flush()
					r.lines = append(r.lines, sub.lines...)
				}
			}
		}
		if loose != nil {
			addRow(loose, inHead)
		}
	}
	walk(t, false)

	if layout || width == 1 {
		for _, cl := range cells {
			for _, c := range cl {
				r.lines = append(r.lines, c.lines...)
			}
		}
		return
	}
	r.lines = append(r.lines, formatTable(rows, r.budget)...)
}

// hasRows reports whether n's subtree holds a row or cell of the current
// table (nested tables excluded).
func hasRows(n *hnode) bool {
	for _, k := range n.kids {
		switch k.tag {
		case "tr", "td", "th":
			return true
		case "", "table":
			continue
		}
		if hasRows(k) {
			return true
		}
	}
	return false
}
