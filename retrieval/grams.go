package retrieval

import (
	"unicode"
	"unicode/utf8"
)

// The n-grams of the local embedder (grams) are read once per text at
// ingest for the IDF and once for the vector, over tens of thousands of
// passages: the scan below hashes each n-gram by extending the hash of
// the one before (FNV-1a is a left fold over the bytes, so the bigram's
// hash continues its first character's), allocates nothing, and tells Han
// characters by a table.

// FNV-1a, 64 bits (hash/fnv's constants).
const (
	fnvOffset64 = 14695981039346656037
	fnvPrime64  = 1099511628211
)

// fnvRune extends the FNV-1a hash h by the UTF-8 bytes of r.
func fnvRune(h uint64, r rune) uint64 {
	if r < utf8.RuneSelf {
		return (h ^ uint64(r)) * fnvPrime64
	}
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], r)
	for _, b := range buf[:n] {
		h = (h ^ uint64(b)) * fnvPrime64
	}
	return h
}

// fnvString extends the FNV-1a hash h by the bytes of s (hash/fnv's
// New64a over []byte(s), without the copy).
func fnvString(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime64
	}
	return h
}

// hanBMP has bit r set for each Han character r of the Basic
// Multilingual Plane (unicode.Is(unicode.Han, r)).
var hanBMP = func() []uint64 {
	bits := make([]uint64, 0x10000/64)
	for _, rg := range unicode.Han.R16 {
		for r := rune(rg.Lo); r <= rune(rg.Hi); r += rune(rg.Stride) {
			bits[r/64] |= 1 << (r % 64)
		}
	}
	return bits
}()

// isHan is unicode.Is(unicode.Han, r).
func isHan(r rune) bool {
	if r < 0x10000 {
		return hanBMP[r/64]&(1<<(r%64)) != 0
	}
	return unicode.Is(unicode.Han, r)
}

// isWordRune tells the characters that make up Latin words and numbers.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// toLower is unicode.ToLower with an ASCII fast path.
func toLower(r rune) rune {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	return unicode.ToLower(r)
}

// grams calls add for every n-gram of text with its order weight: each
// Han character, and each of its bigrams and trigrams within a run of Han
// characters (in that order, by position), and each run of Latin letters
// and digits (lower case, with inner dots: "3.5") as one word.
// Punctuation and spaces break n-grams. A key is the FNV-1a hash of the
// n-gram's UTF-8 bytes.
func grams(text string, add func(key uint64, w float64)) {
	// Each n-gram starts at a Han character; they are added by start, so
	// a run is read whole before its n-grams are.
	var buf [64]rune
	han := buf[:0]
	flushHan := func() {
		for i := range han {
			h1 := fnvRune(fnvOffset64, han[i])
			add(h1, unigramWeight)
			if i+1 < len(han) {
				h2 := fnvRune(h1, han[i+1])
				add(h2, bigramWeight)
				if i+2 < len(han) {
					add(fnvRune(h2, han[i+2]), trigramWeight)
				}
			}
		}
		han = han[:0]
	}
	word, inWord := uint64(fnvOffset64), false
	flushWord := func() {
		if inWord {
			add(word, bigramWeight)
			word, inWord = fnvOffset64, false
		}
	}
	for _, r := range text {
		switch {
		case r >= 0x2E80 && isHan(r):
			flushWord()
			han = append(han, r)
		case isWordRune(r) || r == '.' && inWord:
			flushHan()
			word, inWord = fnvRune(word, toLower(r)), true
		default:
			flushHan()
			flushWord()
		}
	}
	flushHan()
	flushWord()
}
