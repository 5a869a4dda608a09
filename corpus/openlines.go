package corpus

import "strings"

// Text laid out for phones cuts a sentence into short lines wherever it
// likes, also inside a list ("将在医疗服务体系提质工程、\n中医药传承创新发展
// 工程、\n“一老一小”关爱工程等精准施策"); the enumeration comma then ends a
// line no sentence can end with. joinOpenLines joins such a line with the
// next one that holds text, so the list is one sentence again.
func joinOpenLines(text string) string {
	if !strings.Contains(text, "、\n") && !strings.Contains(text, "、\r\n") && !strings.Contains(text, "、 \n") {
		return text
	}
	lines := strings.Split(text, "\n")
	var b strings.Builder
	b.Grow(len(text))
	for i, l := range lines {
		trimmed := strings.TrimRight(l, " \t\r")
		b.WriteString(trimmed)
		if i == len(lines)-1 {
			break
		}
		if strings.HasSuffix(trimmed, "、") && !strings.ContainsAny(trimmed, "\t|") && strings.TrimSpace(lines[i+1]) != "" &&
			!strings.ContainsAny(lines[i+1], "\t|") {
			continue // the list goes on in the next line
		}
		if trimmed != l {
			b.WriteString(l[len(trimmed):])
		}
		b.WriteByte('\n')
	}
	return b.String()
}
