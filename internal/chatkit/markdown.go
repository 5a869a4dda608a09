package chatkit

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/healthbot/healthbot/bot"
	"github.com/healthbot/healthbot/corpus"
)

// MarkdownOptions say how an answer is drawn in a chat that reads Markdown
// (DingTalk, Feishu).
type MarkdownOptions struct {
	Asked  string // what the person typed, to show how a follow-up was understood
	Tables bool   // the chat draws Markdown tables; else figures and tables become lists
	Quote  int    // runes of a source's quoted sentence (default 160)
}

// Markdown is an answer as Markdown: a note on how a follow-up was
// understood, the text, figures as a table (or a list), ⚠ warnings, the
// offline note, then the sources with their quoted sentences. Citations [n]
// are kept as written.
func Markdown(a bot.Answer, o MarkdownOptions) string {
	if o.Quote <= 0 {
		o.Quote = 160
	}
	var b strings.Builder
	if o.Asked != "" && a.Question != "" && a.Question != bot.CleanRequest(o.Asked) && a.Intent != bot.IntentHelp {
		fmt.Fprintf(&b, "> 理解为：%s\n\n", TruncateRunes(oneLine(a.Question), 500))
	}
	text := strings.TrimSpace(a.Text)
	if !o.Tables {
		text = TablesToLines(text)
	}
	b.WriteString(text)
	if a.Intent != bot.IntentTrend && len(a.Figures) > 0 {
		b.WriteString("\n\n**数字一览**（均摘自原文）\n\n")
		b.WriteString(figures(a.Figures, o.Tables))
	}
	for i, w := range a.Warnings {
		if i == 0 {
			b.WriteString("\n")
		}
		b.WriteString("\n⚠ " + oneLine(w) + "\n")
	}
	if a.Mode == bot.ModeExtractive && a.Intent != bot.IntentHelp && len(a.Sources) > 0 {
		b.WriteString("\n*离线模式：回答由资料原文摘录组成，未经大模型改写。*\n")
	}
	if len(a.Sources) > 0 {
		b.WriteString("\n---\n\n**来源**\n")
		for _, s := range a.Sources {
			fmt.Fprintf(&b, "\n[%d] %s（%s，%s）", s.N, oneLine(s.Title), Year(s.Year), KindName(s.Kind))
			if s.Section != "" {
				b.WriteString(" · " + TruncateRunes(oneLine(LastSection(s.Section)), 80))
			}
			b.WriteString("\n")
			if q := oneLine(s.Text); q != "" {
				b.WriteString("> “" + TruncateRunes(q, o.Quote) + "”\n")
			}
		}
	}
	return strings.TrimSpace(b.String())
}

// figures draws figure rows as a Markdown table or a list.
func figures(rows []bot.FigureRow, table bool) string {
	var b strings.Builder
	if table {
		b.WriteString("| 指标 | 数值 | 年份 | 类别 | 来源 |\n| --- | --- | --- | --- | --- |\n")
	}
	for _, r := range rows {
		value, kind := FigureValue(r), FigureKind(r)
		cite := ""
		if r.Source > 0 {
			cite = fmt.Sprintf("[%d]", r.Source)
		}
		label := strings.ReplaceAll(oneLine(r.Label), "|", "｜")
		if table {
			fmt.Fprintf(&b, "| %s | %s | %s | %s | %s |\n", label, value, RowYear(r), kind, cite)
		} else {
			fmt.Fprintf(&b, "- **%s**：%s（%s，%s）%s\n", label, value, RowYear(r), kind, cite)
		}
	}
	return b.String()
}

// FigureValue is a figure's value as shown: qualifier, number and unit, or
// "（原文空白）" where the original left it blank.
func FigureValue(r bot.FigureRow) string {
	switch {
	case r.Value == nil:
		return "（原文空白）"
	case r.Qualifier != "":
		return r.Qualifier + " " + r.Raw + r.Unit
	}
	return r.Raw + r.Unit
}

// FigureKind is 实际 for a result, 目标 for a plan.
func FigureKind(r bot.FigureRow) string {
	if r.Kind == corpus.KindPlan {
		return "目标"
	}
	return "实际"
}

// RowYear is when a figure row is of: "2023年", or "2021—2025年" for a
// total over several years.
func RowYear(r bot.FigureRow) string {
	if r.Since > 0 && r.Since < r.Year {
		return fmt.Sprintf("%d—%d年", r.Since, r.Year)
	}
	return Year(r.Year)
}

// Year is "2023年", or "年份不详".
func Year(y int) string {
	if y == 0 {
		return "年份不详"
	}
	return strconv.Itoa(y) + "年"
}

// KindName is 计划 or 总结.
func KindName(k corpus.Kind) string {
	if k == corpus.KindPlan {
		return "计划"
	}
	return "总结"
}

// LastSection keeps the innermost two headings of a section path.
func LastSection(path string) string {
	parts := strings.Split(path, " > ")
	if len(parts) > 2 {
		parts = parts[len(parts)-2:]
	}
	return strings.Join(parts, " > ")
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// TablesToLines rewrites Markdown tables for chats that draw none: each
// row becomes "- **first cell** — header：cell；header：cell", empty cells
// ("—") left out.
func TablesToLines(s string) string {
	return TableLines(s, func(first string) string { return "- **" + first + "**" })
}

// TableLines rewrites the Markdown tables of s as one line per row: the
// row's first cell as rowHead writes it, then "header：cell" for its other
// cells, empty ones ("—") left out.
func TableLines(s string, rowHead func(first string) string) string {
	lines := strings.Split(s, "\n")
	var out []string
	for i := 0; i < len(lines); i++ {
		if !isTableRow(lines[i]) || i+1 >= len(lines) || !isTableSep(lines[i+1]) {
			out = append(out, lines[i])
			continue
		}
		header := tableCells(lines[i])
		i += 2
		for ; i < len(lines) && isTableRow(lines[i]); i++ {
			cells := tableCells(lines[i])
			var parts []string
			for j := 1; j < len(cells); j++ {
				c := cells[j]
				if c == "" || c == "—" || c == "-" {
					continue
				}
				if j < len(header) && header[j] != "" {
					c = header[j] + "：" + c
				}
				parts = append(parts, c)
			}
			line := rowHead(cells[0])
			if len(parts) > 0 {
				line += " — " + strings.Join(parts, "；")
			}
			out = append(out, line)
		}
		i--
	}
	return strings.Join(out, "\n")
}

func isTableRow(l string) bool {
	l = strings.TrimSpace(l)
	return strings.HasPrefix(l, "|") && strings.HasSuffix(l, "|") && len(l) > 1
}

func isTableSep(l string) bool {
	l = strings.TrimSpace(l)
	if !isTableRow(l) {
		return false
	}
	return strings.Trim(l, "|-: ") == "" && strings.Contains(l, "--")
}

func tableCells(l string) []string {
	l = strings.TrimSpace(l)
	l = strings.TrimSuffix(strings.TrimPrefix(l, "|"), "|")
	cells := strings.Split(l, "|")
	for i := range cells {
		cells[i] = strings.TrimSpace(cells[i])
	}
	return cells
}

// Feedback votes typed as a reply, for chats without buttons: 👍 or 👎,
// with or without a comment after it, or a few words that say the same.
var (
	upWords   = []string{"👍", "有帮助", "有用", "很有用"}
	downWords = []string{"👎", "没帮助", "没有帮助", "没用", "不准确"}
)

// ParseVote reads a message that is feedback: the vote and the comment
// after a 👍 or 👎. ok is false for anything else (a question).
func ParseVote(text string) (vote, comment string, ok bool) {
	t := strings.TrimSpace(text)
	for _, p := range []struct {
		words []string
		vote  string
	}{{upWords, VoteUp}, {downWords, VoteDown}} {
		for _, w := range p.words {
			if t == w {
				return p.vote, "", true
			}
		}
		if e := p.words[0]; strings.HasPrefix(t, e) {
			return p.vote, strings.TrimSpace(strings.TrimLeft(strings.TrimPrefix(t, e), "👍👎 ：:，,")), true
		}
	}
	return "", "", false
}
