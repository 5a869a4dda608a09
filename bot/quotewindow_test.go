package bot

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// A sentence too long for one quote is cut around what the question asks:
// the clause of a name it quotes, or the clauses holding its rarer words;
// the opening when that is best.
func TestQuoteNear(t *testing.T) {
	head := strings.Repeat("会议强调要坚持以人民健康为中心，", 20)
	s := head + "以开展“五服务五保障”行动为抓手,提高服务质量、打通服务堵点、提升服务能力、改善服务环境、拓展服务内容。"
	got := quoteNear(s, "今年会上说的“五服务五保障”具体是哪几项？")
	if !strings.HasPrefix(got, "…以开展“五服务五保障”") || !strings.Contains(got, "拓展服务内容") {
		t.Errorf("quote around the quoted name = %q", got)
	}
	got = quoteNear(s, "打通服务堵点是怎么说的？")
	if !strings.Contains(got, "打通服务堵点") || utf8.RuneCountInString(got) > maxQuoteRunes+1 {
		t.Errorf("quote around the rare words = %q (%d runes)", got, utf8.RuneCountInString(got))
	}
	if got := quoteNear(s, "以人民健康为中心怎么说？"); got != quote(s) {
		t.Errorf("the opening is the best cut: %q", got)
	}
	if got := quoteNear("短句。", "“五服务五保障”"); got != "短句。" {
		t.Errorf("a short sentence is quoted whole: %q", got)
	}
}
