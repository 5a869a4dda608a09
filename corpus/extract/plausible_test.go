package extract

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// Korean and Japanese fixtures: health-administration prose.
const (
	koreanText = "보건복지부는 올해 국민 건강 증진을 위한 종합 계획을 발표했다. 지역 보건소의 예방 접종률은 작년보다 크게 높아졌으며, " +
		"만성 질환 관리 사업도 확대되었다. 정부는 의료 서비스의 질을 높이고 취약 계층의 의료비 부담을 줄이기 위해 다양한 정책을 추진하고 있다."
	japaneseText = "厚生労働省は今年、国民の健康増進のための総合計画を発表しました。地域の保健所における予防接種率は昨年よりも大きく上昇し、" +
		"慢性疾患の管理事業も拡大されました。政府は医療サービスの質を高め、弱い立場の人々の医療費の負担を減らすために、さまざまな政策を進めています。"
)

func TestImplausibleReason(t *testing.T) {
	gbk := string(encode(t, simplifiedchinese.GBK, simpText1))
	cases := []struct {
		name, text string
		want       string // "" means plausible
	}{
		{"simplified", simpText1, ""},
		{"traditional", tradText1 + tradText2, ""},
		{"english", "Annual report 2023: vaccination coverage 98%, hospital beds 1,200.", ""},
		{"chinese with symbols", "平均气温23.5°C，误差±0.3，面积2×3米，" + simpText1, ""},
		{"short rare characters", "龘靐齉", ""},
		{"gbk read as latin-1", latin1(gbk), "Latin-1 mojibake"},
		{"utf-8 read as latin-1 twice", latin1(latin1(simpText1)), "Latin-1 mojibake"},
		{"pdf hangul garble", "쵨하게홐린뻃쨓쳥훆룄룯좫쫐컀짺붡뾵쾵춳볡돖틔죋쏱붡뾵캪훐탄", "Hangul"},
		{"korean", koreanText, "Hangul"},
		{"japanese", japaneseText, "kana"},
		{"private use", strings.Repeat("\ue000\ue123卫生", 20), "private-use"},
		{"rare characters", strings.Repeat("焊扒汗瘤何绰棵秦惫刮扒碍刘柳阑困茄辆钦拌裙", 3), "rare characters"},
		{"chinese quoting a little korean", strings.Repeat(simpText1, 3) + "（韩文：보건복지부）", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := implausibleReason(c.text)
			if (c.want == "") != (got == "") || !strings.Contains(got, c.want) {
				t.Fatalf("implausibleReason = %q, want %q", got, c.want)
			}
		})
	}
}

// latin1 reads the bytes of s as Latin-1, as a wrong guess would.
func latin1(s string) string {
	r := make([]rune, len(s))
	for i := 0; i < len(s); i++ {
		r[i] = rune(s[i])
	}
	return string(r)
}

// TestForeignEncodings: Korean and Japanese files in their legacy
// encodings decode as GB18030 without errors into Chinese-looking text;
// they are skipped with a reason naming the encoding.
func TestForeignEncodings(t *testing.T) {
	cases := []struct {
		name string
		data []byte
		want string
	}{
		{"euc-kr", encode(t, korean.EUCKR, koreanText), "Korean in EUC-KR"},
		{"euc-kr short", encode(t, korean.EUCKR, "보건복지부 예방 접종률 작년보다 높아졌다"), "Korean in EUC-KR"},
		{"euc-jp", encode(t, japanese.EUCJP, japaneseText), "Japanese in EUC-JP"},
		{"shift_jis", encode(t, japanese.ShiftJIS, japaneseText), "Japanese in Shift_JIS"},
		{"utf-8 korean", []byte(koreanText), "Hangul where Chinese is expected"},
		{"utf-8 latin-1 mojibake", []byte(latin1(string(encode(t, simplifiedchinese.GBK, simpText1)))), "Latin-1 mojibake"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Bytes(bg, "x.txt", c.data, Limits{})
			wantSkip(t, err, c.want)
		})
	}
	// Chinese in GBK and Big5 is still read.
	for _, s := range []string{simpText1, "卫生健康工作总结报告", tradText1} {
		if _, _, err := DecodeText(encode(t, simplifiedchinese.GB18030, s)); err != nil {
			t.Errorf("%s: %v", s, err)
		}
	}
}

// garbledPDF builds a PDF whose font maps GBK bytes wrongly: with
// Identity-H the pure-Go reader gives Latin-1 mojibake ("ÎÀÉú"), with
// UniGB-UCS2-H Hangul ("좫쫐컀짺…").
func garbledPDF(t *testing.T, enc string) []byte {
	t.Helper()
	content := fmt.Sprintf("BT /F1 12 Tf 72 720 Td <%X> Tj ET", encode(t, gbkEnc, simpText1))
	return pdfObjects(
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
		pdfStream(content),
		"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /"+enc+" >>",
	)
}

func TestGarbledPDF(t *testing.T) {
	for _, c := range []struct{ enc, why string }{
		{"Identity-H", "Latin-1 mojibake"},
		{"UniGB-UCS2-H", "Hangul where Chinese is expected"},
	} {
		t.Run(c.enc, func(t *testing.T) {
			data := garbledPDF(t, c.enc)
			if s, err := pdfLibText(bg, data, DefaultLimits()); err != nil || implausibleReason(s) == "" {
				t.Fatalf("the fixture no longer garbles: %q %v", firstRunes(s, 20), err)
			}

			fakePDFToText(t, "")
			_, err := Bytes(bg, "x.pdf", data, Limits{})
			wantSkip(t, err, "pdf text is garbled ("+c.why)
			wantSkip(t, err, "pdftotext (poppler-utils) is not installed")

			fakePDFToText(t, `echo 全市卫生健康系统坚持以人民健康为中心`)
			res, err := Bytes(bg, "x.pdf", data, Limits{})
			if err != nil || res.Text != "全市卫生健康系统坚持以人民健康为中心" {
				t.Fatalf("pdftotext not used: %q %v", res.Text, err)
			}

			fakePDFToText(t, `echo 쵨하게홐린뻃쨓쳥훆룄룯좫쫐컀짺붡뾵쾵춳볡`)
			_, err = Bytes(bg, "x.pdf", data, Limits{})
			wantSkip(t, err, "with the built-in reader and with pdftotext")
		})
	}
}
