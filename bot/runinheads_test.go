package bot_test

import (
	"strings"
	"testing"
)

// Asked how a piece of work was done, a paragraph of run-in items answers
// with every item's heading and its first sentence, not the first items'
// sentences only (made-up news report).
func TestHowAnsweredItemByItem(t *testing.T) {
	b := botOver(t, map[string]string{
		"创卫.txt": "城固县全力巩固国家卫生县城创建成果\n\n" +
			"一是狠抓安排部署。召开2021年综合创建工作会,印发《2021年巩固国家卫生县城重点任务》。成立工作专班,每月调度一次。二是狠抓宣传教育。利用宣传栏、电子屏幕开展宣传教育。发放宣传资料6000份。开展主题宣传活动12场。" +
			"三是狠抓健康教育。开展健康知识进社区活动。举办健康讲座20次。四是狠抓病媒生物防制。组织开展春季灭鼠工作。对40家单位开展孳生地调查。" +
			"五是狠抓环境综合整治。开展城乡环境专项整治8次。六是狠抓督导检查。每月通报一次。\n",
	})
	a := ask(t, b, nil, "城固县2021年巩固国家卫生县城具体是怎么抓的？")
	for _, want := range []string{"狠抓宣传教育", "狠抓环境综合整治", "狠抓督导检查"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("want item %s:\n%s", want, a.Text)
		}
	}
}

// When one item's heading names the work asked ("二是加强意识形态工作"),
// that item's sentences answer, not every item's first one (made-up
// summary).
func TestHowOfOneRunInItem(t *testing.T) {
	b := botOver(t, map[string]string{
		"党建.txt": "城固县卫健委2023年党建工作总结\n\n" +
			"一是加强党性学习教育。组织集中学习12次。开展专题党课4次。二是加强党对意识形态工作的领导。严格落实定期分析研判制度,召开3次意识形态领域分析研判会。执行信息“三审”制度,规范公众号管理。" +
			"三是落实全面从严治党主体责任。班子成员严格落实“一岗双责”。四是加强基层组织建设。完成支部换届5个。\n",
	})
	a := ask(t, b, nil, "城固县卫健委2023年意识形态工作是怎么抓的？")
	for _, want := range []string{"分析研判会", "三审"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("want %s:\n%s", want, a.Text)
		}
	}
}

// When the sentences of one item name the work asked though its heading
// does not ("二是爱国卫生运动扎实开展。我们强力推进省级卫生城创建工作。成立了
// 创建办…"), that item's sentences answer (made-up summary).
func TestHowOfTheItemWhoseSentencesNameIt(t *testing.T) {
	b := botOver(t, map[string]string{
		"总结.txt": "某县卫健委2023年度工作总结\n一、2023年工作总结\n" +
			"(三)加快推进健康某县行动。一是健康教育影响广泛。成立健康教育专家团,开展巡讲活动10场次。二是爱国卫生运动扎实开展。我们强力推进省级卫生城创建工作。成立了创建办,制定了创建方案,建立了长效管理机制。" +
			"三是基本公共卫生服务优质便捷。全年共开展基本公共卫生检查指导6次。四是疾病预防控制扎实有序。全县常规免疫疫苗接种率95.47%。\n",
	})
	a := ask(t, b, nil, "某县2023年创省级卫生城，具体是怎么推的？")
	if !strings.Contains(a.Text, "创建办") || strings.Contains(a.Text, "专家团") {
		t.Errorf("want the item's sentences (创建办), not every item's first:\n%s", a.Text)
	}
}

// An item opening with a slogan of short phrases ("建强龙头、打通枢纽,") says
// its point in the clause after it: the list quotes both.
func TestListItemsPastTheirSlogans(t *testing.T) {
	b := botOver(t, map[string]string{
		"会议.txt": "某市召开2024年卫生健康工作会议\n局长指出,2024年全市卫生健康工作重点做好三项工作:建强龙头、打通枢纽,努力构建优质高效的医疗卫生服务体系;量力而行、尽力而为,积极稳慎推进医药卫生体制改革;对照标准,补齐短板,确保基层中医药示范县创建工作圆满收官。\n",
	})
	a := ask(t, b, nil, "某市2024年卫生健康要重点抓哪三项工作？")
	for _, want := range []string{"医疗卫生服务体系", "医药卫生体制改革", "圆满收官"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("want %s:\n%s", want, a.Text)
		}
	}
}
