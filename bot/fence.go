package bot

import (
	"strings"
	"unicode"
)

// fence neutralises text that could open or close a source block
// (<资料 …>, </资料>) in every script and width: a bracket that reads as
// < or > (ASCII, full-width ＜＞, ‹›, 〈〉, 《》, ⟨⟩, small ﹤﹥ …) next to
// 资料 or 資料 (spaced out or not, with spaces or a slash of any width
// between) becomes 〔 or
// 〕, and format characters (zero-width spaces, bidi controls) that could
// hide the word are dropped. What is left cannot be read as a tag.
func fence(s string) string {
	if !strings.Contains(s, "料") && !strings.ContainsFunc(s, isFormat) {
		return s
	}
	rs := make([]rune, 0, len(s))
	for _, r := range s {
		if !isFormat(r) {
			rs = append(rs, r)
		}
	}
	for i := 0; i+1 < len(rs); i++ {
		if rs[i] != '资' && rs[i] != '資' {
			continue
		}
		m := i + 1
		for m < len(rs) && unicode.IsSpace(rs[m]) {
			m++
		}
		if m == len(rs) || rs[m] != '料' {
			continue
		}
		j := i - 1
		for j >= 0 && (unicode.IsSpace(rs[j]) || isSlashLike(rs[j])) {
			j--
		}
		if j >= 0 && isLessLike(rs[j]) {
			rs[j] = '〔'
		}
		k := m + 1
		for k < len(rs) && (unicode.IsSpace(rs[k]) || isSlashLike(rs[k])) {
			k++
		}
		if k < len(rs) && isGreaterLike(rs[k]) {
			rs[k] = '〕'
		}
	}
	return string(rs)
}

// isFormat reports whether r is a format character (U+200B, U+202E …).
func isFormat(r rune) bool { return unicode.Is(unicode.Cf, r) }

func isLessLike(r rune) bool {
	return strings.ContainsRune("<＜‹〈《⟨﹤〈˂ᐸ≺«〔【［[｢「『〖〘〚", r)
}

func isGreaterLike(r rune) bool {
	return strings.ContainsRune(">＞›〉》⟩﹥〉˃ᐳ≻»〕】］]｣」』〗〙〛", r)
}

func isSlashLike(r rune) bool { return strings.ContainsRune("/／⁄∕⧸\\＼", r) }
