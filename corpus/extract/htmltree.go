package extract

import (
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/net/html"
)

// hnode is one node of the simplified document tree built by parseHTML:
// an element or a run of text. Only content-bearing elements are kept.
type hnode struct {
	tag       string   // lower-case element name; "" for text
	texts     []string // text of a text node, as tokenized (kept in pieces: joining as we go would be quadratic)
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
	"title": true, // the first <title> is captured separately
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
	// lineBreak records a <br> (or <hr>, or a stray </p>).
	lineBreak := func() {
		if f := top(); !f.dropped && elements < maxHTMLElements {
			f.node.kids = append(f.node.kids, &hnode{tag: "br"})
			elements++
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
					kids[k-1].texts = append(kids[k-1].texts, t)
				} else {
					f.node.kids = append(kids, &hnode{texts: []string{t}})
				}
			}

		case html.EndTagToken:
			name, _ := z.TagName()
			tag := string(name)
			switch tag {
			case "title":
				inTitle = false
				popTo(tag)
			case "html", "body":
				// Content after </body> still shows in browsers.
			case "br":
				lineBreak()
			case "p":
				if open["p"] == 0 {
					lineBreak()
				}
				popTo(tag)
			default:
				popTo(tag)
			}

		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			tag := string(name)
			var class, id string
			colspan, rowspan := 0, 0
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				// Browsers use the first of duplicate attributes.
				switch string(k) {
				case "class":
					if class == "" {
						class = string(v)
					}
				case "id":
					if id == "" {
						id = string(v)
					}
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
					continue
				}
				// Any later <title> is hidden: dropped below.
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
					lineBreak()
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
				classify(n, class+" "+id)
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
