package bot_test

import (
	"strings"
	"testing"
)

// "哪位副县长" is answered by the clause naming the 副县长, not by the
// sentence naming every official there; a 县长 is not found inside 副县长.
func TestTitleHolderAsked(t *testing.T) {
	b := botOver(t, map[string]string{
		"会议.txt": "江华县召开2024年卫生健康工作会议\n3月29日上午，江华县召开2024年卫生健康工作会议，县委副书记、统战部部长唐伟文出席并讲话，县人大常委会副主任许旭阳、副县长李艳辉、县政协副主席梁黎超参加。\n",
	})
	a := ask(t, b, nil, "江华县2024年卫健工作会是哪位副县长参加的？")
	if !strings.Contains(a.Text, "李艳辉") || strings.Contains(a.Text, "唐伟文") || strings.Contains(a.Text, "许旭阳") {
		t.Errorf("want 李艳辉 alone:\n%s", a.Text)
	}
	a = ask(t, b, nil, "江华县2024年卫健工作会是哪位县长参加的？")
	if strings.Contains(firstLine(a.Text), "李艳辉") {
		t.Errorf("a 副县长 given for 县长:\n%s", a.Text)
	}
}

// The office is read off a longer title ("县卫健局局长" → 局长).
func TestTitleHolderOfLongTitle(t *testing.T) {
	b := botOver(t, map[string]string{
		"会议.txt": "江华县召开2024年卫生健康工作会议\n3月29日上午，江华县召开2024年卫生健康工作会议，县卫健局局长王强主持会议，副局长李明参加。\n",
	})
	a := ask(t, b, nil, "江华县2024年卫健工作会上县卫健局局长是谁？")
	if !strings.Contains(a.Text, "王强") || strings.Contains(a.Text, "李明") {
		t.Errorf("want 王强 alone:\n%s", a.Text)
	}
}
