package extract

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
)

// Decoded text is checked before it is accepted: a wrong guess of the
// encoding (EUC-KR or EUC-JP bytes read as GB18030, GBK read as Latin-1)
// or a PDF font without a Unicode map gives text that passes the byte-level
// checks yet is not what the document says. Indexing it would put wrong
// text behind a citation, so such text is refused (or another reader is
// tried) with a reason.

// scriptStats counts the runes of a text by script.
type scriptStats struct {
	nonSpace  int // runes that are not white space
	letters   int // letters and digits
	han       int // Han characters
	commonHan int // Han characters among the most frequent Chinese ones
	hangul    int // Hangul syllables and jamo
	kana      int // hiragana and katakana (the middle dot and long mark excepted)
	latin1    int // Latin-1 letters and symbols that mojibake is made of
	bad       int // U+FFFD, private-use characters and surrogates' stand-ins
}

// Plausibility thresholds.
const (
	// minHanForShare: below this many Han characters the share of common
	// characters says little (a title, a table of names).
	minHanForShare = 40
	// minCommonHanPct: real Chinese prose has 70-95% of its Han characters
	// among commonSimplified/commonTraditional; Korean EUC-KR read as
	// GB18030 and other wrong guesses give 20-40%.
	minCommonHanPct = 50
	// minForeignRunes: this many Hangul or kana runes are needed before a
	// text is called Korean or Japanese.
	minForeignRunes = 10
)

// scriptStatsOf counts the runes of s by script.
func scriptStatsOf(s string) scriptStats {
	var st scriptStats
	for _, r := range s {
		if unicode.IsSpace(r) {
			continue
		}
		st.nonSpace++
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			st.letters++
		}
		switch {
		case r < 0x80:
		case r == utf8.RuneError, r >= 0xe000 && r <= 0xf8ff, r >= 0xf0000:
			st.bad++
		case r >= 0x80 && r <= 0xff:
			if isMojibakeLatin1(r) {
				st.latin1++
			}
		case r >= 0x3041 && r <= 0x30ff && r != 0x30fb && r != 0x30fc:
			st.kana++
		case r >= 0xac00 && r <= 0xd7a3, r >= 0x1100 && r <= 0x11ff, r >= 0x3130 && r <= 0x318f:
			st.hangul++
		case unicode.Is(unicode.Han, r):
			st.han++
			if isCommonChar(r) {
				st.commonHan++
			}
		}
	}
	return st
}

// isMojibakeLatin1 reports whether r, a rune of U+0080-U+00FF, is one that
// Chinese text read as Latin-1 or Windows-1252 is made of. Symbols that
// real Chinese documents use (° ± × ÷ · § ¥ ² ³ µ ¼ ½ ¾ and the no-break
// space) are not counted.
func isMojibakeLatin1(r rune) bool {
	switch r {
	case 0xa0, 0xa5, 0xa7, 0xb0, 0xb1, 0xb2, 0xb3, 0xb5, 0xb7, 0xbc, 0xbd, 0xbe, 0xd7, 0xf7:
		return false
	}
	return true
}

// implausibleReason returns why s does not read as correctly decoded text
// of a Chinese document, as a phrase for a skip reason, or "" when it does.
// Text without Chinese, Korean or Japanese characters (an English note) is
// plausible unless it is mojibake.
func implausibleReason(s string) string {
	st := scriptStatsOf(s)
	wide := st.han + st.hangul + st.kana
	switch {
	case st.nonSpace > 0 && st.bad*10 > st.nonSpace:
		return "many undecodable or private-use characters"
	case st.latin1 >= 8 && st.latin1*5 > st.letters:
		return `Latin-1 mojibake such as "Ã¤Â¸Â" or "ÎÀÉú"`
	case st.hangul >= minForeignRunes && st.hangul*5 > wide:
		return "Hangul where Chinese is expected"
	case st.kana >= minForeignRunes && st.kana*5 > wide:
		return "kana where Chinese is expected"
	case st.han >= minHanForShare && st.commonHan*100 < st.han*minCommonHanPct:
		return "mostly rare characters where common Chinese is expected"
	}
	return ""
}

// legacyCJK are the encodings tried to name what bytes that do not read as
// Chinese in GB18030 or Big5 are.
var legacyCJK = []struct {
	name   string
	enc    encoding.Encoding
	korean bool // Hangul, else kana, shows the encoding is right
}{
	{"EUC-KR", korean.EUCKR, true},
	{"EUC-JP", japanese.EUCJP, false},
	{"Shift_JIS", japanese.ShiftJIS, false},
}

// foreignEncodingReason returns a skip reason when data, decoded as Chinese
// into text, is Korean or Japanese in a legacy encoding, or "" when it is
// not. EUC-KR and EUC-JP use the same byte ranges as GB2312, so their text
// decodes as GB18030 without errors into Chinese-looking characters; only
// the characters chosen give it away: few of them are common ones (Hangul
// syllables land on GB2312's level-1 characters in pinyin order, not by
// frequency), and Korean puts spaces between words. Too little text
// (under 10 Han characters) is not judged.
func foreignEncodingReason(data []byte, text string) string {
	st := scriptStatsOf(text)
	if st.han+st.kana < minForeignRunes {
		return ""
	}
	need := minCommonHanPct
	if wordBreaks(text)*6 >= st.han {
		// Spaces between words are Korean's, not Chinese's: ask more of
		// the characters (short Korean texts can hit common ones by chance).
		need = 75
	}
	if st.kana*5 <= st.han+st.kana+st.hangul && st.commonHan*100 >= st.han*need {
		return "" // reads as Chinese
	}
	for _, alt := range legacyCJK {
		as := scriptStatsOf(decodeWith(alt.enc, data))
		wide := as.han + as.hangul + as.kana
		if as.bad*50 > as.nonSpace || wide == 0 {
			continue
		}
		switch {
		case alt.korean && as.hangul >= minForeignRunes && as.hangul*5 >= wide*4:
			return "text is Korean in " + alt.name + ", not Chinese (healthbot reads Chinese documents)"
		case !alt.korean && as.kana >= minForeignRunes && as.kana*5 >= wide:
			return "text is Japanese in " + alt.name + ", not Chinese (healthbot reads Chinese documents)"
		}
	}
	return ""
}

// wordBreaks counts runs of spaces between two wide characters.
func wordBreaks(s string) int {
	n := 0
	prevWide, inSpace := false, false
	for _, r := range s {
		switch {
		case r == ' ':
			inSpace = true
		case isWide(r):
			if inSpace && prevWide {
				n++
			}
			prevWide, inSpace = true, false
		default:
			prevWide, inSpace = false, false
		}
	}
	return n
}
