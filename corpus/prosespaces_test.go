package corpus

import (
	"strings"
	"testing"
)

// A space a PDF left inside a sentence goes; spaces of table rows, run-in
// headings, field names and numbers set apart stay.
func TestJoinProseSpaces(t *testing.T) {
	for in, want := range map[string]string{
		"(一)全区居民健康素养水平提高到26%以上.城、乡 居民健康素养水平分别提高到26%和18%以上.": "(一)全区居民健康素养水平提高到26%以上.城、乡居民健康素养水平分别提高到26%和18%以上.",
		"全县建成标准化村卫生室 120个，覆盖率达到 100%。":                      "全县建成标准化村卫生室 120个，覆盖率达到 100%。",
		"组织开展健康 教育讲座36场，受益群众2000余人。":                        "组织开展健康教育讲座36场，受益群众2000余人。",
		"一、工作目标 进一步完善健康促进与教育体系建设,推动融入所有政策。":                 "一、工作目标 进一步完善健康促进与教育体系建设,推动融入所有政策。",
		"医院 卫生院 村卫生室":     "医院 卫生院 村卫生室",
		"发文机关 海口市卫生健康委员会": "发文机关 海口市卫生健康委员会",
		"开展义诊  活动，惠及群众。":  "开展义诊  活动，惠及群众。",
	} {
		if got := joinProseSpaces(in); got != want {
			t.Errorf("joinProseSpaces(%q)\n got %q\nwant %q", in, got, want)
		}
	}
}

// An ASCII full stop ends a sentence of prose; a decimal point, an outline
// number and a full stop after a few words do not.
func TestProseFullStop(t *testing.T) {
	text := "全区居民健康素养水平提高到26%以上.城乡居民达到18%.一.工作目标是3.5万人"
	var got []string
	for _, s := range sentences(text, Span{0, len(text)}) {
		got = append(got, text[s.Start:s.End])
	}
	want := []string{"全区居民健康素养水平提高到26%以上.", "城乡居民达到18%.", "一.工作目标是3.5万人"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("sentences = %q, want %q", got, want)
	}
}

func FuzzJoinProseSpaces(f *testing.F) {
	f.Add("城、乡 居民健康素养水平分别提高到26%和18%以上.")
	f.Add("一、工作目标 进一步完善，推动。\n医院 卫生院")
	f.Fuzz(func(t *testing.T, s string) {
		got := joinProseSpaces(s)
		if strings.ReplaceAll(got, " ", "") != strings.ReplaceAll(s, " ", "") {
			t.Fatalf("joinProseSpaces changed more than spaces: %q -> %q", s, got)
		}
		if len(got) > len(s) {
			t.Fatalf("joinProseSpaces grew the text: %q -> %q", s, got)
		}
	})
}
