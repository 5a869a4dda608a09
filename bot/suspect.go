package bot

import (
	"fmt"
	"strings"

	"github.com/healthbot/healthbot/corpus"
)

// Poisoned documents: passages holding an instruction aimed at a language
// model (corpus.FindInjection, marked at ingest) are data, never the only
// support of a figure. Offline, the figure look-up puts their figures after
// the others and warns about each; with an LLM they are fenced as data in
// the prompt, and a number of the reply found only in them is warned about.

// suspectNote ends the warning about a figure only a suspect passage gives.
const suspectNote = "该数字仅见于含可疑指令的资料，请核实。"

// suspectLast keeps the order of the candidates but puts the figures of
// suspect passages after all the others.
func suspectLast(cands []figureCandidate) []figureCandidate {
	var clean, suspect []figureCandidate
	for _, c := range cands {
		if c.hit.Figure.Suspect {
			suspect = append(suspect, c)
		} else {
			clean = append(clean, c)
		}
	}
	return append(clean, suspect...)
}

// suspectFigureWarnings warns about each figure shown that only suspect
// passages give: no figure of a clean passage has its value and unit.
func suspectFigureWarnings(cands []figureCandidate) []string {
	clean := map[string]bool{}
	for _, c := range cands {
		if f := c.hit.Figure; !f.Suspect && !f.Missing {
			clean[f.Raw+f.Unit] = true
		}
	}
	var out []string
	for i, c := range cands {
		f := c.hit.Figure
		if f.Suspect && !f.Missing && !clean[f.Raw+f.Unit] {
			out = append(out, fmt.Sprintf("%s%s [%d]：%s", f.Raw, f.Unit, i+1, suspectNote))
		}
	}
	return out
}

// suspectNumberWarning names the numbers of generated text that appear in
// suspect sources only (not in a clean source nor in the request).
func suspectNumberWarning(text string, sources []Source, request string) string {
	only := suspectOnlyNumbers(text, sources, request)
	if len(only) == 0 {
		return ""
	}
	return "数字" + strings.Join(only, "、") + "：" + suspectNote
}

// suspectOnlyNumbers are the numbers of generated text (without their
// thousands commas) that appear in suspect sources only, in order, each
// once.
func suspectOnlyNumbers(text string, sources []Source, request string) []string {
	var clean, suspect strings.Builder
	for _, s := range sources {
		t := strings.ReplaceAll(corpus.Normalize(s.Text), ",", "") + "\n"
		if s.Suspect {
			suspect.WriteString(t)
		} else {
			clean.WriteString(t)
		}
	}
	if suspect.Len() == 0 {
		return nil
	}
	clean.WriteString(corpus.Normalize(request))
	var only []string
	seen := map[string]bool{}
	for _, loc := range number.FindAllStringIndex(text, -1) {
		if insideCitation(text, loc[0]) {
			continue
		}
		n := strings.ReplaceAll(text[loc[0]:loc[1]], ",", "")
		if seen[n] || isListNumber(text, loc) || containsNumber(clean.String(), n) || !containsNumber(suspect.String(), n) {
			continue
		}
		seen[n] = true
		only = append(only, n)
	}
	return only
}

// suspectSourceWarning warns when an answer shows a suspect passage and
// nothing else in it says so yet.
func suspectSourceWarning(a Answer) []string {
	var ns []string
	for _, s := range a.Sources {
		if s.Suspect {
			ns = append(ns, fmt.Sprintf("[%d]", s.N))
		}
	}
	if len(ns) == 0 || strings.Contains(strings.Join(a.Warnings, "\n"), suspectNote) {
		return nil
	}
	return []string{"资料" + strings.Join(ns, "") + "含有疑似针对模型的指令，仅作原文展示，其中的数字请核实。"}
}
