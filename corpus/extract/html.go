package extract

import (
	"bytes"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// readHTML decodes an HTML page and returns its main text and the charset
// used to decode it.
func readHTML(data []byte) (string, string, error) {
	src, enc, err := decodeHTML(data)
	if err != nil {
		return "", "", err
	}
	root, title := parseHTML(src)
	return renderHTML(root, title), enc, nil
}

// decodeHTML turns the page bytes into UTF-8. A BOM wins, then a charset
// declared in a <meta> tag, then DecodeText's detection. A declaration that
// contradicts the bytes (a page declared gb2312 but saved as UTF-8, or
// declared UTF-8 but not valid UTF-8) is overridden, as browsers' users
// would otherwise see mojibake.
func decodeHTML(data []byte) (string, string, error) {
	if bytes.HasPrefix(data, []byte{0xef, 0xbb, 0xbf}) ||
		bytes.HasPrefix(data, []byte{0xff, 0xfe}) || bytes.HasPrefix(data, []byte{0xfe, 0xff}) {
		return decodeRaw(data)
	}
	if r := binaryReason(data); r != "" {
		return "", "", skipf("%s", r)
	}
	label := metaCharset(data)
	if label == "" {
		return decodeRaw(data)
	}
	e, name := charset.Lookup(label)
	if e == nil {
		return decodeRaw(data)
	}
	switch name {
	case "utf-8", "utf-16le", "utf-16be":
		// A meta tag cannot really declare UTF-16 (the meta itself would
		// not be readable); browsers treat it as UTF-8.
		if utf8.Valid(data) {
			return string(data), encUTF8, nil
		}
		return decodeRaw(data)
	}
	if utf8.Valid(data) && hasHighBit(data) {
		return string(data), encUTF8, nil
	}
	switch name {
	case "gbk", "gb18030":
		return decodeWith(simplifiedchinese.GB18030, data), encGB18030, nil
	case "big5":
		return decodeWith(traditionalchinese.Big5, data), encBig5, nil
	}
	return decodeWith(e, data), name, nil
}

// hasHighBit reports whether b has any byte >= 0x80.
func hasHighBit(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return true
		}
	}
	return false
}

// metaScanLimit is how far into the page metaCharset looks. The HTML
// standard says 1024 bytes, but saved Chinese pages often put the meta tag
// after long scripts.
const metaScanLimit = 64 << 10

// metaCharset returns the charset label declared by <meta charset> or
// <meta http-equiv="Content-Type" content="...; charset=...">, or "".
func metaCharset(data []byte) string {
	if len(data) > metaScanLimit {
		data = data[:metaScanLimit]
	}
	z := html.NewTokenizer(bytes.NewReader(data))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			switch string(name) {
			case "body":
				return ""
			case "meta":
			default:
				continue
			}
			var cs, content string
			httpEquiv := false
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				switch string(k) {
				case "charset":
					cs = string(v)
				case "content":
					content = string(v)
				case "http-equiv":
					httpEquiv = strings.EqualFold(strings.TrimSpace(string(v)), "content-type")
				}
			}
			if cs = strings.TrimSpace(cs); cs != "" {
				return cs
			}
			if httpEquiv || content != "" {
				if cs := charsetFromContentType(content); cs != "" {
					return cs
				}
			}
		}
	}
}

// charsetFromContentType extracts the charset parameter from a
// Content-Type value such as "text/html; charset=gb2312".
func charsetFromContentType(ct string) string {
	i := strings.Index(strings.ToLower(ct), "charset")
	if i < 0 {
		return ""
	}
	rest := strings.TrimLeft(ct[i+len("charset"):], " \t")
	if !strings.HasPrefix(rest, "=") {
		return ""
	}
	rest = strings.Trim(strings.TrimLeft(rest[1:], " \t"), `"' `)
	if j := strings.IndexAny(rest, `;"' `); j >= 0 {
		rest = rest[:j]
	}
	return rest
}

// hnode is one node of the simplified document tree built by parseHTML:
// an element or a run of text. Only content-bearing elements are kept.
type hnode struct {
	tag       string // lower-case element name; "" for text
	text      string // text of a text node
	kids      []*hnode
	soft      bool // boilerplate by class/id (or <form>, <header>, <footer>): dropped unless it wraps most of the text
	candidate bool // likely main-content container (<article>, <main>, class/id "content", ...)
	th        bool // <th> cell
	colspan   int
	rowspan   int
	letters   int // letters and digits in the subtree, set by countLetters
}

// maxHTMLDepth caps the depth of the tree parseHTML builds: deeper elements
// are flattened into their ancestor at this depth, so hostile nesting
// (100,000 levels) costs neither stack nor quadratic time.
const maxHTMLDepth = 256

// maxHTMLElements caps the elements parseHTML keeps (about 150 bytes
// each); text of further elements joins the current element.
const maxHTMLElements = 1 << 20

// hardDrop lists elements whose content is never document text.
var hardDrop = map[string]bool{
	"script": true, "style": true, "noscript": true, "iframe": true, "svg": true,
	"math": true, "canvas": true, "object": true, "template": true, "head": true,
	"button": true, "select": true, "textarea": true, "nav": true, "aside": true,
	"frameset": true, "noembed": true, "noframes": true, "dialog": true,
}

// headTags may appear inside <head>; any other start tag ends it.
var headTags = map[string]bool{
	"meta": true, "link": true, "title": true, "style": true, "script": true,
	"base": true, "noscript": true, "template": true, "basefont": true, "bgsound": true,
}

// voidElements have no end tag.
var voidElements = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true,
	"img": true, "input": true, "link": true, "meta": true, "param": true,
	"source": true, "track": true, "wbr": true, "keygen": true, "basefont": true,
	"bgsound": true, "frame": true, "image": true,
}

// boilerTokens are class/id words marking page furniture.
var boilerTokens = map[string]bool{
	"nav": true, "navbar": true, "menu": true, "breadcrumb": true, "breadcrumbs": true,
	"crumb": true, "crumbs": true, "share": true, "footer": true, "header": true,
	"sidebar": true, "comment": true, "comments": true, "copyright": true, "ad": true,
	"ads": true, "advert": true, "banner": true, "related": true, "recommend": true,
	"login": true, "toolbar": true, "pager": true, "pagination": true,
}

// contentTokens are class/id words marking the main content.
var contentTokens = map[string]bool{
	"content": true, "article": true, "main": true, "zoom": true, "detail": true,
}

// attrTokens splits a class or id value into lower-case words on
// spaces, '-' and '_' and at camelCase boundaries ("newsContent" gives
// "news", "content").
func attrTokens(v string) []string {
	var out []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			out = append(out, strings.ToLower(string(cur)))
			cur = cur[:0]
		}
	}
	var prev rune
	for _, r := range v {
		switch {
		case r == '-' || r == '_' || unicode.IsSpace(r):
			flush()
		case unicode.IsUpper(r) && unicode.IsLower(prev):
			flush()
			cur = append(cur, r)
		default:
			cur = append(cur, r)
		}
		prev = r
	}
	flush()
	return out
}

// classify sets soft and candidate on n from its class and id.
func classify(n *hnode, classID string) {
	lower := strings.ToLower(classID)
	if strings.Contains(lower, "trs_editor") { // TRS CMS, used by most Chinese government sites
		n.candidate = true
	}
	for _, t := range attrTokens(classID) {
		if boilerTokens[t] {
			n.soft = true
		}
		if contentTokens[t] {
			n.candidate = true
		}
	}
}

// frame is an open element during parsing.
type frame struct {
	tag     string
	node    *hnode // nil when dropped
	dropped bool
}

// parseHTML builds a simplified tree from src with the streaming tokenizer
// and an explicit stack of open elements. It drops non-content elements as
// it goes, applies the common implied end tags (p, li, td, tr, ...), and
// returns the <title> text.
func parseHTML(src string) (*hnode, string) {
	root := &hnode{tag: "#root"}
	stack := []frame{{tag: "#root", node: root}}
	open := map[string]int{} // open element counts by tag, for O(1) end-tag matching
	var title strings.Builder
	inTitle, haveTitle := false, false
	elements := 0

	push := func(f frame) {
		stack = append(stack, f)
		open[f.tag]++
	}
	pop := func() {
		f := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		open[f.tag]--
	}
	// popTo pops up to and including the nearest open tag.
	popTo := func(tag string) {
		if open[tag] == 0 {
			return
		}
		for len(stack) > 1 {
			t := stack[len(stack)-1].tag
			pop()
			if t == tag {
				return
			}
		}
	}
	// closeImplied pops to the nearest open element in tags if it lies
	// within the last few levels and no barrier element comes first.
	closeImplied := func(tags []string, barriers ...string) {
		for i, n := len(stack)-1, 0; i > 0 && n < 32; i, n = i-1, n+1 {
			t := stack[i].tag
			for _, b := range barriers {
				if t == b {
					return
				}
			}
			for _, want := range tags {
				if t == want {
					for len(stack) > i {
						pop()
					}
					return
				}
			}
		}
	}
	top := func() frame { return stack[len(stack)-1] }
	appendNode := func(n *hnode) {
		if f := top(); !f.dropped {
			f.node.kids = append(f.node.kids, n)
		}
	}

	z := html.NewTokenizer(strings.NewReader(src))
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return root, collapseSpace(title.String())

		case html.TextToken:
			if inTitle {
				title.Write(z.Text())
				continue
			}
			if top().tag == "head" && strings.TrimSpace(string(z.Text())) != "" {
				popTo("head") // text implies the body started
			}
			if f := top(); !f.dropped {
				t := string(z.Text())
				kids := f.node.kids
				if k := len(kids); k > 0 && kids[k-1].tag == "" {
					kids[k-1].text += t
				} else {
					f.node.kids = append(kids, &hnode{text: t})
				}
			}

		case html.EndTagToken:
			name, _ := z.TagName()
			tag := string(name)
			switch tag {
			case "title":
				inTitle = false
			case "html", "body":
				// Content after </body> still shows in browsers.
			case "br":
				appendNode(&hnode{tag: "br"})
			case "p":
				if open["p"] == 0 {
					appendNode(&hnode{tag: "br"})
				}
				popTo(tag)
			default:
				popTo(tag)
			}

		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			tag := string(name)
			var classID string
			colspan, rowspan := 0, 0
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				switch string(k) {
				case "class", "id":
					classID += " " + string(v)
				case "colspan":
					colspan = atoiSpan(v)
				case "rowspan":
					rowspan = atoiSpan(v)
				}
			}

			if top().tag == "head" && !headTags[tag] {
				popTo("head") // a body element implies the body started
			}
			switch tag {
			case "title":
				if !haveTitle && open["svg"] == 0 && tt == html.StartTagToken {
					inTitle, haveTitle = true, true
				}
				continue
			case "html":
				continue
			case "body":
				popTo("head")
				continue
			case "li":
				closeImplied([]string{"li"}, "ul", "ol", "menu", "table")
			case "dt", "dd":
				closeImplied([]string{"dt", "dd"}, "dl", "table")
			case "tr":
				closeImplied([]string{"tr"}, "table", "thead", "tbody", "tfoot")
			case "td", "th":
				closeImplied([]string{"td", "th"}, "tr", "table")
			case "thead", "tbody", "tfoot":
				closeImplied([]string{"thead", "tbody", "tfoot"}, "table")
			case "option":
				closeImplied([]string{"option"}, "select")
			}
			if isBlock(tag) && tag != "li" && tag != "td" && tag != "th" && tag != "tr" {
				closeImplied([]string{"p"}, "td", "th", "table", "li", "button")
			}

			if voidElements[tag] || tt == html.SelfClosingTagToken {
				if tag == "br" || tag == "hr" {
					appendNode(&hnode{tag: "br"})
				}
				continue
			}
			if len(stack) >= maxHTMLDepth || elements >= maxHTMLElements {
				// Too deep or too many: flatten into the current element.
				continue
			}
			parent := top()
			f := frame{tag: tag, dropped: parent.dropped || hardDrop[tag]}
			if !f.dropped {
				n := &hnode{tag: tag, colspan: colspan, rowspan: rowspan, th: tag == "th"}
				classify(n, classID)
				switch tag {
				case "body", "main", "article":
					n.soft = false
					n.candidate = tag != "body"
				case "form":
					n.soft = true
				case "header", "footer":
					// Headers of an article hold its title; page headers do not.
					n.soft = open["article"]+open["main"] == 0
				}
				parent.node.kids = append(parent.node.kids, n)
				f.node = n
				elements++
			}
			push(f)
		}
	}
}

// atoiSpan parses a colspan/rowspan value, clamped to [1, 1000].
func atoiSpan(v []byte) int {
	n, err := strconv.Atoi(strings.TrimSpace(string(v)))
	if err != nil || n < 1 {
		return 1
	}
	return min(n, maxTableRowspan)
}

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
		for _, r := range n.text {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				n.letters++
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
		if r.pre > 0 {
			parts := strings.Split(n.text, "\n")
			for i, p := range parts {
				if i > 0 {
					r.flush()
				}
				r.cur.WriteString(p)
			}
			return
		}
		r.cur.WriteString(n.text)
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
