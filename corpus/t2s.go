package corpus

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/liuzl/da"
	"github.com/longbridgeapp/opencc"
)

// maxPhraseRunes is how many characters ahead OpenCC looks for a
// dictionary entry (its Convert's preOffset).
const maxPhraseRunes = 10

// dictGroup is one group of OpenCC's dictionary chain, with the
// characters of the Basic Multilingual Plane some entry of it starts with.
type dictGroup struct {
	dicts  []*da.Dict
	starts []uint64 // bit r%64 of word r/64: an entry starts with r
}

var (
	dictGroupsOnce sync.Once
	dictGroups     []dictGroup
)

// newDictGroups finds, for each group of chain, the characters its entries
// start with: every other character is copied without a look-up.
func newDictGroups(chain []*opencc.Group) []dictGroup {
	var out []dictGroup
	var buf [utf8.UTFMax]byte
	for _, g := range chain {
		dg := dictGroup{dicts: g.Dicts, starts: make([]uint64, 0x10000/64)}
		for r := rune(2); r < 0x10000; r++ {
			n := utf8.EncodeRune(buf[:], r)
			for _, d := range g.Dicts {
				if _, err := d.Trie.Jump(buf[:n], 0); err == nil {
					dg.starts[r/64] |= 1 << (r % 64)
					break
				}
			}
		}
		out = append(out, dg)
	}
	return out
}

// walkT2S converts s with OpenCC's dictionary chain (t2sConv's) exactly as
// its Convert does (at each character the longest entry of the first
// dictionary of a group that has one starting there, at most
// maxPhraseRunes characters, else the character itself; each group's
// output the next one's input), but walks the dictionaries' tries byte by
// byte, and only from characters an entry starts with, instead of making a
// string, a map and a token for every character: Convert allocated about a
// hundred bytes a character, which made a paragraph of megabytes cost
// hundreds of MB (issue 15). Only the result is allocated. s must be valid
// UTF-8 (Simplify repairs it first, as Convert does). One difference: the
// tries let the byte 0x01 lead to entries no key of which holds it, so
// Convert turns "\x01縣" into "县县"; here U+0001 is left as it is.
func walkT2S(s string, chain []*opencc.Group) string {
	dictGroupsOnce.Do(func() { dictGroups = newDictGroups(chain) })
	for _, g := range dictGroups {
		var b strings.Builder
		b.Grow(len(s))
		for i := 0; i < len(s); {
			r, size := utf8.DecodeRuneInString(s[i:])
			if r >= 0x10000 || g.starts[r/64]&(1<<(r%64)) != 0 {
				if n, out := longestEntry(s, i, g.dicts); n > 0 {
					b.WriteString(out)
					i += n
					continue
				}
			}
			b.WriteString(s[i : i+size])
			i += size
		}
		s = b.String()
	}
	return s
}

// longestEntry is the length in bytes of the longest entry of the first of
// dicts that has one starting at s[i:], among the next maxPhraseRunes
// characters, and the entry's first conversion; 0 when none has one.
func longestEntry(s string, i int, dicts []*da.Dict) (int, string) {
	end := i
	for n := 0; n < maxPhraseRunes && end < len(s); n++ {
		_, size := utf8.DecodeRuneInString(s[end:])
		end += size
	}
	var one [1]byte
	for _, d := range dicts {
		best, value := 0, -1
		from := 0
		for j := i; j < end; j++ {
			if s[j] == 0x01 {
				break // no entry holds it, but the trie lets it through (see walkT2S)
			}
			one[0] = s[j]
			to, err := d.Trie.Jump(one[:], from)
			if err != nil {
				break
			}
			if v, err := d.Trie.Value(to); err == nil && v < len(d.Values) && len(d.Values[v]) > 0 {
				best, value = j+1-i, v
			}
			from = to
		}
		if best > 0 {
			return best, d.Values[value][0]
		}
	}
	return 0, ""
}

// validRunes is s with each byte that is not part of valid UTF-8 replaced
// by U+FFFD, as converting s to runes does.
func validRunes(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	for _, r := range s {
		b.WriteRune(r)
	}
	return b.String()
}
