package bot

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/healthbot/healthbot/corpus"
)

var (
	// citation is a source reference: [1], ［2］, [1,3] or [1、3].
	citation = regexp.MustCompile(`[\[［]\s*(\d+(?:\s*[,，、]\s*\d+)*)\s*[\]］]`)
	// number is a figure in generated text.
	number = regexp.MustCompile(`\d+(?:[.,]\d+)*`)
	// citationSep separates the numbers inside one citation.
	citationSep = regexp.MustCompile(`[,，、]`)
)

// unverifiedMark follows a number that the cited sources do not contain.
const unverifiedMark = "（未核实）"

// verify checks generated text against the sources it was given: citations
// of sources that do not exist are removed; a number that appears in no
// given source (and is not one of their years, nor in the request itself)
// is visibly marked as unverified. It returns the checked text and
// warnings for staff.
func verify(text string, sources []Source, request string) (string, []string) {
	var warnings []string
	valid := map[int]bool{}
	for _, s := range sources {
		valid[s.N] = true
	}
	removed := 0
	cited := 0
	text = citation.ReplaceAllStringFunc(text, func(m string) string {
		inner := citation.FindStringSubmatch(m)[1]
		var keep []string
		for _, part := range citationSep.Split(inner, -1) {
			n, _ := strconv.Atoi(strings.TrimSpace(part))
			if valid[n] {
				keep = append(keep, strconv.Itoa(n))
			} else {
				removed++
			}
		}
		if len(keep) == 0 {
			return ""
		}
		cited++
		return "[" + strings.Join(keep, ",") + "]"
	})
	if removed > 0 {
		warnings = append(warnings, fmt.Sprintf("回答中有%d处引用了不存在的资料编号，已删除。", removed))
	}
	if cited == 0 && !strings.Contains(text, "未找到") {
		warnings = append(warnings, "回答没有标注资料来源，请对照下方资料核实。")
	}

	// Numbers: look them up in the sources (digits only, separators removed).
	var corpusText strings.Builder
	years := map[string]bool{}
	for _, s := range sources {
		corpusText.WriteString(strings.ReplaceAll(corpus.Normalize(s.Text), ",", ""))
		corpusText.WriteString("\n")
		if s.Year != 0 {
			years[strconv.Itoa(s.Year)] = true
		}
	}
	corpusText.WriteString(corpus.Normalize(request))
	known := corpusText.String()
	var unverified []string
	var out strings.Builder
	last := 0
	for _, loc := range number.FindAllStringIndex(text, -1) {
		if insideCitation(text, loc[0]) {
			continue
		}
		raw := text[loc[0]:loc[1]]
		n := strings.ReplaceAll(raw, ",", "")
		if years[n] || containsNumber(known, n) || isListNumber(text, loc) {
			continue
		}
		end := loc[1]
		for _, u := range []string{"%", "％", "‰", "个百分点", "万元", "亿元", "元", "万人次", "人次", "万人", "人", "例", "家", "个", "所", "张", "台", "件", "次", "名", "项", "年"} {
			if strings.HasPrefix(text[end:], u) {
				end += len(u)
				break
			}
		}
		out.WriteString(text[last:end])
		out.WriteString(unverifiedMark)
		last = end
		unverified = append(unverified, raw)
	}
	out.WriteString(text[last:])
	if len(unverified) > 0 {
		warnings = append(warnings, fmt.Sprintf("以下数字未在所引资料中找到，已标注“未核实”：%s。", strings.Join(unverified, "、")))
	}
	return out.String(), warnings
}

// containsNumber reports whether n occurs in text as a whole number (not as
// part of a longer one).
func containsNumber(text, n string) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], n)
		if j < 0 {
			return false
		}
		start, end := i+j, i+j+len(n)
		before := start == 0 || !isDigitOrDot(text[start-1])
		after := end == len(text) || !isDigitOrDot(text[end]) || (text[end] == '.' && (end+1 == len(text) || !isDigit(text[end+1])))
		if before && after {
			return true
		}
		i = start + 1
	}
}

func isDigit(c byte) bool      { return c >= '0' && c <= '9' }
func isDigitOrDot(c byte) bool { return isDigit(c) || c == '.' }

// insideCitation reports whether position i is inside a [n] citation.
func insideCitation(text string, i int) bool {
	open := strings.LastIndexAny(text[:i], "[［")
	if open < 0 {
		return false
	}
	closeIdx := strings.LastIndexAny(text[:i], "]］")
	return closeIdx < open
}

// isListNumber reports whether a number is an outline number at the start
// of a line ("1." "（2）").
func isListNumber(text string, loc []int) bool {
	lineStart := strings.LastIndexByte(text[:loc[0]], '\n') + 1
	prefix := strings.TrimSpace(text[lineStart:loc[0]])
	if prefix != "" && prefix != "(" && prefix != "（" {
		return false
	}
	rest := text[loc[1]:]
	return strings.HasPrefix(rest, ".") || strings.HasPrefix(rest, "、") || strings.HasPrefix(rest, "）") || strings.HasPrefix(rest, ")")
}
