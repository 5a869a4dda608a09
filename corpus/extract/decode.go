package extract

import (
	"bytes"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/gogs/chardet"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// Encoding names reported by DecodeText.
const (
	encUTF8    = "utf-8"
	encUTF8BOM = "utf-8-bom"
	encUTF16LE = "utf-16le"
	encUTF16BE = "utf-16be"
	encGB18030 = "gb18030"
	encBig5    = "big5"
)

// DecodeText turns raw bytes of a plain-text file into UTF-8 and names the
// encoding: "utf-8", "utf-8-bom", "utf-16le", "utf-16be" (UTF-16 needs a
// BOM), "gb18030" (also GBK and GB2312) or "big5".
//
// A BOM decides first; then valid UTF-8 (or UTF-8 with a few broken bytes,
// such as a truncated last character) is UTF-8; otherwise the bytes are
// decoded both as GB18030 and as Big5 and the decoding that yields more
// common Chinese characters and fewer invalid sequences wins, GB18030 on a
// tie. Korean (EUC-KR) and Japanese (EUC-JP, Shift_JIS) files, which such
// decoding would turn into Chinese-looking nonsense, give a *SkipError
// naming their encoding. The text has the BOM removed, line endings normalised to "\n" and
// control characters other than "\n" and "\t" removed; nothing else changes.
// Binary-looking data (NUL bytes, many control characters, bytes that decode
// to nothing recognisable) gives a *SkipError.
func DecodeText(data []byte) (text string, encoding string, err error) {
	text, encoding, err = decodeRaw(data)
	if err != nil {
		return "", "", err
	}
	return normalize(text), encoding, nil
}

// decodeRaw is DecodeText without normalisation.
func decodeRaw(data []byte) (string, string, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xef, 0xbb, 0xbf}):
		body := data[3:]
		if r := binaryReason(body); r != "" {
			return "", "", skipf("%s", r)
		}
		return string(body), encUTF8BOM, nil
	case bytes.HasPrefix(data, []byte{0xff, 0xfe}):
		return decodeUTF16(data[2:], false)
	case bytes.HasPrefix(data, []byte{0xfe, 0xff}):
		return decodeUTF16(data[2:], true)
	}
	if r := binaryReason(data); r != "" {
		return "", "", skipf("%s", r)
	}
	if mostlyUTF8(data) {
		return string(data), encUTF8, nil
	}
	return decodeCJK(data)
}

// decodeUTF16 decodes UTF-16 after its BOM. An odd trailing byte and
// unpaired surrogates become U+FFFD.
func decodeUTF16(b []byte, bigEndian bool) (string, string, error) {
	name := encUTF16LE
	if bigEndian {
		name = encUTF16BE
	}
	u := make([]uint16, 0, len(b)/2)
	for i := 0; i+1 < len(b); i += 2 {
		if bigEndian {
			u = append(u, uint16(b[i])<<8|uint16(b[i+1]))
		} else {
			u = append(u, uint16(b[i+1])<<8|uint16(b[i]))
		}
	}
	runes := utf16.Decode(u)
	if len(b)%2 == 1 {
		runes = append(runes, utf8.RuneError)
	}
	nul, ctl := 0, 0
	for i, r := range runes {
		switch {
		case r == 0:
			if i < 4000 {
				return "", "", skipf("file looks binary (contains NUL characters)")
			}
			nul++
		case r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != '\f' && r != '\v':
			ctl++
		}
	}
	if nul*1000 > len(runes) || tooManyControls(ctl, len(runes)) {
		return "", "", skipf("file looks binary (many control characters)")
	}
	return string(runes), name, nil
}

// mostlyUTF8 reports whether data is UTF-8, allowing a few invalid bytes
// (a truncated last character, a stray byte) among many valid multi-byte
// characters. GB18030 and Big5 text almost never forms valid multi-byte
// UTF-8 sequences, so the ratio separates them clearly.
func mostlyUTF8(data []byte) bool {
	if utf8.Valid(data) {
		return true
	}
	multi, invalid := 0, 0
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			invalid++
		} else {
			multi++
		}
		i += size
	}
	return multi >= 20*invalid
}

// scoreSample is how many bytes the GB18030/Big5 scorer looks at.
const scoreSample = 1 << 20

// decodeCJK decides between GB18030 and Big5 and decodes data.
func decodeCJK(data []byte) (string, string, error) {
	sample := data
	if len(sample) > scoreSample {
		sample = sample[:scoreSample]
	}
	gb := decodeWith(simplifiedchinese.GB18030, sample)
	b5 := decodeWith(traditionalchinese.Big5, sample)
	gbScore, gbN := cjkScore(gb)
	b5Score, _ := cjkScore(b5)

	enc := encGB18030
	switch {
	case b5Score > gbScore+0.1:
		enc = encBig5
	case b5Score > gbScore-0.1 && len(sample) >= 1000:
		// Too close to call from character frequencies: on long text a
		// statistical detector is a reasonable tiebreaker.
		if chardetPrefersBig5(sample) {
			enc = encBig5
		}
	}
	best, chosen := gbScore, gb
	if enc == encBig5 {
		best, chosen = b5Score, b5
	}
	if r := foreignEncodingReason(sample, chosen); r != "" {
		return "", "", skipf("%s", r)
	}
	if gbN >= 100 && best < 0.1 {
		return "", "", skipf("text encoding not recognised: the bytes do not read as Chinese in UTF-8, GB18030 or Big5 (binary data?)")
	}
	if len(sample) == len(data) {
		if enc == encBig5 {
			return b5, enc, nil
		}
		return gb, enc, nil
	}
	if enc == encBig5 {
		return decodeWith(traditionalchinese.Big5, data), enc, nil
	}
	return decodeWith(simplifiedchinese.GB18030, data), enc, nil
}

// decodeWith decodes b with e; invalid sequences become U+FFFD.
func decodeWith(e encoding.Encoding, b []byte) string {
	out, err := e.NewDecoder().Bytes(b)
	if err != nil {
		// The x/text CJK decoders replace invalid input instead of
		// failing; keep a safe result should that ever change.
		return string(bytes.ToValidUTF8(b, []byte("\ufffd")))
	}
	return string(out)
}

// cjkScore rates how much s looks like real Chinese text: the share of its
// non-ASCII runes that are common Han characters or CJK punctuation, minus
// a penalty for replacement characters, private-use characters and
// controls. It also returns the number of non-ASCII runes.
//
// Big5 bytes read as GB18030 give kana, Greek, private-use and rare
// characters; GB bytes read as Big5 give random (mostly uncommon)
// Traditional characters or invalid sequences. Both score low.
func cjkScore(s string) (float64, int) {
	n, hits, bad := 0, 0, 0
	for _, r := range s {
		if r < utf8.RuneSelf {
			continue
		}
		n++
		switch {
		case isCommonChar(r):
			hits++
		case r == utf8.RuneError, r >= 0xe000 && r <= 0xf8ff, unicode.IsControl(r):
			bad++
		}
	}
	if n == 0 {
		return 0, 0
	}
	return float64(hits-3*bad) / float64(n), n
}

// chardetPrefersBig5 asks github.com/gogs/chardet whether it rates Big5
// above GB18030 for b.
func chardetPrefersBig5(b []byte) bool {
	all, err := chardet.NewTextDetector().DetectAll(b)
	if err != nil {
		return false
	}
	gbConf, b5Conf := -1, -1
	for _, r := range all {
		switch r.Charset {
		case "GB-18030", "GB18030":
			if gbConf < 0 {
				gbConf = r.Confidence
			}
		case "Big5":
			if b5Conf < 0 {
				b5Conf = r.Confidence
			}
		}
	}
	return b5Conf > gbConf
}

// commonSet marks the runes of commonSimplified, commonTraditional and
// common CJK punctuation in the Unified Ideographs block and the
// punctuation blocks.
var commonSet = func() map[rune]bool {
	m := make(map[rune]bool, 2000)
	for _, s := range []string{commonSimplified, commonTraditional, commonPunct} {
		for _, r := range s {
			m[r] = true
		}
	}
	return m
}()

// commonPunct is the full-width punctuation frequent in Chinese prose.
const commonPunct = "，。、；：？！“”‘’（）《》〈〉【】「」『』…—·．％"

// isCommonChar reports whether r is a frequent Chinese character or
// punctuation mark.
func isCommonChar(r rune) bool { return commonSet[r] }
