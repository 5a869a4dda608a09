package bot

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// ownCitation is a source number the extractive answers write ("[2]").
var ownCitation = regexp.MustCompile(`\[(\d+)\]`)

// mergeAnswers puts several answers one after the other, each text after its
// label, their sources and figures numbered in one sequence. An answer that
// says again, under the same label, word for word what an earlier one said
// (two parts of a question that found only the same passages) is left out
// with its sources.
func mergeAnswers(labels []string, answers []Answer) Answer {
	out := Answer{Mode: ModeExtractive, Sources: []Source{}, Figures: []FigureRow{}}
	texts := make([]string, 0, len(answers))
	said := map[string]bool{}
	for i, a := range answers {
		if i == 0 && a.Mode != "" {
			out.Mode = a.Mode
		}
		uncited := labels[i] + ownCitation.ReplaceAllString(a.Text, "[]")
		if said[uncited] {
			continue
		}
		said[uncited] = true
		offset := len(out.Sources)
		text := ownCitation.ReplaceAllStringFunc(a.Text, func(m string) string {
			n, _ := strconv.Atoi(m[1 : len(m)-1])
			return fmt.Sprintf("[%d]", n+offset)
		})
		texts = append(texts, labels[i]+text)
		for _, s := range a.Sources {
			s.N += offset
			out.Sources = append(out.Sources, s)
		}
		for _, r := range a.Figures {
			r.Source += offset
			out.Figures = append(out.Figures, r)
		}
		out.Warnings = append(out.Warnings, a.Warnings...)
	}
	out.Text = strings.Join(texts, "\n\n")
	return out
}
