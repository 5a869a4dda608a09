package figures

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// A sentence parted by semicolons may give each part a subject of its own
// and then its amounts bare: "基本药物有267个品种…中标入围，采购金额3.05亿
// 元…；非基本药物有20712种品规中标入围，采购金额40.2亿元…". Each 采购金额 is
// its part's: 基本药物采购金额, 非基本药物采购金额.

// partSubject is a clause opening with what it is about and what that has:
// "基本药物有267个品种", "非基本药物有20712种品规".
var partSubject = regexp.MustCompile(`^(\p{Han}{2,8}?)(?:共有|有)\s*[0-9]`)

// maxBareAmountRunes bounds a label a part's subject is given to.
const maxBareAmountRunes = 4

// subjectsOfParts gives the short labels of each semicolon part of a
// sentence that has two parts or more the subject the part's first such
// clause opens with, when the label does not already hold it.
func subjectsOfParts(sentence string, figs []Figure) {
	if strings.Count(sentence, "；")+strings.Count(sentence, ";") == 0 {
		return
	}
	start := 0
	for _, part := range strings.FieldsFunc(sentence, func(r rune) bool { return r == '；' || r == ';' }) {
		at := strings.Index(sentence[start:], part) + start
		end := at + len(part)
		start = end
		subject, from := "", -1
		clauseStart := at
		for _, clause := range strings.FieldsFunc(part, func(r rune) bool { return r == '，' || r == ',' }) {
			c := strings.Index(sentence[clauseStart:end], clause) + clauseStart
			clauseStart = c + len(clause)
			if m := partSubject.FindStringSubmatch(strings.TrimSpace(clause)); m != nil {
				subject, from = m[1], c
				break
			}
		}
		if subject == "" {
			continue
		}
		for k := range figs {
			f := &figs[k]
			if f.Start < from || f.Start >= end || strings.Contains(f.Label, subject) || utf8.RuneCountInString(f.Label) > maxBareAmountRunes {
				continue
			}
			f.Label = subject + f.Label
		}
	}
}
