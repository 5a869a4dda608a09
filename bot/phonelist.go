package bot

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/understand"
)

// phoneLine is a line of a list of numbers to ring, a body's name then its
// number: "肇源疾控:0459-8232328", "市120指挥中心：12345678".
var phoneLine = regexp.MustCompile(`(?m)^\s*(\p{Han}[\p{Han}()（）]{1,20})\s*[:：]\s*((?:0\d{2,3}\s*[-－—]\s*)?\d{7,8})\s*$`)

// listedPhone answers a question about a body's telephone from a list of
// numbers ("大庆肇源县疾控的电话": the line "肇源疾控:0459-8232328", not
// the list's first): the line whose name shares most words with the
// question. ok is false when no hit holds such a list or no line's name
// shares a word.
func listedPhone(hits []corpus.Hit, question string, n int) (string, Source, bool) {
	asked := bigrams(corpus.Normalize(question))
	bestScore, best := 0, -1
	var bestName, bestNumber string
	for i, h := range hits[:min(3, len(hits))] {
		for _, m := range phoneLine.FindAllStringSubmatch(corpus.SimplifyRunes(h.Text), -1) {
			name := m[1]
			if score := shared(asked, name); score > bestScore {
				bestScore, best, bestName, bestNumber = score, i, name, strings.Join(strings.Fields(m[2]), "")
			}
		}
	}
	if best < 0 {
		return "", Source{}, false
	}
	h := hits[best]
	return fmt.Sprintf("根据资料，%s的%s：%s [%d]。\n原文：“%s:%s”", bestName, understand.FieldPhone, bestNumber, n, bestName, bestNumber), sourceOf(h, n), true
}
