package corpus

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/longbridgeapp/opencc"
)

var (
	t2sOnce sync.Once
	t2sConv *opencc.OpenCC
	t2sErr  error
	// t2sRunes has a bit set for each Han character t2s changes on its
	// own (bit r%64 of word r/64): text with none of them is already
	// Simplified and skips the converter, which is most text and most of
	// its cost. One bit test per character keeps that check cheap.
	t2sRunes []uint64
	// t2sRune is the Simplified form of each character t2s changes on its
	// own into a character of the same encoded length.
	t2sRune map[rune]rune
)

// Han blocks whose characters the converter may change.
var hanBlocks = [][2]rune{{0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xF900, 0xFAFF}}

// loadT2S loads the converter and finds the characters it changes, by
// converting every character of the Han blocks once, one per line so that
// no phrase forms.
func loadT2S() {
	t2sConv, t2sErr = opencc.New("t2s")
	if t2sErr != nil {
		return
	}
	var all []rune
	for _, b := range hanBlocks {
		for r := b[0]; r <= b[1]; r++ {
			all = append(all, r, '\n')
		}
	}
	out, err := t2sConv.Convert(string(all))
	if err != nil {
		return // t2sRunes stays nil: every text is converted
	}
	conv := []rune(out)
	if len(conv) != len(all) {
		return
	}
	bits := make([]uint64, hanBlocks[len(hanBlocks)-1][1]/64+1)
	single := map[rune]rune{}
	for i := 0; i < len(all); i += 2 {
		if r := all[i]; conv[i] != r {
			bits[r/64] |= 1 << (r % 64)
			if utf8.RuneLen(conv[i]) == utf8.RuneLen(r) {
				single[r] = conv[i]
			}
		}
	}
	t2sRunes, t2sRune = bits, single
}

// SimplifyRunes converts each Traditional character of s to its
// Simplified form on its own, keeping every byte offset: the words the
// figure reader knows ("基础上", "继续") are found in a Traditional
// sentence, whose spans still point into the original.
func SimplifyRunes(s string) string { return simplifyRunes(s) }

// simplifyRunes is SimplifyRunes.
func simplifyRunes(s string) string {
	t2sOnce.Do(loadT2S)
	if t2sRune == nil || !needsT2S(s) {
		return s
	}
	b := []rune(s)
	for i, r := range b {
		if to, ok := t2sRune[r]; ok {
			b[i] = to
		}
	}
	return string(b)
}

// needsT2S reports whether s has a character the converter changes (true
// when that set is unknown).
func needsT2S(s string) bool {
	if t2sRunes == nil {
		return true
	}
	for _, r := range s {
		if r >= 0x3400 && int(r/64) < len(t2sRunes) && t2sRunes[r/64]&(1<<(r%64)) != 0 {
			return true
		}
	}
	return false
}

// Simplify converts Traditional Chinese to Simplified (OpenCC t2s). Text that
// is already Simplified comes back unchanged. If the embedded dictionaries
// cannot be loaded the text is returned as is.
func Simplify(s string) string {
	if !hasHan(s) {
		return s
	}
	t2sOnce.Do(loadT2S)
	if t2sErr != nil || !needsT2S(s) {
		return s
	}
	return walkT2S(validRunes(s), t2sConv.DictChains)
}

// Normalize is the form of text that is indexed: Simplified Chinese,
// full-width ASCII folded to half-width, whitespace runs collapsed.
func Normalize(s string) string {
	s = dropPinyinNotes(Simplify(s))
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		r = foldWidth(r)
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// dropPinyinNotes removes the pinyin some reprints write after characters
// ("構(gòu)建", "醫(yī)共體"): no part of the words, it splits them for every
// reader of the text (places, labels, quotes).
func dropPinyinNotes(s string) string {
	if (strings.IndexByte(s, '(') < 0 && !strings.Contains(s, "（")) || !strings.ContainsAny(s, "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ") {
		return s
	}
	return pinyinNote.ReplaceAllString(s, "$1")
}

// pinyinNote is the pinyin some reprints write in brackets after a
// character ("構(gòu)建"): at least one tone-marked vowel, nothing else but a
// line break a saved page cut it with ("計(j\nì)").
var pinyinNote = regexp.MustCompile(`(\p{Han})[(（][a-zü\r\n]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü\r\n]*[)）]`)

// IsTraditional reports whether s reads as Traditional Chinese: a noticeable
// share of its Han characters change under t2s conversion.
func IsTraditional(s string) bool {
	han, changed := 0, 0
	simp := Simplify(s)
	if utf8.RuneCountInString(simp) != utf8.RuneCountInString(s) {
		// Phrase-level conversion changed the length; compare by counting.
		return simp != s && CountHan(s) > 0
	}
	// Character by character, with no copy of either text as runes.
	j := 0
	for _, r := range s {
		c, size := utf8.DecodeRuneInString(simp[j:])
		j += size
		if unicode.Is(unicode.Han, r) {
			han++
			if c != r {
				changed++
			}
		}
	}
	return han > 0 && changed*20 >= han // at least 5% of Han characters
}

// foldWidth maps full-width ASCII forms (Ａ, ０, ％, （) to their ASCII
// counterparts and the ideographic space to a space.
func foldWidth(r rune) rune {
	switch {
	case r == '\u3000':
		return ' '
	case r >= '\uFF01' && r <= '\uFF5E':
		return r - 0xFEE0
	}
	return r
}

func hasHan(s string) bool {
	for _, r := range s {
		if r >= 0x2E80 && unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}

// CountHan counts the Chinese characters of s.
func CountHan(s string) int {
	n := 0
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			n++
		}
	}
	return n
}
