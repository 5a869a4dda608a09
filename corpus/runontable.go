package corpus

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A statistical table copied from a PDF whose line ends were lost runs on
// inside a paragraph: its caption, its measures with their units, a year
// for each column, then every row's name glued to its numbers.
//
//	…卫生监督机构 130 个。表 1 医疗卫生机构及床位数机构数(个) 床位数(张)2015 年
//	2014 年 2015 年 2014 年总计 62646 61571 396450 355485医院 1172 1018 275831
//	247018公立医院 530 548 223145 211901…
//
// The years give the number of columns; the measures before them (each
// with its unit) share the columns in order, as many years to a measure.
// A row is a short name and exactly that many numbers. Rows may run on
// into the next line when the page numbered its lines ("4、") or broke a
// name ("社区卫生服务中心(站" / "4、) 674 666 …"); the first row that does
// not fit ends the table. The text stays a sentence too: the table is the
// part of a line, not whole lines.

// runonYears is the run of column years: "2015 年 2014 年 2015 年 2014 年".
var runonYears = regexp.MustCompile(`((?:19|20)\d\d)\s*年(?:\s*(?:19|20)\d\d\s*年)+`)

// runonYear is one year of the run.
var runonYear = regexp.MustCompile(`(?:19|20)\d\d`)

// runonMeasure is a measure with its unit right before the years:
// "机构数(个)", "床位数（张）".
var runonMeasure = regexp.MustCompile(`([\p{Han}]{2,10})\s*[（(]([^（()）\s]{1,3})[）)]\s*`)

// runonLineNumber is the number a page put before each of its lines, and
// a page number: "4、", "- 2 -".
var runonLineNumber = regexp.MustCompile(`^\s*(?:\d{1,3}、)?\s*(?:-\s*\d{1,3}\s*-)?\s*`)

// runonPageNumber is a page number inside a line: "- 2 -".
var runonPageNumber = regexp.MustCompile(`-\s*\d{1,3}\s*-`)

// maxRunonBytes bounds the text after a table's years that its rows are
// looked for in: a table of a page or two, not the rest of a long section
// for every run of years.
const maxRunonBytes = 16 << 10

// maxRunonRowName bounds a row's name ("其中:政府办", "社区卫生服务中心(站)").
const maxRunonRowName = 16

// runonTables finds the run-on tables of a section's lines.
func runonTables(work string, body []Span) []textTable {
	var out []textTable
	for i := 0; i < len(body); i++ {
		line := work[body[i].Start:body[i].End]
		for _, m := range runonYears.FindAllStringIndex(line, -1) {
			heads := runonHeads(line[:m[0]], runonYear.FindAllString(line[m[0]:m[1]], -1))
			if heads == nil {
				continue
			}
			s := newRunonStream(work, body[i:], body[i].Start+m[1])
			if t, ok := readRunonRows(s, heads); ok {
				out = append(out, t)
			}
		}
	}
	return out
}

// runonHeads names the columns: each measure before the years (the last
// ones, as many as divide the years) with its unit, each column's year
// before it ("2015年机构数(个)"); nil when the words before the years name
// no measure or the years do not divide among them.
func runonHeads(before string, years []string) []string {
	ms := runonMeasure.FindAllStringSubmatchIndex(before, -1)
	// The measures stand together right before the years.
	var measures []string
	end := len(before)
	for k := len(ms) - 1; k >= 0; k-- {
		m := ms[k]
		if strings.TrimSpace(before[m[1]:end]) != "" {
			break
		}
		measures = append([]string{measureName(before[m[2]:m[3]]) + "(" + before[m[4]:m[5]] + ")"}, measures...)
		end = m[0]
	}
	if len(measures) == 0 || len(years)%len(measures) != 0 {
		return nil
	}
	per := len(years) / len(measures)
	heads := make([]string, len(years))
	for k, y := range years {
		heads[k] = y + "年" + measures[k/per]
	}
	return heads
}

// measureName is a measure's own name when the caption runs into it:
// "医疗卫生机构及床位数机构数" → "机构数", the words after the last
// measure ending inside it.
func measureName(s string) string {
	r := []rune(s)
	for k := len(r) - 3; k >= 1; k-- {
		if strings.ContainsRune("数率额量", r[k]) {
			return string(r[k+1:])
		}
	}
	return s
}

// runonStream reads a run-on table across lines: its text, with each
// line's page numbering left out, and where each piece stands in work.
type runonStream struct {
	text   string
	starts []int // offset in text where each piece starts
	at     []int // where that piece starts in work
}

// newRunonStream starts at from (in the first line) and takes the lines
// after it, each without its page numbering.
func newRunonStream(work string, lines []Span, from int) *runonStream {
	s := &runonStream{}
	add := func(a, b int) {
		s.starts = append(s.starts, len(s.text))
		s.at = append(s.at, a)
		s.text += work[a:b]
	}
	add(from, lines[0].End)
	for _, l := range lines[1:] {
		if len(s.text) > maxRunonBytes {
			break
		}
		t := work[l.Start:l.End]
		skip := len(runonLineNumber.FindString(t))
		add(l.Start+skip, l.End)
	}
	return s
}

// span is where the text [a,b) of the stream stands in work (a piece's
// own offsets; a and b lie in one piece).
func (s *runonStream) span(a, b int) Span {
	k := len(s.starts) - 1
	for k > 0 && s.starts[k] > a {
		k--
	}
	return Span{s.at[k] + a - s.starts[k], s.at[k] + b - s.starts[k]}
}

// readRunonRows reads the rows after the years: a name and one number a
// column, for as long as rows fit; at least two rows make a table.
func readRunonRows(s *runonStream, heads []string) (textTable, bool) {
	t := textTable{}
	pos := 0
	for {
		row, next, ok := readRunonRow(s, pos, heads)
		if !ok {
			break
		}
		t.rows = append(t.rows, row)
		pos = next
	}
	return t, len(t.rows) >= 2
}

// readRunonRow reads one row from pos: its name (page numbers inside it
// left out), then len(heads) numbers apart by spaces.
func readRunonRow(s *runonStream, pos int, heads []string) ([]tableCell, int, bool) {
	text := s.text
	i := pos
	var name strings.Builder
	nameStart := -1
	for i < len(text) {
		if text[i] == '-' {
			if loc := runonPageNumber.FindStringIndex(text[i:min(len(text), i+12)]); loc != nil && loc[0] == 0 {
				i += loc[1]
				continue
			}
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsDigit(r) {
			break
		}
		if strings.ContainsRune("。，,；;！？", r) {
			return nil, 0, false
		}
		if nameStart < 0 && !unicode.IsSpace(r) {
			nameStart = i
		}
		if !unicode.IsSpace(r) {
			name.WriteRune(r)
		}
		i += n
	}
	nm := name.String()
	if nameStart < 0 || !hasHan(nm) || utf8.RuneCountInString(nm) > maxRunonRowName {
		return nil, 0, false
	}
	cells := []tableCell{{text: nm, span: s.span(nameStart, nameStart)}}
	for k, h := range heads {
		if k > 0 {
			j := i
			for j < len(text) && (text[j] == ' ' || text[j] == '\t') {
				j++
			}
			if j == i {
				return nil, 0, false
			}
			i = j
		}
		j := i
		for j < len(text) && (text[j] >= '0' && text[j] <= '9' || text[j] == '.') {
			j++
		}
		if j == i || j < len(text) && text[j] == '.' {
			return nil, 0, false
		}
		cells = append(cells, tableCell{head: h, text: text[i:j], span: s.span(i, j)})
		i = j
	}
	if i < len(text) {
		// The last number ends where the next row's name starts.
		if r, _ := utf8.DecodeRuneInString(text[i:]); r == '.' || r == '%' || unicode.IsDigit(r) {
			return nil, 0, false
		}
	}
	return cells, i, true
}
