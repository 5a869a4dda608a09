package bot

import (
	"strings"
	"testing"
)

// "被评成…示范县的是哪几个" is answered by the sentence whose subject lists
// the places named so, not by the sentences near the topic that name other
// places for another title.
func TestHonouredSubjects(t *testing.T) {
	sources := []Source{{N: 1, Text: "深化公立医院改革,推行预约诊疗、日间手术等服务模式,黄骅、南皮和东光县被评为省级公立医院综合改革示范县。黄骅市、新华区、运河区成功创建国家级慢性病综合防控示范区。"}}
	items, ok := honouredSubjects("沧州被评成省级公立医院综合改革示范县的是哪几个？", sources)
	if !ok || len(items) != 1 || !strings.Contains(items[0].text, "黄骅、南皮和东光县") {
		t.Fatalf("honoured: %v %v", items, ok)
	}
	answer := listExtract("沧州被评成省级公立医院综合改革示范县的是哪几个？", "", sources, sources)
	if strings.Contains(answer.Text, "运河区") {
		t.Errorf("another title's places quoted:\n%s", answer.Text)
	}
	items, ok = honouredSubjects("哪几个区创建了国家级慢性病综合防控示范区？", sources)
	if !ok || !strings.Contains(items[0].text, "运河区") {
		t.Errorf("second title: %v %v", items, ok)
	}
	if items, ok := honouredSubjects("哪几个县被评为省级卫生应急示范县？", sources); ok {
		t.Errorf("a title not in the sources answered: %v", items)
	}
}

// A title conferred on those listed after 授予 ("授予子长市、吴起县…等四县(市)
// “…先进县(市)”称号"), in either script, answers which were named so; the
// same award to other bodies does not.
func TestConferredTitle(t *testing.T) {
	sources := []Source{{N: 1, Text: "授予子長市、吳起縣、洛川縣、宜川縣等四縣(市)“2019年度全市深化醫藥衛生體制改革工作先進縣(市)”稱號,各頒發獎牌一塊。授予市人社局、市財政局等兩單位“2019年度全市深化醫藥衛生體制改革工作先進集體”稱號。"}}
	items, ok := honouredSubjects("延安去年医改工作评上先进的是哪几个县市？", sources)
	if !ok || len(items) != 1 || !strings.Contains(items[0].text, "洛川縣") {
		t.Errorf("conferred: %v %v", items, ok)
	}
}

// "哪几个县在创自治区级卫生县城" is answered by the clause naming those
// places, not by the sentence's clause naming others for the national title.
func TestHonouredClauseAlone(t *testing.T) {
	sources := []Source{{N: 1, Text: "三是持续推进喀什市、岳普湖县创建国家级卫生城市(县城),疏附、叶城、塔县创建自治区级卫生县城,目前已通过初审。"}}
	items, ok := honouredSubjects("喀什有哪几个县在创自治区级卫生县城？", sources)
	if !ok || items[0].text != "疏附、叶城、塔县创建自治区级卫生县城" {
		t.Errorf("clause: %v %v", items, ok)
	}
	if _, ok := honouredSubjects("喀什在创自治区级卫生县城吗？", sources); ok {
		t.Errorf("a yes-or-no question answered with a list")
	}
}

// A subject counting places ("我区3个市、6个县城及乡镇被…命名为…") names
// none of them: the clause that names them answers.
func TestHonouredCountsAreNoNames(t *testing.T) {
	sources := []Source{{N: 1, Text: "我区3个市、6个县城及乡镇被全国爱卫会命名为国家卫生城市、国家卫生乡镇(县城)。其中,固原市、中卫市、灵武市被全国爱卫会命名为国家卫生城市(区)。"}}
	items, ok := honouredSubjects("宁夏2021年初新命名的国家卫生城市是哪几个？", sources)
	if !ok || !strings.HasPrefix(items[0].text, "固原市") {
		t.Errorf("named: %v %v", items, ok)
	}
}

// Titles given one a sentence ("…福康家园养老服务中心评定总分为637，…，确定为
// 三星级养老机构") are gathered, of the grade asked only (not 二星级).
func TestHonouredOneASentence(t *testing.T) {
	sources := []Source{{N: 1, Text: "平潭综合实验区芦洋乡敬老院评定总分为572.5，且每一项得分不低于该项总分的50%，确定为二星级养老机构。" +
		"平潭综合实验区福康家园养老服务中心评定总分为637，且每一项得分不低于该项总分的60%，确定为三星级养老机构。" +
		"平潭综合实验区福满堂养老院评定总分为777.5，且每一项得分不低于该项总分的60%，确定为三星级养老机构。"}}
	items, ok := honouredSubjects("平潭今年养老机构星级评定，评上三星级的是哪几家？", sources)
	if !ok || len(items) != 2 {
		t.Fatalf("got %v %v, want the two 三星级 homes", items, ok)
	}
	for _, it := range items {
		if !strings.Contains(it.text, "三星级") {
			t.Errorf("item %q is of another grade", it.text)
		}
	}
}
