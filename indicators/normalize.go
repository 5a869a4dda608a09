package indicators

import (
	"regexp"
	"unicode"
	"unicode/utf8"

	"github.com/healthbot/healthbot/corpus"
)

// normText is text reduced to the runes that carry meaning for matching,
// each remembering where it came from in the original bytes.
type normText struct {
	runes []rune
	start []int32 // byte offset of each rune in the original
	end   []int32 // byte offset just past it
}

// stopPhrases are dropped from both the text and the catalogue phrases before
// matching: question words, deictics and time words that say nothing about
// which indicator is meant. Longest first wins at each position.
var stopPhrases = [][]rune{}

// particles are single characters dropped the same way.
var particles = map[rune]bool{
	'的': true, '了': true, '呢': true, '吗': true, '啊': true, '吧': true, '呀': true,
	'嘛': true, '哦': true, '哈': true, '么': true,
}

func init() {
	for _, p := range []string{
		"请问", "一下", "是多少", "有多少", "为多少", "是几", "是什么", "怎么样", "咋样", "如何",
		"情况", "目前", "现在", "我们", "咱们", "我市", "我县", "我区", "我省", "全市", "全县",
		"全区", "全省", "本市", "本县", "本区", "今年", "去年", "前年", "上年", "上半年",
		"下半年", "全年", "当年", "年底", "年末", "大概", "大约", "一共", "总共", "告诉我",
		"查一下", "帮我", "多少来着",
		// "乡镇卫生院里的床位": where, said in speech, between the
		// institution and the measure.
		"里的", "里头的", "里面的", "当中的",
	} {
		stopPhrases = append(stopPhrases, []rune(p))
	}
}

var numerals = map[rune]bool{'〇': true, '○': true, '零': true, '一': true, '二': true,
	'三': true, '四': true, '五': true, '六': true, '七': true, '八': true, '九': true}

// foldRune maps full-width ASCII to ASCII and upper case to lower; ok is false
// for runes matching ignores (punctuation, spaces, symbols).
func foldRune(r rune) (rune, bool) {
	if r >= 0xFF01 && r <= 0xFF5E {
		r -= 0xFEE0
	}
	if r >= 'A' && r <= 'Z' {
		r += 'a' - 'A'
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '〇' || r == '○' {
		return r, true
	}
	return 0, false
}

// scopeAside is a bracketed note of what a measure counts in or leaves
// out ("药品收入（不含中药饮片）占比"): the measure is the words around it.
var scopeAside = regexp.MustCompile(`[（(](?:不含|含|包括|不包括|剔除)[^（()）]{1,20}[）)]`)

// normalize folds s and drops bracketed scope notes (scopeAside),
// punctuation, stop phrases, particles and
// four-digit years (2023年, 二〇二三年), keeping byte offsets. Traditional
// Chinese is read as Simplified (嬰兒死亡率 as 婴儿死亡率) when the
// conversion keeps one character for each, as it nearly always does;
// offsets stay those of s.
func normalize(s string) normText {
	n := normText{
		runes: make([]rune, 0, len(s)/2),
		start: make([]int32, 0, len(s)/2),
		end:   make([]int32, 0, len(s)/2),
	}
	var simplified []rune
	if simp := corpus.Simplify(s); simp != s && utf8.RuneCountInString(simp) == utf8.RuneCountInString(s) {
		simplified = []rune(simp)
	}
	asides := scopeAside.FindAllStringIndex(s, -1)
	k := -1
	for i, r := range s {
		if k++; simplified != nil && r != utf8.RuneError {
			r = simplified[k]
		}
		if len(asides) > 0 && i >= asides[0][0] {
			if i < asides[0][1] {
				continue
			}
			asides = asides[1:]
		}
		if r == utf8.RuneError {
			continue
		}
		f, ok := foldRune(r)
		if !ok {
			continue
		}
		if len(n.runes) > 0 {
			f = spokenRune(n.runes[len(n.runes)-1], f)
		}
		n.runes = append(n.runes, f)
		n.start = append(n.start, int32(i))
		n.end = append(n.end, int32(i+utf8.RuneLen(r)))
	}
	// Drop stop phrases, particles and years in place.
	out := 0
	rs := n.runes
	for i := 0; i < len(rs); {
		if k := stopAt(rs, i); k > 0 {
			i += k
			continue
		}
		if particles[rs[i]] {
			i++
			continue
		}
		if k := yearAt(rs, i); k > 0 {
			i += k
			continue
		}
		n.runes[out], n.start[out], n.end[out] = rs[i], n.start[i], n.end[i]
		out++
		i++
	}
	n.runes, n.start, n.end = n.runes[:out], n.start[:out], n.end[:out]
	return n
}

// spokenRune reads a character of speech as the reports write it, after
// the character before it: "一回" is 一次, "几回" 几次 ("住一回医院").
func spokenRune(prev, r rune) rune {
	switch {
	case r == '回' && (numerals[prev] || prev == '几' || prev == '两'):
		return '次'
	}
	return r
}

func stopAt(rs []rune, i int) int {
	best := 0
	for _, p := range stopPhrases {
		if len(p) > best && hasPrefixAt(rs, i, p) {
			best = len(p)
		}
	}
	return best
}

func hasPrefixAt(rs []rune, i int, p []rune) bool {
	if len(rs)-i < len(p) {
		return false
	}
	for j, r := range p {
		if rs[i+j] != r {
			return false
		}
	}
	return true
}

// yearAt reports the length of a four-digit year (with its 年) starting at i,
// or 0. A longer digit run is a number, not a year.
func yearAt(rs []rune, i int) int {
	if i > 0 && isDigitLike(rs[i-1]) {
		return 0
	}
	j := i
	for j < len(rs) && isDigitLike(rs[j]) {
		j++
	}
	if j-i != 4 {
		return 0
	}
	if j < len(rs) && rs[j] == '年' {
		j++
	}
	return j - i
}

func isDigitLike(r rune) bool { return (r >= '0' && r <= '9') || numerals[r] }

// normPhrase is normalize for catalogue phrases: the runes only.
func normPhrase(s string) []rune { return normalize(s).runes }
