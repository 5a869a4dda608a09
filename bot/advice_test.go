package bot_test

import (
	"strings"
	"testing"
)

// "通报里叫老百姓怎么防病" is answered by the bulletin's advice to the public,
// not by its counts of cases (made-up bulletin).
func TestAdviceToThePublic(t *testing.T) {
	b := botOver(t, map[string]string{
		"yiqing.txt": "云溪市2024年2月法定传染病疫情概况\n2024年2月,全市无甲类传染病报告。报告乙类传染病20种,发病2804例,死亡34人。\n" +
			"冬春交替之际,要避免因气候反复变化引发疾病,做好饮食卫生和环境卫生,前往人群密集场所时做好个人防护。建议儿童、中老年人积极接种流感疫苗。\n",
	})
	a := ask(t, b, nil, "云溪2月那期疫情通报里，叫老百姓怎么防病的？")
	if !strings.Contains(a.Text, "做好饮食卫生") || !strings.Contains(a.Text, "积极接种流感疫苗") {
		t.Errorf("want the advice to the public:\n%s", a.Text)
	}
	if strings.Contains(a.Text, "2804例") {
		t.Errorf("the counts of cases quoted as advice:\n%s", a.Text)
	}
}

// What is done so the public can see a doctor nearby ("让老百姓就近看病准备
// 咋弄") is no advice to them, and 老百姓 is whom it serves, no aspect of
// it: the plan's measures answer, not a sentence that 倡导s something, nor
// one on 群众 or on 就医 elsewhere (made-up work report).
func TestDoneForThePublicIsNoAdvice(t *testing.T) {
	b := botOver(t, map[string]string{
		"baogao.txt": "2026年福建省政府工作报告\n二、2026年重点工作\n持续完善社保网络。加快社会保险扩面提质，方便异地就医结算。\n兜牢民生底线。加强基层群众救助帮扶。\n织牢基层网底。倡导积极婚育观，优化生育支持政策和激励措施，发展普惠托育服务。实施医疗卫生强基工程，高质量建设紧密型县域医共体，常态化开展“千名医师下基层”、“移动医院”巡诊。\n",
	})
	a := ask(t, b, nil, "福建2026年强基层、让老百姓就近看病准备咋弄？")
	if _, first, _ := strings.Cut(a.Text, "1. "); !strings.Contains(strings.SplitN(first, "\n", 2)[0], "千名医师下基层") {
		t.Errorf("want the measures for care near home:\n%s", a.Text)
	}
}
