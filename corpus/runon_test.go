package corpus

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// A run-on sentence is cut into pieces the figure extractor reads one at a
// time: none longer than maxPieceBytes, together the whole sentence, cut
// after a clause mark where there is one and never inside a number; a
// sentence of a real report is its own only piece.
func TestSentencePieces(t *testing.T) {
	unit := "2023年全县家庭医生签约率达到50.2%比2022年提高3.1个百分点新建村衛生室12个"
	for _, c := range []struct {
		name, text string
		afterMark  bool // every cut follows a clause mark
	}{
		{"run-on", strings.Repeat(unit, 3000), false},
		{"clauses", strings.Repeat(unit+"，", 3000), true},
		{"digits", strings.Repeat("1234567890", 10000), false},
		{"real", strings.Repeat(unit+"，", 20), false},
	} {
		t.Run(c.name, func(t *testing.T) {
			text := "前文。" + c.text + "。后文"
			s := Span{len("前文。"), len("前文。") + len(c.text)}
			pieces := sentencePieces(text, s)
			if len(c.text) <= maxPieceBytes {
				if len(pieces) != 1 || pieces[0] != s {
					t.Fatalf("a sentence of %d bytes was cut: %v", len(c.text), pieces)
				}
				return
			}
			if len(pieces) < 2 {
				t.Fatalf("a sentence of %d bytes is one piece", len(c.text))
			}
			at := s.Start
			for i, p := range pieces {
				if p.Len() > maxPieceBytes || p.Len() == 0 {
					t.Errorf("piece %d is %d bytes", i, p.Len())
				}
				if strings.TrimSpace(text[at:p.Start]) != "" {
					t.Errorf("piece %d leaves out %q", i, text[at:p.Start])
				}
				if !utf8.ValidString(text[p.Start:p.End]) {
					t.Errorf("piece %d cuts a character", i)
				}
				if i > 0 {
					before, _ := utf8.DecodeLastRuneInString(text[:p.Start])
					after, _ := utf8.DecodeRuneInString(text[p.Start:])
					if c.afterMark && !strings.ContainsRune(clauseMarks, before) {
						t.Errorf("piece %d opens after %q, not after a clause mark", i, before)
					}
					if c.name != "digits" && isNumberRune(before) && isNumberRune(after) {
						t.Errorf("piece %d cuts a number: %q|%q", i, before, after)
					}
				}
				at = p.End
			}
			if at != s.End {
				t.Errorf("the pieces end at %d, the sentence at %d", at, s.End)
			}
		})
	}
}
