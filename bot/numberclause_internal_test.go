package bot

import (
	"strings"
	"testing"
)

func TestAskedClause(t *testing.T) {
	sent := "2023年,“健康宁县”微信公众号累计发布工作动态、预警信息、健康知识共130条,转载文章143篇,全面宣传了全县卫生健康工作。"
	if got, ok := askedClause(sent, "宁县卫健局的公众号2023年转了多少篇别人的文章？", ""); !ok || got != "…转载文章143篇…" {
		t.Errorf("askedClause = %q, %v; want the clause of 篇", got, ok)
	}
	// Of two clauses in the unit asked, the one sharing the question's words.
	sent = "为贫困患者报销医疗费用6.54亿元,减轻贫困患者医疗负担2.49亿元。"
	if got, ok := askedClause(sent, "宝鸡去年贫困户看病，报销了多少钱？", ""); !ok || got != "为贫困患者报销医疗费用6.54亿元…" {
		t.Errorf("askedClause = %q, %v", got, ok)
	}
	// The people counted by a noun ("36万适龄女生"), named by the question's
	// words, over a number in the unit asked that names something else.
	sent2 := "免费为36万适龄女生接种HPV疫苗，两癌筛查惠及妇女50万人。"
	if got, ok := askedClause(sent2, "某省给女孩子免费打宫颈癌疫苗打了多少人？", "HPV疫苗"); !ok || got != "免费为36万适龄女生接种HPV疫苗…" {
		t.Errorf("askedClause = %q, %v", got, ok)
	}
	// A counter no clause uses, in another word for it that one does: 单
	// of business reported in 件.
	sent4 := "2025年,政务窗口共受理卫生行政许可申请270件,发放卫生许可证254件。"
	if got, ok := askedClause(sent4, "窗口去年一共接了多少单？", "受理"); !ok || got != "…政务窗口共受理卫生行政许可申请270件…" {
		t.Errorf("askedClause = %q, %v; want the clause of 受理 in 件", got, ok)
	}
	// A year dates a clause: it is no number of it.
	if got, ok := askedClause("(二)依申请公开。2024年,共收到政府信息公开申请8件,均已按时答复。", "舟山卫健委去年一共有几个人来申请公开信息的？", ""); ok {
		t.Errorf("cut to %q: the year's clause is no number", got)
	}
	// No unit asked, or one number only: the sentence stays whole.
	if _, ok := askedClause(sent, "晋城准备推进几大工程？", ""); ok {
		t.Error("cut without a unit asked")
	}
	if _, ok := askedClause("全年转载文章143篇。", "转了多少篇文章？", ""); ok {
		t.Error("cut a sentence of one number")
	}
	// The clause naming what is asked, its amount in the next clause:
	// both are quoted, as written.
	sent3 := "关爱服务区80周岁及以上老年人14高龄津贴1.为80周岁以上低保老人增发高龄补贴，每人每月100元。"
	if got, ok := askedClause(sent3, "平潭80岁以上吃低保的老人，每个月能多领多少钱？", ""); !ok || got != "关爱服务区80周岁及以上老年人14高龄津贴1.为80周岁以上低保老人增发高龄补贴，每人每月100元" {
		t.Errorf("askedClause = %q, %v; want the named clause and its amount", got, ok)
	}
}

// A clause listing several numbers between 、 is cut to the item asked; a
// list whose items match the question alike stays whole.
func TestAskedItemOfAList(t *testing.T) {
	sent := "2025年全年,该院累计完成门急诊45184人次、出院患者2856人次、各类手术100余台,医疗服务能力稳步提升。"
	if got, ok := askedClause(sent, "那个卫生院去年全年门急诊看了多少人次？", ""); !ok || got != "…该院累计完成门急诊45184人次…" {
		t.Errorf("askedClause = %q, %v", got, ok)
	}
	if got, ok := askedClause(sent, "那个卫生院去年出院了多少人次？", ""); !ok || got != "…出院患者2856人次…" {
		t.Errorf("askedClause = %q, %v", got, ok)
	}
	if got, ok := askedClause("全县新建村卫生室12个、社区卫生服务站8个。", "今年建了多少个？", ""); ok && got != "全县新建村卫生室12个、社区卫生服务站8个" {
		t.Errorf("cut a list whose items match alike: %q", got)
	}
}

// Asked what is planned, a sentence stating an intent ("将积极推进…")
// weighs more than one that only shares the question's words.
func TestPlanWeight(t *testing.T) {
	if w := planWeight(true, "2021年,医院将积极推进公立医院改革。"); w <= 1 {
		t.Errorf("intent weighs %v", w)
	}
	if w := planWeight(true, "大会在庄严的国歌声中开幕。"); w != 1 {
		t.Errorf("agenda weighs %v", w)
	}
	if w := planWeight(false, "2021年,医院将积极推进公立医院改革。"); w != 1 {
		t.Errorf("intent weighs %v when no plan is asked", w)
	}
}

// Asked one number, the later sentences writing a number in the unit asked
// are other answers, left out; sentences without one stay.
func TestOneAnswerInUnit(t *testing.T) {
	picked := []scored{{text: "为1500名低保困难人群中严重精神障碍患者发放免费药品;"}, {text: "全区推进家庭医生签约服务。"}, {text: "为2559名重度残疾人提供康复服务;"}}
	got := oneAnswerInUnit(picked, "人")
	if len(got) != 2 || got[1].text != "全区推进家庭医生签约服务。" {
		t.Errorf("kept %v", got)
	}
	if got := oneAnswerInUnit(picked[1:], "人"); len(got) != 2 {
		t.Errorf("the first writes no number in the unit, yet %v", got)
	}
	if !numberIn("为1500名患者", "人") || numberIn("为1500元", "人") {
		t.Error("numberIn of people counters")
	}
}

// Asked the level now ("最多能报多少"), a change's clause is quoted without
// the level it started from; asked the change, with it.
func TestAskedClauseLeavesOutTheStartOfAChange(t *testing.T) {
	sent := "新农合住院最高支付限额由4万元提高到15万元,门诊报销比例提高到50%。"
	if got, ok := askedClause(sent, "山西新农合现在住院一年最多能给报多少钱？", ""); !ok || got != "新农合住院最高支付限额由…提高到15万元…" {
		t.Errorf("askedClause = %q, %v", got, ok)
	}
	if got, ok := askedClause(sent, "山西新农合住院最多能报的钱，从多少提到多少？", ""); ok && !strings.Contains(got, "4万元") {
		t.Errorf("both ends asked, yet %q", got)
	}
}
