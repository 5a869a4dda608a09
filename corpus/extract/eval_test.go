package extract

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/longbridgeapp/opencc"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

func TestEvalDetect(t *testing.T) {
	files, _ := filepath.Glob("../samples/*.txt")
	conv, _ := opencc.New("s2tw")
	var texts []string
	for _, f := range files {
		b, _ := os.ReadFile(f)
		texts = append(texts, string(b))
	}
	type cs struct {
		name string
		enc  encoding.Encoding
		trad bool
		want string
	}
	cases := []cs{
		{"gbk-simp", simplifiedchinese.GBK, false, "gb18030"},
		{"gbk-trad", simplifiedchinese.GBK, true, "gb18030"},
		{"big5-trad", traditionalchinese.Big5, true, "big5"},
	}
	for _, n := range []int{4, 6, 10, 20, 50, 200} {
		for _, c := range cases {
			total, wrong := 0, 0
			for _, txt := range texts {
				runes := []rune(txt)
				for i := 0; i+n < len(runes); i += 37 {
					s := string(runes[i : i+n])
					if c.trad {
						s, _ = conv.Convert(s)
					}
					b, err := encoding.ReplaceUnsupported(c.enc.NewEncoder()).Bytes([]byte(s))
					if err != nil || utf8.Valid(b) {
						continue
					}
					total++
					_, enc, err := DecodeText(b)
					if err != nil || enc != c.want {
						wrong++
						if wrong < 4 {
							t.Logf("%s n=%d: %q -> %s %v", c.name, n, s, enc, err)
						}
					}
				}
			}
			t.Logf("n=%d %s: %d/%d wrong", n, c.name, wrong, total)
		}
	}
}
