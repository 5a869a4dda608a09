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

// Asked what was required, every item of the speaker's list ("一是…二是…
// 四是…") is quoted, not two of one source.
func TestEveryDirectedItemIsQuoted(t *testing.T) {
	b := botOver(t, map[string]string{
		"三门峡市2025年健康促进活动.txt": "三门峡市健康促进示范活动在交口村启动\n7月3日上午,三门峡市健康促进行动市级示范活动在湖滨区交口乡交口村启动。活动由区卫生健康委承办。" +
			"针对后续工作,他提出四点要求:一是发挥专业优势,鼓励医疗专家下沉基层;二是强化联动机制,促进三级医疗资源深度融合;三是持续提升服务质量;四是营造良好氛围,大力宣传健康理念。\n",
	})
	a := ask(t, b, nil, "三门峡市卫健委领导在2025年交口村那次活动上提了哪些要求？")
	for _, w := range []string{"发挥专业优势", "强化联动机制", "营造良好氛围"} {
		if !strings.Contains(a.Text, w) {
			t.Errorf("missing %s:\n%s", w, a.Text)
		}
	}
}
