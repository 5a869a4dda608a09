package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/healthbot/healthbot/corpus/figures"
	"github.com/healthbot/healthbot/corpus/places"
)

// withoutOpeningPlace is a figure's label without the place it opens with
// ("肥西县现有托育机构" → "托育机构", "威海市人均预期寿命" → "人均预期寿命"):
// the figure records its place apart, and the label then reads as the
// indicator a question names. A place that names an institution
// ("肥西县人民医院床位") stays, as does a label that would be left with
// fewer than two characters, and so does a place that opens a table row's
// name or a list of places.
func withoutOpeningPlace(label string) string {
	ms := places.Find(label)
	if len(ms) == 0 || ms[0].Start != 0 || ms[0].End >= len(label) {
		return label
	}
	rest := label[ms[0].End:]
	if r, _ := utf8.DecodeRuneInString(rest); !unicode.Is(unicode.Han, r) || strings.ContainsRune("和及与或", r) {
		return label // "济南市 卫生机构数" (a table's row and column), "颍泉区、界首市完成…"
	}
	trimmed := figures.TrimLead(rest)
	if trimmed == rest && (namesBody(rest) || orgAt(rest) > 0) {
		return label
	}
	if utf8.RuneCountInString(trimmed) < 2 {
		return label
	}
	return withoutPlaceExamples(trimmed)
}

// maxPlaceExampleRunes bounds a place given as an example before 等.
const maxPlaceExampleRunes = 8

// withoutPlaceExamples is a label without the place it opens with as an
// example of what it counts: "竹山县城等乡镇获得命名" (of "武汉市消泗乡、…、十堰
// 市竹山县城等144个乡镇(县城)获得命名") counts 乡镇, of which 竹山县城 is one.
func withoutPlaceExamples(label string) string {
	i := strings.Index(label, "等")
	if i <= 0 || utf8.RuneCountInString(label[:i]) > maxPlaceExampleRunes || len(places.Find(label[:i])) == 0 {
		return label
	}
	if rest := label[i+len("等"):]; utf8.RuneCountInString(rest) >= 2 {
		return rest
	}
	return label
}

// namesBody reports whether s holds the name of an institution or body
// ("人民医院床位", "疾控中心人员").
func namesBody(s string) bool { return containsAny(s, institutionEnds) }

// partPlace is the place a part of a figure is of when the part is a
// place's name ("确诊病例：其中苏仙区" → 苏仙区), "" otherwise.
func partPlace(label string) string {
	_, part, ok := figures.SplitPart(label)
	if !ok {
		return ""
	}
	ms := places.Find(part)
	if len(ms) != 1 || ms[0].Start != 0 || ms[0].End != len(part) || !resolved(ms[0].Place) {
		return ""
	}
	return ms[0].Place.Name
}

// newsBullets open the items of a page of news in brief, each of its own
// place ("● 近日,珠海市医学会…").
const newsBullets = "●◆■▲★◇□○•"

// bulletItemPlace is the place a news-in-brief item names first, for a
// figure at the byte offset at within it: the item is that place's, not
// the page's ("● 近日,第四届…论坛暨2022年珠海市医学会…年会…线上开展主题健康
// 教育15次" on a page of 云浮市). "" when the figure's line opens with no
// bullet or names no place before the figure.
func bulletItemPlace(work string, mentions []places.Mention, at int) string {
	lineStart := strings.LastIndexByte(work[:at], '\n') + 1
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(work[lineStart:at], " \t\u3000"))
	if !strings.ContainsRune(newsBullets, r) {
		return ""
	}
	for _, m := range mentions {
		if m.Start >= lineStart && m.End <= at && resolved(m.Place) {
			return m.Place.Name
		}
	}
	return ""
}

// forwardedPlace is the place whose document a title says is forwarded
// ("常张乡人民政府转发山西省2023年12月报告法定传染病疫情": 山西省): the text
// is that place's, whoever forwards it and whatever the file is named. A
// notice of forwarding ("关于转发…的通知") is not: its sender adds its own.
func forwardedPlace(title string) string {
	t := findText(title)
	if strings.HasPrefix(t, "关于") {
		return "" // "关于转发南昌市卫健委《…》的通知": the notice is its sender's, with its own measures
	}
	_, rest, ok := strings.Cut(t, "转发")
	if !ok {
		return ""
	}
	rest = strings.TrimLeft(rest, "了《“\" ")
	if ms := places.Find(rest); len(ms) > 0 && ms[0].Start == 0 && resolved(ms[0].Place) {
		return ms[0].Place.Name
	}
	return ""
}

// maxSaidRunes bounds what a headline says of a count after it.
const maxSaidRunes = 12

// saidOfPlaceCount is, for a figure labelled by a place's name alone
// ("2014年泉州47718人参加无偿献血": 泉州), what the words right after its
// number say of the count ("参加无偿献血"), up to the clause's end; "" when
// the label is more than a place or nothing of two characters follows.
func saidOfPlaceCount(work string, f *Figure) string {
	if !namesPlaceOnly(f.Label) || f.Span.End > len(work) {
		return ""
	}
	var said []rune
	for _, r := range work[f.Span.End:] {
		if !unicode.Is(unicode.Han, r) || len(said) == maxSaidRunes {
			break
		}
		said = append(said, r)
	}
	if len(said) < 2 {
		return ""
	}
	return string(said)
}

// namesPlaceOnly reports whether a label is a place's name, whole or short
// ("泉州市", "泉州").
func namesPlaceOnly(label string) bool {
	if p, ok := places.Lookup(label); ok && p.Name == label {
		return true
	}
	_, ok := shortFormPlace(label)
	return ok
}
