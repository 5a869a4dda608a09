package figures

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Labels set once all of a sentence's figures are read, from figures
// around them: a change after a share is the count's, the parts a bracket
// breaks a figure into by place are its parts, limits listed after
// several figures are each one's target.

// partsInBrackets labels the parts a bracket after a figure breaks it
// into by place ("确诊病例24例(巴州区15例,通江县5例)") as parts of it:
// "确诊病例：其中巴州区". Only names of a place (ending 区, 县, 市, 镇, 乡,
// 旗) counted in the figure's unit are parts.
func partsInBrackets(sentence string, figs []Figure) {
	for k := 0; k+1 < len(figs); k++ {
		whole := figs[k]
		rest := sentence[whole.End:]
		if !strings.HasPrefix(rest, "(") && !strings.HasPrefix(rest, "（") {
			continue
		}
		end := len(sentence) // a heading may be cut inside the bracket
		if closing := strings.IndexAny(rest, ")）"); closing >= 0 {
			end = whole.End + closing
		}
		for j := k + 1; j < len(figs) && figs[j].End <= end; j++ {
			p := &figs[j]
			if p.Unit == whole.Unit && isPlaceName(p.Label) {
				p.Label = PartLabel(whole.Label, p.Label)
			}
		}
	}
}

// partsAfterHead labels the places a sentence opening with the whole's
// name and 中 lists one by one ("确诊病例中,北湖区1例,苏仙区8例") as parts
// of that whole: "确诊病例：其中苏仙区"; "新增确诊病例中,安仁县4例" names one.
// The places in a row, in one unit, and a head of two to ten Han
// characters only.
func partsAfterHead(sentence string, figs []Figure) {
	for k := 0; k < len(figs); k++ {
		first := figs[k]
		if !isPlaceName(first.Label) {
			continue
		}
		at := strings.LastIndex(sentence[:first.Start], first.Label)
		if at < 0 {
			continue
		}
		clause := sentence[:at]
		if b := strings.LastIndexAny(clause, "。；;"); b >= 0 {
			clause = clause[b+1:]
		}
		head, ok := strings.CutSuffix(strings.TrimRight(clause, ",，:： "), "中")
		if !ok || !allHan(head) || utf8.RuneCountInString(head) < 2 || utf8.RuneCountInString(head) > 10 {
			continue
		}
		for ; k < len(figs) && figs[k].Unit == first.Unit && isPlaceName(figs[k].Label); k++ {
			figs[k].Label = PartLabel(head, figs[k].Label)
		}
		k--
	}
}

// allHan reports whether s is only Han characters.
func allHan(s string) bool {
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return s != ""
}

// isPlaceName reports whether a label is only a place's name: two to six
// characters ending with a division's suffix.
func isPlaceName(label string) bool {
	n := utf8.RuneCountInString(label)
	r, _ := utf8.DecodeLastRuneInString(label)
	return n >= 2 && n <= 6 && strings.ContainsRune("区县市镇乡旗", r)
}

// placeSubject reports whether a clause's subject is only a place or a
// region: a place's name ("湖南省", "黔江区") or a region ("渝东南地区").
func placeSubject(s string) bool {
	n := utf8.RuneCountInString(s)
	return isPlaceName(s) || n >= 2 && n <= maxRegionRunes && (strings.HasSuffix(s, "省") || strings.HasSuffix(s, "地区") || strings.HasSuffix(s, "自治州"))
}

// maxRegionRunes bounds the name of a place or region a subject may be.
const maxRegionRunes = 8

// changeOfLevelNotShare labels a change in percent that follows a share
// of a whole by the share's subject: "执业(助理)医师为1534人,占卫生技术人员
// 总数的43.25%,同比增长173.44%" grew the 1534, not the share (a share
// changes in 百分点).
func changeOfLevelNotShare(figs []Figure) {
	for k := 1; k < len(figs); k++ {
		f, share := &figs[k], figs[k-1]
		if f.Unit != "%" || share.Unit != "%" || !strings.ContainsAny(f.Qualifier, "增降减涨升") {
			continue
		}
		subject, whole, ok := strings.Cut(share.Label, "占")
		if ok && subject != "" && (f.Label == share.Label || f.Label == "占"+whole) {
			f.Label = subject
		}
	}
}

// limitOpener opens the limits several figures before are all said to be
// within: "均低于省定14/10万和7‰的控制指标", "都低于国家…".
var limitOpener = regexp.MustCompile(`^(?:均|都|分别)(?:低于|高于|优于|好于|控制在|不超过|不高于)(?:省定|市定|县定|国家|全省|全国|省|市)?`)

// limitsOfEach labels the limits listed after several figures ("孕产妇死亡
// 率0,婴儿死亡率2.69‰,均低于省定14/10万和7‰的控制指标") each by the
// figure it is the limit of, in order, as targets: 14/10万 is 孕产妇死亡率's.
func limitsOfEach(sentence string, figs []Figure) {
	for k := 2; k < len(figs); k++ {
		lead, ok := between(sentence, figs[k-1], figs[k])
		if !ok || !limitOpener.MatchString(strings.TrimLeft(lead, "，,、；; ")) {
			continue
		}
		n := 1 // the limits, joined by 和, 及, 、
		for k+n < len(figs) {
			join, ok := between(sentence, figs[k+n-1], figs[k+n])
			if join = strings.TrimSpace(join); !ok || utf8.RuneCountInString(join) != 1 || !strings.ContainsAny(join, "和及、") {
				break
			}
			n++
		}
		if n < 2 || n > k {
			continue
		}
		for i := 0; i < n; i++ {
			figs[k+i].Label, figs[k+i].Target = figs[k-n+i].Label, true
		}
		k += n - 1
	}
}

// between is the text of sentence between two figures in order; ok is
// false when they overlap or stand the other way round.
func between(sentence string, a, b Figure) (string, bool) {
	if a.End > b.Start || b.Start > len(sentence) {
		return "", false
	}
	return sentence[a.End:b.Start], true
}
