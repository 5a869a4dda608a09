package understand

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/healthbot/healthbot/corpus"
)

// What a question sets aside ("别跟宫颈的弄混了", "不算卫生院诊所那些",
// "不是今年先申请的那部分") is not its topic; "是不是" asks, it sets nothing
// aside.
func TestTopicWithoutWhatIsSetAside(t *testing.T) {
	for q, gone := range map[string]string{
		"某镇查乳腺的那项累计筛了多少人？别跟宫颈的弄混了":          "宫颈",
		"某省2021年光说医院，不算卫生院诊所那些，床位有多少张？":     "诊所",
		"开办费总盘子打算花多少钱？不是今年先申请的那部分。":         "申请",
		"长沙托育这块是怎么做的，有啥做法？":                 "做法", // asks how, says nothing of what
		"2023年四季度全市光是医院（不算基层和其他机构）出院了多少人次？": "基层", // the bracket sets it aside
	} {
		if got := Topic(q); strings.Contains(got, gone) {
			t.Errorf("Topic(%q) = %q, kept %s", q, got, gone)
		}
	}
	if got := Topic("签约率是不是达到了90%？"); !strings.Contains(got, "签约率") {
		t.Errorf("Topic lost the topic of a yes-no question: %q", got)
	}
}

// A lay phrase opening with a verb after a town's name ("夏馆镇查乳腺") is
// read for its term; it names no institution of the town.
func TestVerbPhraseAfterATownIsNoProperName(t *testing.T) {
	if got := Substitute("夏馆镇查乳腺的那项累计筛 人"); !strings.Contains(got, "乳腺癌筛查") {
		t.Errorf("Substitute = %q, want 乳腺癌筛查", got)
	}
	if got := Substitute("古龙镇卫生院"); strings.Contains(got, "乡镇卫生院") && !strings.Contains(got, "古龙镇卫生院") {
		t.Errorf("Substitute read a town's institution for its kind: %q", got)
	}
}

// Staff say a request was received (收到) where reports say 受理.
func TestReceivedRequestsInTheReportsWords(t *testing.T) {
	if got := Substitute("收到 件信息公开申请"); !strings.Contains(got, "受理") {
		t.Errorf("Substitute = %q, want 受理", got)
	}
}

// "县一级" is the reports' 县域.
func TestCountyLevelInTheReportsWords(t *testing.T) {
	if got := Substitute("县一级拿下的省级临床重点专科"); !strings.Contains(got, "县域") {
		t.Errorf("Substitute = %q, want 县域", got)
	}
}

// A named meeting and what was said at it ("开卫生健康工作会，说…") frame
// the question: the meeting's name stays, the frame goes.
func TestMeetingSaidFrame(t *testing.T) {
	got := Topic("许昌市2020年开卫生健康工作会，说疫情常态化防控要怎么弄？")
	if strings.Contains(got, "开") || strings.Contains(got, "说") || !strings.Contains(got, "疫情常态化防控") {
		t.Errorf("Topic = %q", got)
	}
}

// "预算盘子一共多大" asks a figure, the budget's total income.
func TestBudgetSizeAsked(t *testing.T) {
	q := "社区卫生服务中心今年预算盘子一共多大？"
	if got := Substitute(Topic(q)); !strings.Contains(got, "预算总收入") {
		t.Errorf("Substitute = %q, want 预算总收入", got)
	}
	if i := DetectIntent(q); i != IntentFigure {
		t.Errorf("intent %v, want a figure", i)
	}
}

// Which of a table's values is asked ("死亡率基数", "基年那一栏") names no
// topic, and asking the base is asking an actual, not the target the
// table's name holds ("目标表").
func TestWhichValueOfATable(t *testing.T) {
	q := "某县那张目标表里，五岁以下小孩死亡率基数填的是多少？"
	if got := Topic(q); strings.Contains(got, "基数") || !strings.Contains(got, "死亡率") {
		t.Errorf("Topic = %q", got)
	}
	if got := Topic("某县表上体质测试合格的人占多大比例，基年那一栏是多少？"); strings.Contains(got, "那一栏") {
		t.Errorf("Topic = %q", got)
	}
	if f := Filters(q, time.Date(2025, 5, 15, 0, 0, 0, 0, time.UTC)); f.Kind == corpus.KindPlan {
		t.Errorf("the base of a target table read as a plan: %+v", f)
	}
}

// Staff who have "retired" (退下来的老职工) are the reports' 退休人员.
func TestRetiredStaffInTheReportsWords(t *testing.T) {
	if got := Substitute("退下来的老职工 人"); !strings.Contains(got, "退休人员") {
		t.Errorf("Substitute = %q, want 退休人员", got)
	}
}

// "医养结合" finds the reports' 医养康养 too, and "懂基本健康知识" their 健康素养.
func TestCareAndLiteracyInTheReportsWords(t *testing.T) {
	if got := OfficialTerms("海南医养结合打算怎么弄"); !slices.Contains(got, "医养康养") {
		t.Errorf("OfficialTerms = %v, want 医养康养", got)
	}
	if got := Substitute("一百个人 算是懂基本健康知识"); !strings.Contains(got, "健康素养") {
		t.Errorf("Substitute = %q, want 健康素养", got)
	}
}

// Aid sent to a province, asked by where it went, is the reports' 援 with
// the province's one-character name.
func TestAidToAProvince(t *testing.T) {
	if got := Topic("中山前年往湖北派了多少人去支援？"); !strings.Contains(got, "援鄂") {
		t.Errorf("Topic = %q, want 援鄂 in it", got)
	}
	if got := Topic("中山前年湖北的床位有多少？"); strings.Contains(got, "援") {
		t.Errorf("Topic = %q: no aid asked", got)
	}
}

// Lay words of this session's questions read in the reports' words: a
// longer life is 人均预期寿命提升, diarrhoea 感染性腹泻, caries 龋齿.
func TestLayHealthWordsInTheReportsWords(t *testing.T) {
	for q, want := range map[string]string{
		"资阳区为了让大家活得更长都搞了哪些行动":  "人均预期寿命提升",
		"柴桑那边8月份拉肚子那类传染病报了多少例": "感染性腹泻",
		"给小孩做氟化泡沫防蛀牙":          "预防龋齿",
	} {
		if got := Substitute(Topic(q)); !strings.Contains(got, want) {
			t.Errorf("Substitute(Topic(%q)) = %q, want %s", q, got, want)
		}
	}
}

// Where a figure is read ("24年统计里", "那张卫生机构表里", "公报上") and
// emphasis ("到底") are how a question is asked, not its topic.
func TestTopicWithoutWhereItIsRead(t *testing.T) {
	for q, gone := range map[string]string{
		"翔安区24年统计里诊所有多少家？":          "统计",
		"兵团去年那张卫生机构表里除了医院还列了哪些机构？":  "表",
		"龙陵县人民医院搬迁那个项目，概算总投资到底是多少？": "到底",
		"全省公报上孕产妇死亡率是多少？":           "公报",
	} {
		if got := Topic(q); strings.Contains(got, gone) {
			t.Errorf("Topic(%q) = %q, kept %s", q, got, gone)
		}
	}
}

// A light verb that is part of a word stays: "在职" is not 职, "就医" not 医.
func TestTopicKeepsWordsOpeningWithALightVerb(t *testing.T) {
	for q, want := range map[string]string{
		"黔南州疾控今年在职的实际有多少人？": "在职",
		"去年就医的人多少？":         "就医",
	} {
		if got := Topic(q); !strings.Contains(got, want) {
			t.Errorf("Topic(%q) = %q, lost %s", q, got, want)
		}
	}
	if got := Topic("搞医共体怎么样"); strings.Contains(got, "搞") {
		t.Errorf("Topic kept the light verb: %q", got)
	}
}

// Lay words of staffing, people and diagnosis read as the reports' terms.
func TestSubstituteStaffPeopleDiagnosis(t *testing.T) {
	for q, want := range map[string]string{
		"湘阴县卫健局去年核定编制是多少个": "人员编制",
		"觅子店卫生院那片外地来的人有多少": "外来人口",
		"闽侯筛出来真得了宫颈癌的有几个人": "确诊",
		"黔南州疾控今年在职的实际有多少人": "在职实有",
	} {
		if got := Substitute(q); !strings.Contains(got, want) {
			t.Errorf("Substitute(%q) = %q, want %s", q, got, want)
		}
	}
}

// "有多高" asks a number as "多少" does: a figure question, the words out of
// the topic.
func TestHowHighAsksAFigure(t *testing.T) {
	q := "那边健康码的推广率有多高？"
	if got := DetectIntent(q); got != IntentFigure {
		t.Errorf("intent %v, want figure", got)
	}
	if got := Topic(q); strings.Contains(got, "多高") {
		t.Errorf("topic %q keeps the question words", got)
	}
}

// The average yearly change over recent years ("前几年…每年平均涨多少",
// the reports' 年均增长) is one stated figure, not a figure year by year.
func TestAverageYearlyChangeIsOneFigure(t *testing.T) {
	for _, q := range []string{"上饶市人民医院前几年业务收入每年平均涨多少？", "这几年门诊量年均增长多少"} {
		if got := DetectIntent(q); got != IntentFigure {
			t.Errorf("DetectIntent(%q) = %q, want figure", q, got)
		}
	}
}

// The standard a measure is held against ("国家要求是多少") is asked like a
// goal, not the level reached.
func TestStandardAskedIsAGoal(t *testing.T) {
	q := Parse("夏邑的常规免疫接种率，国家要求是多少？", time.Date(2024, 1, 20, 0, 0, 0, 0, time.UTC))
	if q.Filters.Kind != corpus.KindPlan {
		t.Errorf("Kind = %q, want plan", q.Filters.Kind)
	}
}

// A lay word inside a longer term the question writes out is that term's
// ("流感疫苗"), not a lay word to put in other words ("流感样疫苗").
func TestLayWordInsideATermStays(t *testing.T) {
	if got := Substitute("今年流感疫苗打了多少人"); !strings.Contains(got, "流感疫苗") {
		t.Errorf("Substitute = %q, want 流感疫苗 kept", got)
	}
}

// Which things rank first by a measure ("占比靠前的是哪几类") asks the
// things, not the measure's figure.
func TestWhichRankedByAMeasureAsksTheItems(t *testing.T) {
	if got := DetectIntent("120出警的原因里占比靠前的是哪几类？"); got != IntentQuestion {
		t.Errorf("DetectIntent = %q, want question", got)
	}
	if got := DetectIntent("云南去年开张的那几个国家区域医疗中心是哪几个方向的？"); got != IntentQuestion {
		t.Errorf("DetectIntent = %q, want question: 那几个 points, asks no amount", got)
	}
	if got := DetectIntent("哪几个县的签约率是多少？"); got != IntentFigure {
		t.Errorf("DetectIntent = %q, want figure when the amount is asked too", got)
	}
}

// "那几件实事都有啥" points at a few things named before and asks what they
// are; "那几件实事花了多少钱" asks an amount of them.
func TestPointedFewAsksTheItems(t *testing.T) {
	if got := DetectIntent("丹东卫健委2019年给老百姓办的那几件实事都有啥？"); got != IntentQuestion {
		t.Errorf("DetectIntent = %q, want question", got)
	}
	if got := DetectIntent("那几件实事一共花了多少钱？"); got != IntentFigure {
		t.Errorf("DetectIntent = %q, want figure", got)
	}
	// "那几轮爱卫行动" points at rounds of work done: how they were done.
	if got := DetectIntent("顺德去年底到现在搞的那几轮爱卫行动，主要是个什么打法？"); got != IntentQuestion {
		t.Errorf("DetectIntent = %q, want question", got)
	}
}

// "前几种病是哪些" asks the top few of a ranking by name; "前几个月看了多少
// 门诊" still asks an amount.
func TestTopFewAsksTheItems(t *testing.T) {
	if got := DetectIntent("甘肃去年乙类传染病发病最多的前几种病是哪些？"); got != IntentQuestion {
		t.Errorf("DetectIntent = %q, want question", got)
	}
	if got := DetectIntent("今年前几个月门诊看了多少人次？"); got != IntentFigure {
		t.Errorf("DetectIntent = %q, want figure", got)
	}
}

// "分哪几类，各有多少家" asks the items, each with its number, as "都有哪些，
// 各多少家" does.
func TestWhichKindsEachCounted(t *testing.T) {
	if got := DetectIntent("广西去年基层医疗机构主要分哪几类，各有多少家？"); got != IntentQuestion {
		t.Errorf("DetectIntent = %q, want question", got)
	}
}

// A meeting named by the year it reviews ("2022年度总结大会") was held the
// year after: both years are asked.
func TestReviewMeetingYears(t *testing.T) {
	f := Filters("大医一院开2022年度总结大会，到场的大概多少人？", time.Date(2023, 2, 25, 0, 0, 0, 0, time.UTC))
	if !slices.Contains(f.Years, 2022) || !slices.Contains(f.Years, 2023) {
		t.Errorf("Years = %v, want 2022 and 2023", f.Years)
	}
}

// "是靠什么办法" asks how, no part of the topic; resources "沉到基层" are the
// reports' 资源下沉.
func TestMeansAskedAndResourcesSunk(t *testing.T) {
	topic := Topic("汕尾这两年是靠什么办法把医疗资源沉到基层去的？")
	if strings.Contains(topic, "靠") {
		t.Errorf("Topic = %q keeps the words asking how", topic)
	}
	if got := Expand(topic); !strings.Contains(got, "资源下沉") {
		t.Errorf("Expand = %q, want 资源下沉", got)
	}
}

// Lay words read as the reports' terms, each case its own wording.
func TestLayWordsAsReportTerms(t *testing.T) {
	for _, tt := range []struct{ q, want string }{
		// Screening for both cancers asked by their names is the reports' 两癌筛查.
		{"免费给 妇女查了宫颈癌乳腺癌", "两癌筛查"},
		// Money saved for people ("帮老百姓省了多少钱") is the reports' 节约医疗费用.
		{"检查检验结果互认以后帮老百姓省了多少钱", "节约医疗费用"},
		// A child who died young "夭折" in lay words: the reports write 死亡.
		{"一千个新生娃里夭折的有几个", "死亡"},
		// The share of flu-like cases among visits is the weekly reports' ILI%.
		{"南方哨点医院流感样病例占比涨到多少了", "ILI%"},
		// A nursery called by its everyday name ("托育所") is the reports' 托育机构.
		{"带娃的托育所全区一共建起来多少家了", "托育机构"},
		// Beds that can take in patients now are the beds 实际开放.
		{"那个卫生院实际能收病人住院的床有几张", "实际开放"},
		// Institutions "not run by the state" are the reports' 非公立 ones.
		{"不是公家办的医疗机构占了几成", "非公立"},
		// A check-up for "those about to marry" is the 婚前医学检查.
		{"给要结婚的人免费做体检，做了多少人", "婚前医学检查"},
		// Official accounts and microblogs are the reports' 政务新媒体, not
		// the press (媒体 → 宣传).
		{"通过公众号、微博这些新媒体发了多少条信息", "政务新媒体"},
		// Households poor "because of illness" and "not yet out of poverty"
		// are the reports' 因病致贫 and 未脱贫.
		{"因为生病穷的、到现在还没脱贫的还剩多少户", "因病致贫"},
		{"因为生病穷的、到现在还没脱贫的还剩多少户", "未脱贫"},
		// Those who "fell ill" are the reports' 发病.
		{"那几起食源性疾病暴发一共病倒了多少人", "发病"},
		// A dose counted in digits ("第2针") is the reports' 第2剂.
		{"合肥3岁以上的人打完第2针新冠疫苗的比例到多少了", "第2剂"},
		// "打完全程疫苗" is the reports' 全程接种.
		{"12岁以上的人打完全程疫苗的占多少", "全程接种"},
		// Money spent on official cars in lay words ("公车的钱").
		{"东坡区卫计局去年公车的钱比前年多花了多少", "公务用车购置及运行维护费"},
		// "把目标干成", "从哪几块使劲" are a plan's 实现…目标 and 着力.
		{"要把今年的目标干成，得从哪几块使劲", "实现"},
		{"要把今年的目标干成，得从哪几块使劲", "着力"},
	} {
		if got := Substitute(tt.q); !strings.Contains(got, tt.want) {
			t.Errorf("Substitute(%q) = %q, want %s", tt.q, got, tt.want)
		}
	}
}

// "占了多大一块", "占多大比重" ask a share: a figure.
func TestShareAskedBySize(t *testing.T) {
	for _, q := range []string{"四川2023年看病的人次里，基层医疗机构占了多大一块？", "民营医院占多大比重"} {
		if got := DetectIntent(q); got != IntentFigure {
			t.Errorf("DetectIntent(%q) = %q, want figure", q, got)
		}
	}
}

// 国家卫生县城 and 国家卫生乡镇 are titles of their own, not lay words for
// 国家卫生城市: a question asking how many counties won the first is not
// turned into the cities' count.
func TestHealthyCountyIsItsOwnTitle(t *testing.T) {
	if got := Substitute("评上国家卫生县城的有多少个县"); !strings.Contains(got, "卫生县城") || strings.Contains(got, "卫生城市") {
		t.Errorf("Substitute = %q, want 国家卫生县城 kept", got)
	}
}
