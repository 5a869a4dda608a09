package bot_test

import (
	"strings"
	"testing"
)

// A question for what a visit or a meeting required is answered by what
// was directed ("他强调，…要…", "二是要…") before the report of the event,
// though the directions repeat few of the question's words.
func TestDirectionsAnswerWhatWasRequired(t *testing.T) {
	b := botOver(t, map[string]string{
		"靖西市2024年调研新闻.txt": "广西卫生健康代表团到靖西市开展调研\n" +
			"3月4日,自治区卫生健康委主任率广西卫生健康代表团到靖西市开展调研,靖西市委书记等领导参加调研座谈会。" +
			"靖西市委书记对代表团的到来表示感谢,希望自治区卫生健康委继续对靖西卫生健康事业给予精准指导。" +
			"会上,主任对靖西市卫生健康系统几年来所取得的成绩给予充分肯定。他强调,靖西市要在“组团式”帮扶协作下,进一步巩固协作取得的成果;" +
			"要加强整体医疗服务能力建设,继续推进医共体建设。\n",
	})
	a := ask(t, b, nil, "自治区卫健委去靖西调研，对靖西卫生工作提了哪些要求？")
	lines := strings.Split(a.Text, "\n")
	if len(lines) < 3 || !strings.Contains(lines[1]+lines[2], "组团式") {
		t.Errorf("want the directions (组团式) first:\n%s", a.Text)
	}
}
