package corpus

import (
	"crypto/sha256"
	"encoding/hex"
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
	if !utf8.ValidString(text) {
		// Readers always decode to UTF-8; text from elsewhere is repaired so
		// every span and quote is valid.
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	text = unwrap(text) // PDF text: lines cut at the page's width joined into paragraphs
	doc := Document{File: file, Text: text, Format: formatOf(file), Encoding: "utf-8"}
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
	for i, p := range splitReports(work) {
		rep := buildReport(&doc, work, p, i+1, meta)
		describeReport(work, &rep, meta)
		head := rep.Span
		if rep.Ordinal == 1 {
			head.Start = 0 // a page's header stands above its first report
		}
		rep.Source, rep.Published = publication(text, head)
		rep.Chunks = buildChunks(&doc, work, &rep, opts.ChunkRunes, seen)
		rep.Figures = extractFigures(work, &rep)
		assignPlaces(work, &rep)
		doc.Reports = append(doc.Reports, rep)
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
