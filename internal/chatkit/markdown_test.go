package chatkit

import (
	"strings"
	"testing"

	"github.com/healthbot/healthbot/bot"
	"github.com/healthbot/healthbot/corpus"
)

func TestParseVote(t *testing.T) {
	tests := []struct {
		in, vote, comment string
		ok                bool
	}{
		{"👍", VoteUp, "", true},
		{" 有帮助 ", VoteUp, "", true},
		{"👎 数字是去年的", VoteDown, "数字是去年的", true},
		{"👎：来源不对", VoteDown, "来源不对", true},
		{"没用", VoteDown, "", true},
		{"2023年家庭医生签约率是多少？", "", "", false},
		{"有用的指标有哪些？", "", "", false},
	}
	for _, tt := range tests {
		vote, comment, ok := ParseVote(tt.in)
		if vote != tt.vote || comment != tt.comment || ok != tt.ok {
			t.Errorf("ParseVote(%q) = %q, %q, %v", tt.in, vote, comment, ok)
		}
	}
}

func TestMarkdownAnswer(t *testing.T) {
	v := 50.2
	a := bot.Answer{Question: "2023年家庭医生签约率是多少？", Intent: bot.IntentFigure, Mode: bot.ModeExtractive,
		Text:     "家庭医生签约率为50.2%[1]。\n\n| 指标 | 2022年 | 2023年 |\n| --- | --- | --- |\n| 签约率 | — | 50.2% |",
		Figures:  []bot.FigureRow{{Label: "家庭医生签约率", Value: &v, Raw: "50.2", Unit: "%", Year: 2023, Kind: corpus.KindSummary, Source: 1}},
		Warnings: []string{"原文此处未给出具体数字，不作推测。"},
		Sources:  []bot.Source{{N: 1, Title: "2023年工作总结", Year: 2023, Section: "一、工作 > (一) 基层 > 1. 签约", Text: "家庭医生签约率达到\n50.2%。"}}}
	lists := Markdown(a, MarkdownOptions{Asked: a.Question})
	for _, want := range []string{"- **签约率** — 2023年：50.2%", "- **家庭医生签约率**：50.2%（2023年，实际）[1]", "⚠ 原文此处未给出具体数字", "离线模式",
		"[1] 2023年工作总结（2023年，总结） · (一) 基层 > 1. 签约", "> “家庭医生签约率达到 50.2%。”"} {
		if !strings.Contains(lists, want) {
			t.Errorf("lacks %q:\n%s", want, lists)
		}
	}
	if strings.Contains(lists, "理解为") || strings.Contains(lists, "| ---") {
		t.Errorf("reinterpretation or a table shown:\n%s", lists)
	}
	tables := Markdown(a, MarkdownOptions{Asked: "那2023年呢？", Tables: true})
	if !strings.Contains(tables, "| 家庭医生签约率 | 50.2% | 2023年 | 实际 | [1] |") || !strings.Contains(tables, "> 理解为：") {
		t.Errorf("tables or the reinterpretation missing:\n%s", tables)
	}
}
