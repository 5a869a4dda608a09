package extract

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// readHTML decodes an HTML page and returns its main text and the charset
// used to decode it.
func readHTML(data []byte) (string, string, error) {
	src, enc, err := decodeHTML(data)
	if err != nil {
		return "", "", err
	}
	// Control characters and odd line separators go before parsing, so
	// that whitespace collapsing sees the final characters.
	root, title := parseHTML(normalize(src))
	return renderHTML(root, title), enc, nil
}

// decodeHTML turns the page bytes into UTF-8. A BOM wins, then a charset
// declared in a <meta> tag, then DecodeText's detection. A declaration that
// contradicts the bytes (a page declared gb2312 but saved as UTF-8, or
// declared UTF-8 but not valid UTF-8) is overridden, as browsers' users
// would otherwise see mojibake.
func decodeHTML(data []byte) (string, string, error) {
	if bytes.HasPrefix(data, []byte{0xef, 0xbb, 0xbf}) ||
		bytes.HasPrefix(data, []byte{0xff, 0xfe}) || bytes.HasPrefix(data, []byte{0xfe, 0xff}) {
		return decodeRaw(data)
	}
	if r := binaryReason(data); r != "" {
		return "", "", skipf("%s", r)
	}
	label := metaCharset(data)
	if label == "" {
		return decodeRaw(data)
	}
	e, name := charset.Lookup(label)
	if e == nil {
		return decodeRaw(data)
	}
	switch name {
	case "utf-8", "utf-16le", "utf-16be":
		// A meta tag cannot really declare UTF-16 (the meta itself would
		// not be readable); browsers treat it as UTF-8.
		if utf8.Valid(data) {
			return string(data), encUTF8, nil
		}
		return decodeRaw(data)
	}
	if utf8.Valid(data) && hasHighBit(data) {
		return string(data), encUTF8, nil
	}
	switch name {
	case "gbk", "gb18030":
		return decodeWith(simplifiedchinese.GB18030, data), encGB18030, nil
	case "big5":
		return decodeWith(traditionalchinese.Big5, data), encBig5, nil
	}
	return decodeWith(e, data), name, nil
}

// hasHighBit reports whether b has any byte >= 0x80.
func hasHighBit(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return true
		}
	}
	return false
}

// metaScanLimit is how far into the page metaCharset looks. The HTML
// standard says 1024 bytes, but saved Chinese pages often put the meta tag
// after long scripts.
const metaScanLimit = 64 << 10

// metaCharset returns the charset label declared by <meta charset> or
// <meta http-equiv="Content-Type" content="...; charset=...">, or "".
func metaCharset(data []byte) string {
	if len(data) > metaScanLimit {
		data = data[:metaScanLimit]
	}
	z := html.NewTokenizer(bytes.NewReader(data))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			switch string(name) {
			case "body":
				return ""
			case "meta":
			default:
				continue
			}
			var cs, content string
			httpEquiv := false
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				switch string(k) {
				case "charset":
					cs = string(v)
				case "content":
					content = string(v)
				case "http-equiv":
					httpEquiv = strings.EqualFold(strings.TrimSpace(string(v)), "content-type")
				}
			}
			if cs = strings.TrimSpace(cs); cs != "" {
				return cs
			}
			if httpEquiv || content != "" {
				if cs := charsetFromContentType(content); cs != "" {
					return cs
				}
			}
		}
	}
}

// charsetFromContentType extracts the charset parameter from a
// Content-Type value such as "text/html; charset=gb2312".
func charsetFromContentType(ct string) string {
	i := strings.Index(strings.ToLower(ct), "charset")
	if i < 0 {
		return ""
	}
	rest := strings.TrimLeft(ct[i+len("charset"):], " \t")
	if !strings.HasPrefix(rest, "=") {
		return ""
	}
	rest = strings.Trim(strings.TrimLeft(rest[1:], " \t"), `"' `)
	if j := strings.IndexAny(rest, `;"' `); j >= 0 {
		rest = rest[:j]
	}
	return rest
}
