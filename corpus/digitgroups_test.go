package corpus

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// Digits grouped in threes by spaces after a word are one number; a column
// of numbers, a year and a count before its unit stay as written.
func TestJoinDigitGroups(t *testing.T) {
	for in, want := range map[string]string{
		"在册患者数量为7 401 人,其中6 507 人在社区": "在册患者数量为7401 人,其中6507 人在社区",
		"共计1 234 567元":    "共计1234567元",
		"开放床位数 277 555":   "开放床位数 277 555",
		"2020 年有50%以上":    "2020 年有50%以上",
		"全世界每4 个人中就有1人":   "全世界每4 个人中就有1人",
		"门诊人次 48660 8989": "门诊人次 48660 8989",
		"达到1 2345":        "达到1 2345",
		"达到12 345 6789":   "达到12 345 6789",
	} {
		if got := joinDigitGroups(in); got != want {
			t.Errorf("joinDigitGroups(%q) = %q, want %q", in, got, want)
		}
	}
}

// The grouped number is read as one figure.
func TestDigitGroupsFigure(t *testing.T) {
	r := Parse("t.txt", "截至2021年底,上海市嘉定区在册严重精神障碍患者数量为7 401 人。", Meta{}, Options{}).Reports[0]
	if len(r.Figures) != 1 || r.Figures[0].Raw != "7401" || !strings.Contains(r.Figures[0].Label, "在册") {
		t.Errorf("figures %+v, want one of 7401 labelled with 在册", r.Figures)
	}
}

// Only spaces between digit groups are taken out: the text is otherwise
// unchanged and stays valid UTF-8.
func FuzzJoinDigitGroups(f *testing.F) {
	for _, s := range []string{"数量为7 401 人", "开放床位数 277 555", "共计1\u2009234\u00a0567元", "为1 234 5678"} {
		f.Add(s)
	}
	drop := strings.NewReplacer(" ", "", "\u2009", "", "\u00a0", "")
	f.Fuzz(func(t *testing.T, s string) {
		got := joinDigitGroups(s)
		if utf8.ValidString(s) && !utf8.ValidString(got) {
			t.Fatalf("invalid UTF-8 from %q", s)
		}
		if drop.Replace(got) != drop.Replace(s) {
			t.Fatalf("joinDigitGroups(%q) = %q changed more than spaces", s, got)
		}
	})
}
