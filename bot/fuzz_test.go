package bot

import (
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

var citedNumber = regexp.MustCompile(`\[(\d+(?:,\d+)*)\]`)

// FuzzVerify checks the parser of generated answers: whatever the model
// says, only citations of given sources survive, the text stays valid, and
// nothing is lost but bad citations.
func FuzzVerify(f *testing.F) {
	for _, s := range []string{
		"家庭医生总签约率为50.2% [1]。", "签约率为61.3% [1][9]", "［2］数字1,353万元[1、3]", "1. 第一点 [1]\n2. 第二点",
		"", "[", "[]", "[99999999999999999999]", "2023年 [1]", "\xff[1]", "（1）事项 [2,3]",
	} {
		f.Add(s)
	}
	sources := []Source{
		{N: 1, Year: 2023, Text: "家庭医生总签约率为50.2%(省市要求>50%)。"},
		{N: 2, Year: 2016, Text: "已签约36570户,签约率为92.64%。投入1,353万元。"},
	}
	f.Fuzz(func(t *testing.T, text string) {
		out, _ := verify(text, sources, "2023年家庭医生签约率")
		if utf8.ValidString(text) && !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8 from %q", text)
		}
		for _, m := range citedNumber.FindAllStringSubmatch(out, -1) {
			for _, part := range strings.Split(m[1], ",") {
				if n, _ := strconv.Atoi(part); n != 1 && n != 2 {
					t.Fatalf("citation [%s] of a missing source survived in %q", part, out)
				}
			}
		}
	})
}

// FuzzRequest runs arbitrary chat input through the request checks, intent
// detection and follow-up handling.
func FuzzRequest(f *testing.F) {
	for _, s := range []string{"2023年家庭医生签约率是多少？", "那2016年呢？", "展开第二点", "帮我起草2025年工作计划", "", "😀", "\x00\xff", strings.Repeat("率", 3000)} {
		f.Add(s)
	}
	prev := Turn{Question: "2023年家庭医生签约率是多少？", Resolved: "2023年家庭医生签约率是多少？", Answer: Answer{Text: "1. 第一点 [1]\n2. 第二点 [1]"}}
	now := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, text string) {
		c := cleanRequest(text)
		if !utf8.ValidString(c) || utf8.RuneCountInString(c) > MaxRequestRunes {
			t.Fatalf("cleanRequest(%q) = %q", text, c)
		}
		_ = checkRequest(c)
		_ = DetectIntent(c)
		if isFollowUp(c) {
			q, _ := carryOver(prev, c, now)
			if !utf8.ValidString(q) {
				t.Fatalf("carry-over of %q gave invalid text", c)
			}
		}
		_ = answerPoint(prev.Answer.Text, len(c)%5)
	})
}
