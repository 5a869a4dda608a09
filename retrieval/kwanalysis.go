package retrieval

import (
	"unicode/utf8"

	index "github.com/blevesearch/bleve_index_api"
)

// The keyword index's text fields are analysed by bleve's "cjk" analyzer
// (the unicode word tokenizer, width folding, lower case, then bigrams of
// adjacent Han characters) and by charsAnalyzer (the same without the
// bigrams). Most of a cold build's analysis time went into the word
// segmenter and the token objects of that chain; for text made only of
// Han characters, ASCII letters, digits and '_', white space and common
// punctuation, analyzeFast computes the same terms, frequencies and
// length directly. Any other text is left to bleve's analyzers
// (TestFastAnalysisMatchesBleve compares both on the corpora's texts, on
// every Han character and on random strings of the tricky characters).

// kwTerms is the analysis of one field: its number of tokens and the
// frequency of each term, as bleve's TextField.Analyze makes them.
type kwTerms struct {
	length int
	freqs  index.TokenFrequencies
}

// Rune classes of the fast analysis.
const (
	rcOther   = iota // not handled: bleve's analyzers decide
	rcHan            // one token each (segment's Ideo)
	rcLetter         // ASCII letter: in a word
	rcDigit          // ASCII digit: in a word
	rcUnder          // '_' (UAX #29 ExtendNumLet): in a word, or a word of its own
	rcSep            // breaks words on both sides and is no token
	rcMidLet         // joins letters on both sides (UAX #29 MidLetter)
	rcMidNum         // joins digits on both sides (MidNum)
	rcMidBoth        // joins letters or digits on both sides (MidNumLet, Single_Quote)
)

// runeClass returns the class of r. Han characters are those of the CJK
// Unified Ideographs block and its extension A as assigned in Unicode 3.0
// (every version of the segmenter's tables holds them).
func runeClass(r rune) int {
	switch {
	case r >= 0x4E00 && r <= 0x9FA5, r >= 0x3400 && r <= 0x4DB5:
		return rcHan
	case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z':
		return rcLetter
	case r >= '0' && r <= '9':
		return rcDigit
	case r == '_':
		return rcUnder
	}
	switch r {
	case ':', 0xFF1A, 0x00B7, 0x2027:
		return rcMidLet
	case ',', ';', 0xFF0C, 0xFF1B:
		return rcMidNum
	case '.', '\'', 0x2018, 0x2019, 0xFF0E, 0xFF07:
		return rcMidBoth
	case ' ', '\t', '\n', '\r', 0x3000,
		'!', '"', '#', '$', '%', '&', '(', ')', '*', '+', '-', '/', '<', '=', '>', '?', '@', '[', '\\', ']', '^', '`', '{', '|', '}', '~',
		0x3001, 0x3002, 0x3003, // 、。〃
		0x3008, 0x3009, 0x300A, 0x300B, 0x300C, 0x300D, 0x300E, 0x300F, 0x3010, 0x3011, // 〈〉《》「」『』【】
		0x3014, 0x3015, 0x3016, 0x3017, // 〔〕〖〗
		0x201C, 0x201D, // “”
		0x2014, 0x2013, 0x2015, 0x2026, // —–―…
		0xFF01, 0xFF05, 0xFF08, 0xFF09, 0xFF1F, 0xFF5E, // ！％（）？～
		0x00D7, 0x00F7, 0x2103, 0x2030, // ×÷℃‰
		0x2460, 0x2461, 0x2462, 0x2463, 0x2464, 0x2465, 0x2466, 0x2467, 0x2468, 0x2469, // ①…⑩
		0x25CF, 0x25A0, 0x25C6, 0x25CB, 0x2605, // ●■◆○★
		0x2192, 0x2264, 0x2265: // →≤≥
		return rcSep
	}
	return rcOther
}

// joins tells whether c, between runes of classes prev and next, joins
// them into one word.
func joins(prev, c, next int) bool {
	switch c {
	case rcMidLet:
		return prev == rcLetter && next == rcLetter
	case rcMidNum:
		return prev == rcDigit && next == rcDigit
	case rcMidBoth:
		return prev == rcLetter && next == rcLetter || prev == rcDigit && next == rcDigit
	}
	return false
}

// analyzeFast analyses s as the "cjk" analyzer does (bigrams true) or as
// charsAnalyzer does (bigrams false); ok is false when s holds a rune it
// does not handle.
func analyzeFast(s string, bigrams bool) (t kwTerms, ok bool) {
	// The runes' classes first, so that a rune within a word can see the
	// next one.
	var classBuf [512]uint8
	classes := classBuf[:0]
	for _, r := range s {
		c := runeClass(r)
		if c == rcOther {
			return kwTerms{}, false
		}
		classes = append(classes, uint8(c))
	}
	a := kwAnalysis{s: s, freqs: make(index.TokenFrequencies, len(classes)/2+1)}
	// run is the byte offset of the run of adjacent Han characters being
	// read, runLen its length in characters; word that of the word of
	// letters and digits being read (-1: none).
	run, runLen, word := -1, 0, -1
	fold := false // the word holds an upper-case letter or a fullwidth form
	endRun := func() {
		if bigrams && runLen == 1 { // a run of more gave its bigrams as it was read
			a.add(run, run+3)
		}
		run, runLen = -1, 0
	}
	ri := 0 // the rune's index in classes
	for i, r := range s {
		c := int(classes[ri])
		if word >= 0 {
			prev, next := int(classes[ri-1]), rcSep
			if ri+1 < len(classes) {
				next = int(classes[ri+1])
			}
			if c == rcLetter || c == rcDigit || c == rcUnder || joins(prev, c, next) {
				fold = fold || r >= 'A' && r <= 'Z' || r >= 0xFF01
				ri++
				continue
			}
			a.addWord(word, i, fold)
			word = -1
		}
		ri++
		switch c {
		case rcHan:
			switch {
			case !bigrams:
				a.add(i, i+3)
			case run >= 0 && run+3*runLen == i:
				a.add(i-3, i+3)
				runLen++
			default:
				if run >= 0 {
					endRun()
				}
				run, runLen = i, 1
			}
		case rcLetter, rcDigit, rcUnder:
			if run >= 0 {
				endRun()
			}
			word, fold = i, r >= 'A' && r <= 'Z'
		default: // a separator, or a joining rune not between two words
			if run >= 0 {
				endRun()
			}
		}
	}
	if word >= 0 {
		a.addWord(word, len(s), fold)
	}
	if run >= 0 {
		endRun()
	}
	return kwTerms{length: a.n, freqs: a.freqs}, true
}

// kwAnalysis collects the terms of one text.
type kwAnalysis struct {
	s     string
	n     int // tokens
	freqs index.TokenFrequencies
	all   []index.TokenFreq // backs freqs' values; never grows past its capacity
	buf   []byte            // s as bytes: backs the terms
}

// add counts the term s[i:j].
func (a *kwAnalysis) add(i, j int) {
	a.n++
	term := a.s[i:j]
	if tf, ok := a.freqs[term]; ok {
		tf.SetFrequency(tf.Frequency() + 1)
		return
	}
	if a.buf == nil {
		a.buf = []byte(a.s)
		a.all = make([]index.TokenFreq, 0, len(a.s)/3+1)
	}
	a.newTerm(term, a.buf[i:j:j])
}

// newTerm adds a term met for the first time.
func (a *kwAnalysis) newTerm(term string, b []byte) {
	if len(a.all) == cap(a.all) {
		a.all = make([]index.TokenFreq, 0, 16)
	}
	a.all = append(a.all, index.TokenFreq{Term: b})
	tf := &a.all[len(a.all)-1]
	tf.SetFrequency(1)
	a.freqs[term] = tf
}

// addWord counts the word s[i:j] of ASCII letters, digits and '_' (and the
// runes joining them), lower-cased and its fullwidth forms of ASCII folded
// (the cjk_width filter) when fold.
func (a *kwAnalysis) addWord(i, j int, fold bool) {
	if !fold {
		a.add(i, j)
		return
	}
	a.n++
	b := make([]byte, 0, j-i)
	for _, r := range a.s[i:j] {
		switch {
		case r >= 'A' && r <= 'Z':
			r += 'a' - 'A'
		case r >= 0xFF01 && r <= 0xFF5E:
			r -= 0xFEE0
		}
		b = utf8.AppendRune(b, r)
	}
	term := string(b)
	if tf, ok := a.freqs[term]; ok {
		tf.SetFrequency(tf.Frequency() + 1)
		return
	}
	a.newTerm(term, b)
}
