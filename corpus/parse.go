package corpus

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"unicode/utf8"
)

// Options tune how documents are cut up.
type Options struct {
	ChunkRunes int // upper bound of a chunk in runes; DefaultChunkRunes when 0
}

// Parse understands one document's text: it removes boilerplate, splits the
// reports, outlines them, cuts chunks and extracts figures. file names the
// document in results; meta holds what staff set by hand (zero for none).
// Parse never fails: text it cannot structure becomes one plain report.
func Parse(file, text string, meta Meta, opts Options) Document {
	return parse(file, text, meta, opts, nil)
}

// ParseBounded is Parse within a memory budget of maxBytes (0: none): the
// bytes the document and its index will hold, counted as the parse makes
// them (budget.go). A parse that passes it stops there and gives a
// *SkipError saying so.
func ParseBounded(file, text string, meta Meta, opts Options, maxBytes int64) (Document, error) {
	b := &budget{limit: maxBytes}
	doc := parse(file, text, meta, opts, b)
	if b.over() {
		chunks, figures := 0, 0
		for _, r := range doc.Reports {
			chunks += len(r.Chunks)
			figures += len(r.Figures)
		}
		return Document{}, overBudget(b, fmt.Sprintf("%s of text gave %d passages and %d figures before it stopped", sizeText(len(text)), chunks, figures))
	}
	return doc, nil
}

// parse is Parse, stopping early once b (nil: none) is exceeded.
func parse(file, text string, meta Meta, opts Options, b *budget) Document {
	if !utf8.ValidString(text) {
		// Readers always decode to UTF-8; text from elsewhere is repaired so
		// every span and quote is valid.
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	text = unwrap(text)        // PDF text: lines cut at the page's width joined into paragraphs
	text = joinOpenLines(text) // "…提质工程、\n中医药…": a list cut into lines for phones
	text = dropPinyinNotes(text)
	text = joinDigitGroups(text)        // "7 401 人": one number
	text = joinSpacedNumbers(text)      // "增至 7.86 万张": one value
	text = splitTitleCredits(text)      // "…接种工作 作者:本通 时间:2021-06-23": the headline, then its credits
	text = joinProseSpaces(text)        // "城、乡 居民健康素养水平": one word
	text = joinCellStreams(text)        // a table of words one cell a line: a row a line
	text = splitRunTogetherTables(text) // "指标区医院区中医院…8.95天8.76天": a row a line
	doc := Document{File: file, Text: text, Format: formatOf(file), Encoding: "utf-8"}
	if b.charge(textCopies * int64(len(text))) {
		return doc
	}
	sum := sha256.Sum256([]byte(text))
	doc.Hash = hex.EncodeToString(sum[:])
	work, _ := cleanText(text)
	if doc.Format == "md" {
		if yml, span, ok := frontMatter(work); ok {
			fm, err := parseMeta([]byte(yml))
			if err != nil {
				doc.Warnings = append(doc.Warnings, "ignored front matter: "+err.Error())
			} else {
				meta = fm.merge(meta) // the sidecar wins over front matter
			}
			work = blank(work, span)
		}
	}
	doc.Access = meta.Access
	seen := map[string]int{}
	// The editor's line that ends a news article is blanked in work as
	// page furniture; its offset is the same in text.
	end := articleEnd(text)
	parts := splitReports(work)
	for i, p := range parts {
		rep := buildReport(&doc, work, p, i+1, meta)
		head := rep.Span
		if rep.Ordinal == 1 {
			head.Start = 0 // a page's header stands above its first report
		}
		if i == len(parts)-1 {
			head.End = len(text) // and its credit line may stand below the last, blanked from its span
		}
		rep.Source, rep.Published = publication(text, head)
		describeReport(work, &rep, meta, end)
		rep.Chunks = buildChunks(&doc, work, &rep, opts.ChunkRunes, seen, b)
		planned := datePlanParagraphs(work, &rep)
		rep.Figures = extractFigures(work, &rep, b)
		datePlanTargets(&rep, planned)
		dateAssessedScores(work, &rep)
		markTargetColumns(work, &rep)
		doc.Reports = append(doc.Reports, rep)
		if b.over() {
			return doc
		}
		assignPlaces(work, &doc.Reports[len(doc.Reports)-1])
	}
	markInjections(&doc)
	return doc
}

// blank replaces the bytes of the spans with spaces (newlines stay), so
// every offset into text is still an offset into the result.
func blank(text string, spans ...Span) string {
	if len(spans) == 0 {
		return text
	}
	b := []byte(text)
	for _, s := range spans {
		for i := s.Start; i < s.End; i++ {
			if b[i] != '\n' {
				b[i] = ' '
			}
		}
	}
	return string(b)
}

// formatOf names a file's format by its extension.
func formatOf(file string) string {
	for i := len(file) - 1; i >= 0 && file[i] != '/'; i-- {
		if file[i] == '.' {
			switch ext := lower(file[i+1:]); ext {
			case "htm":
				return "html"
			case "markdown":
				return "md"
			case "text":
				return "txt"
			default:
				return ext
			}
		}
	}
	return "txt"
}

func lower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
