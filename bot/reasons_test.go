package bot_test

import (
	"strings"
	"testing"
)

// A question asking why ("咋还变少了，啥原因", "为啥没办成") is answered by
// the sentences that give a reason, not by the figures near the topic.
func TestReasonAsked(t *testing.T) {
	b := botOver(t, map[string]string{
		"某市2024年卫生健康事业发展统计公报.txt": "某市2024年卫生健康事业发展统计公报\n一、医疗卫生资源\n" +
			"2024年末，全市医疗卫生机构总数4441个，比上年增加182个。全市村卫生室1530个，比上年减少41个，村卫生室人员2105人，村卫生室诊疗量比上年减少。" +
			"减少的主要原因是行政区划调整，部分合并。\n",
		"某县提案答复.txt": "关于在社区卫生服务中心设置视频会议室的提案的答复\n收到提案后，县卫健局高度重视，组织人员实地查看。" +
			"经与县住建局对接，在原有房屋上加层，与房屋安全隐患排查整治精神相违背，属整治范围，不予审批。下一步将协调其他场地，为社区卫生服务中心提供视频会议室。\n",
	})
	for q, want := range map[string]string{
		"某市2024年村卫生室咋还变少了，啥原因？": "行政区划调整",
		"某县设置视频会议室的那个提案，为啥没办成？": "不予审批",
	} {
		a := ask(t, b, nil, q)
		first := firstExtract(a.Text)
		if !strings.Contains(first, want) {
			t.Errorf("%s: want the reason (%s) first: %s", q, want, a.Text)
		}
	}
}
