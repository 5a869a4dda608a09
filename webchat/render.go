package webchat

import (
	"sort"
	"strings"

	"github.com/healthbot/healthbot/bot"
	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/internal/chatkit"
)

// quoteRunes is the most of a source's passage shown.
const quoteRunes = 300

// answerView is an answer as the page draws it. Every string is plain
// text: the page puts it in as text, never as markup.
type answerView struct {
	ID         string       `json:"id"`                   // for 👍/👎; "" when there is nothing to rate
	Understood string       `json:"understood,omitempty"` // the question as understood, when a follow-up was made whole
	Intent     string       `json:"intent"`
	Mode       string       `json:"mode"`
	Text       string       `json:"text"` // Markdown-light: lines, numbered lists, tables, [n] citations
	Warnings   []string     `json:"warnings"`
	Offline    bool         `json:"offline"` // made of the sources' own sentences, no LLM
	Figures    []figureView `json:"figures"`
	Chart      *chartView   `json:"chart,omitempty"` // a trend's figures by year
	Sources    []sourceView `json:"sources"`
	Draft      bool         `json:"draft"` // a draft: the page offers to copy it
}

// figureView is one row of the figures table.
type figureView struct {
	Label  string `json:"label"`
	Value  string `json:"value"` // qualifier, number and unit, or （原文空白）
	Year   string `json:"year"`
	Kind   string `json:"kind"`   // 实际 or 目标
	Source int    `json:"source"` // the source's n, 0 if none
}

// chartView is a trend for the page to draw: one series per kind.
type chartView struct {
	Title  string       `json:"title"`
	Unit   string       `json:"unit"`
	Series []seriesView `json:"series"`
}

// seriesView is one line of the chart.
type seriesView struct {
	Name   string      `json:"name"` // 实际完成 or 计划目标
	Points []pointView `json:"points"`
}

// pointView is one year's value.
type pointView struct {
	Year  int     `json:"year"`
	Value float64 `json:"value"`
}

// sourceView is a cited source with the sentence quoted from it.
type sourceView struct {
	N       int    `json:"n"`
	Title   string `json:"title"`
	Year    string `json:"year"`
	Kind    string `json:"kind"`
	Section string `json:"section"`
	Quote   string `json:"quote"`
	Suspect bool   `json:"suspect"`
}

// render is the view of answer a to the question asked, rated by id.
func render(a bot.Answer, asked, id string) answerView {
	v := answerView{
		Intent: string(a.Intent), Mode: a.Mode, Text: strings.TrimSpace(a.Text),
		Warnings: append([]string{}, a.Warnings...),
		Offline:  a.Mode == bot.ModeExtractive && a.Intent != bot.IntentHelp && len(a.Sources) > 0,
		Figures:  []figureView{}, Sources: []sourceView{},
		Draft: a.Intent == bot.IntentDraft,
	}
	if a.Intent != bot.IntentHelp {
		v.ID = id
	}
	if a.Question != "" && a.Question != bot.CleanRequest(asked) && a.Intent != bot.IntentHelp {
		v.Understood = chatkit.TruncateRunes(a.Question, 500)
	}
	if a.Intent == bot.IntentTrend {
		v.Chart = chart(a.Figures)
	} else {
		for _, r := range a.Figures {
			v.Figures = append(v.Figures, figureView{
				Label: r.Label, Value: chatkit.FigureValue(r), Year: chatkit.RowYear(r), Kind: chatkit.FigureKind(r), Source: r.Source,
			})
		}
	}
	for _, s := range a.Sources {
		v.Sources = append(v.Sources, sourceView{
			N: s.N, Title: s.Title, Year: chatkit.Year(s.Year), Kind: chatkit.KindName(s.Kind),
			Section: chatkit.LastSection(s.Section), Quote: chatkit.TruncateRunes(strings.TrimSpace(s.Text), quoteRunes),
			Suspect: s.Suspect,
		})
	}
	return v
}

// chart is a trend's figures by year in the unit most of them share: the
// results and the targets as two series, one value a year (the first
// given). Nil when no figure has a year and a value.
func chart(rows []bot.FigureRow) *chartView {
	units := map[string]int{}
	for _, r := range rows {
		if r.Value != nil && r.Year > 0 {
			units[r.Unit]++
		}
	}
	if len(units) == 0 {
		return nil
	}
	unit, most := "", 0
	for u, n := range units {
		if n > most || n == most && u < unit {
			unit, most = u, n
		}
	}
	c := &chartView{Unit: unit}
	for _, kind := range []corpus.Kind{corpus.KindSummary, corpus.KindPlan} {
		s := seriesView{Name: "实际完成", Points: []pointView{}}
		if kind == corpus.KindPlan {
			s.Name = "计划目标"
		}
		seen := map[int]bool{}
		for _, r := range rows {
			if r.Value == nil || r.Year <= 0 || r.Unit != unit || (r.Kind == corpus.KindPlan) != (kind == corpus.KindPlan) || seen[r.Year] {
				continue
			}
			seen[r.Year] = true
			if c.Title == "" {
				c.Title = r.Label
			}
			s.Points = append(s.Points, pointView{Year: r.Year, Value: *r.Value})
		}
		sort.Slice(s.Points, func(i, j int) bool { return s.Points[i].Year < s.Points[j].Year })
		if len(s.Points) > 0 {
			c.Series = append(c.Series, s)
		}
	}
	return c
}
