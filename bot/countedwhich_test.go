package bot_test

import (
	"strings"
	"testing"
)

// "上了两家卫生院，是哪两家" asks for the items, as 哪几家 does: it is answered
// by the sentence naming them (分别是…), not by the sentences repeating
// the question's words (made-up news).
func TestWhichOfACountAsksTheItems(t *testing.T) {
	b := botOver(t, map[string]string{
		"08_mouxian_jicengxing_2025.txt": "我县2家卫生院获国家通报表扬\n近日,国家卫生健康委对在2024年度“优质服务基层行”活动中表现突出的机构予以通报表扬。其中,我县2家基层医疗卫生机构榜上有名。\n" +
			"2024年,各地持续开展活动,最终确定2949个社区卫生服务中心和乡镇卫生院达到服务能力推荐标准。国家卫生健康委决定对在2024年度“优质服务基层行”活动中表现突出的机构予以通报表扬。\n" +
			"此次上榜的我县基层医疗卫生机构,分别是广平镇中心卫生院、汉源中心卫生院。\n",
	})
	answer := ask(t, b, nil, "2024年度基层行国家通报表扬，有个县上了两家卫生院，是哪两家？").Text
	if !strings.Contains(answer, "广平镇中心卫生院、汉源中心卫生院") {
		t.Errorf("the two not named:\n%s", answer)
	}
}
