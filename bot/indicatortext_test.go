package bot

import (
	"strings"
	"testing"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/understand"
)

func TestIndicatorTextOfARateOfChange(t *testing.T) {
	tests := []struct {
		fig  corpus.Figure
		want string
	}{
		{corpus.Figure{Label: "地区生产总值", Qualifier: "增长", Unit: "%"}, "地区生产总值增长"},
		{corpus.Figure{Label: "孕产妇死亡率", Qualifier: "较上年下降", Unit: "个百分点"}, "孕产妇死亡率下降"},
		{corpus.Figure{Label: "地区生产总值", Qualifier: "增长", Unit: "亿元"}, "地区生产总值"}, // an amount, not a rate
		{corpus.Figure{Label: "家庭医生签约率", Qualifier: "达到", Unit: "%"}, "家庭医生签约率"},
	}
	for _, tt := range tests {
		if got := indicatorText(tt.fig); got != tt.want {
			t.Errorf("indicatorText(%+v) = %q, want %q", tt.fig, got, tt.want)
		}
	}
	// The question's indicator and the figure's agree once the change word is in.
	same, other := indicatorRelation([]string{"gdp_growth"}, indicatorText(corpus.Figure{Label: "地区生产总值", Qualifier: "增长", Unit: "%"}), "%")
	if !same || other {
		t.Errorf("a GDP growth rate is not the gdp_growth indicator: same %v other %v", same, other)
	}
}

func TestUnitAnswers(t *testing.T) {
	tests := []struct {
		asked, have string
		want        bool
	}{
		{"篇", "篇", true}, {"篇", "条", false}, {"人次", "万人次", true}, {"人", "人次", false},
		{"元", "亿元", true}, {"人", "名", true}, {"家", "所", true}, {"元", "%", false},
		{"元", "元/月", true}, {"元", "万元/年", true}, {"人", "元/人", false}, {"人", "/10万", false},
	}
	for _, tt := range tests {
		if got := unitAnswers(tt.asked, tt.have); got != tt.want {
			t.Errorf("unitAnswers(%q, %q) = %v, want %v", tt.asked, tt.have, got, tt.want)
		}
	}
}

func TestIndicatorRelationByBestMatch(t *testing.T) {
	asked := understand.Indicators("医院看一次门诊平均要花 钱")
	if same, other := indicatorRelation(asked, "医院次均住院费用", "元"); same || !other {
		t.Errorf("inpatient cost offered for an outpatient question (asked %v): same %v other %v", asked, same, other)
	}
	if same, _ := indicatorRelation(asked, "次均门诊费用", "元"); !same {
		t.Errorf("outpatient cost not recognised (asked %v)", asked)
	}
}

func TestFigureClause(t *testing.T) {
	for _, tt := range []struct {
		why  string
		fig  corpus.Figure
		want string // "" for the sentence whole
	}{
		{"the clause holding the value", corpus.Figure{Raw: "197", Unit: "家", Sentence: "国家区域医疗中心引入新技术新项目874项，197家二级以上医院开设体重管理门诊，90%的县医院达到三级医院服务能力水平。"},
			"…197家二级以上医院开设体重管理门诊…"},
		{"a value written twice cannot tell its clause", corpus.Figure{Raw: "5", Unit: "%", Sentence: "门诊量增长5%，住院量增长5%。"}, ""},
		{"values listed after the names they belong to: no item is one's own",
			corpus.Figure{Label: "江西省级医院病例组合指数值", Raw: "1.3", Sentence: "提出到2027年,江西省、市、县级医院病例组合指数(CMI)值力争达到1.3、1.15、1.1,医疗服务收入占比达到50%左右。"},
			"…江西省、市、县级医院病例组合指数(CMI)值力争达到1.3、1.15、1.1…"},
		{"a number's thousands separator is no clause's comma",
			corpus.Figure{Label: "卫生技术人员", Raw: "18,778", Unit: "人", Sentence: "年末卫生技术人员18,778人,其中执业医师及助理医师6,913人,注册护士8,110人。"},
			"年末卫生技术人员18,778人…"},
		{"the start of a change, without the value it reached",
			corpus.Figure{Label: "居民健康素养水平", Raw: "24.45", Unit: "%", Base: true, Sentence: "全市深入推进专项行动,居民健康素养水平从2020年的24.45%跃升至2024年的31.92%。"},
			"…居民健康素养水平从2020年的24.45%…"},
		{"a part in brackets after its whole: the bracket",
			corpus.Figure{Label: "三甲医院", Raw: "58", Unit: "家", Sentence: "全区医疗卫生机构3.4万个,全区三级医院94家(其中三甲医院58家),二级医院400家。"},
			"…其中三甲医院58家…"},
		{"the whole before the bracket: not the part's value",
			corpus.Figure{Label: "三级医院", Raw: "94", Unit: "家", Sentence: "全区医疗卫生机构3.4万个,全区三级医院94家(其中三甲医院58家),二级医院400家。"},
			"…全区三级医院94家…"},
		{"another value joined by 和 after the value's words: another thing's",
			corpus.Figure{Label: "举措", Raw: "24", Unit: "项", Sentence: "2025年,扎实落实《拉萨市“卫生提质行动”实施方案》中的24项举措和69条重点事项清单任务。"},
			"…扎实落实《拉萨市“卫生提质行动”实施方案》中的24项举措…"},
		{"another thing's value and words joined by 和 before the value: the value's own item",
			corpus.Figure{Label: "乳腺癌检查", Raw: "8000", Unit: "名", Sentence: "今年将完成42000名35—64岁农村妇女宫颈癌检查和8000名适龄农村妇女乳腺癌检查。"},
			"…8000名适龄农村妇女乳腺癌检查…"},
		{"another thing's value joined by 和 after the value, an age range in its words: cut before it",
			corpus.Figure{Label: "35—64岁农村妇女宫颈癌检查", Raw: "42000", Unit: "名", Sentence: "今年将完成42000名35—64岁农村妇女宫颈癌检查和8000名适龄农村妇女乳腺癌检查。"},
			"今年将完成42000名35—64岁农村妇女宫颈癌检查…"},
		{"the last of values listed with 、 and 和 after their names: the others elided",
			corpus.Figure{Label: "村卫生室藏医服务覆盖率", Raw: "42.4", Unit: "%", Sentence: "全区的社区卫生服务中心、乡镇卫生院和村卫生室藏医服务覆盖率达到100%、94.4%和42.4%。"},
			"全区的社区卫生服务中心、乡镇卫生院和村卫生室藏医服务覆盖率达到…42.4%…"},
		{"two values of one measure joined by 和: not cut at 和",
			corpus.Figure{Label: "签约率", Raw: "60", Unit: "%", Sentence: "城乡签约率分别为55%和60%。"}, "城乡签约率分别为…60%…"},
		{"values listed with the things they count: the value's own item",
			corpus.Figure{Label: "公厕", Raw: "13", Unit: "座", Sentence: "每天对城区11个垃圾中转站、13座公厕、5个农贸市场实施消杀作业。"},
			"…13座公厕…"},
		{"names listed, then their values in order without 分别: the value at its place",
			corpus.Figure{Label: "婴儿死亡率", Raw: "1.71", Unit: "‰", Sentence: "孕产妇死亡率、婴儿死亡率、5岁以下儿童死亡率下降至7.14/10万、1.71‰、2.84‰。"},
			"孕产妇死亡率、婴儿死亡率、5岁以下儿童死亡率下降至…1.71‰…"},
		{"分别 after the starts of the changes: neither the starts nor the other ends",
			corpus.Figure{Label: "每千人口执业医师(助理)数", Raw: "3.57", Unit: "人", Sentence: "全市每千人口医疗卫生机构床位数、执业医师(助理)数、注册护士数从2015年的5.66张、2.74人、3.58人分别增加至7.38张、3.57人、4.40人。"},
			"全市每千人口医疗卫生机构床位数、执业医师(助理)数、注册护士数从…分别增加至…3.57人…"},
		{"a label of common words (医院) listed with others' values: its own item",
			corpus.Figure{Label: "医院", Raw: "262", Unit: "个", Sentence: "全市现有医疗卫生机构9065个,其中,医院262个、基层医疗卫生机构8742个、专业公共卫生机构55个。"},
			"…医院262个…"},
		{"a count written right before the value: not quoted",
			corpus.Figure{Label: "落实任务", Raw: "38", Unit: "项", Sentence: "制定提升清单,推进落实31个场景38项任务,推动工作重心向基层延伸。"},
			"…38项任务…"},
		{"two groups compared, their values in brackets: the other group's value not quoted",
			corpus.Figure{Label: "围产儿出生缺陷农村", Raw: "40.83", Unit: "/万", Sentence: "围产儿出生缺陷男性(86.73/万)高于女性(69.85/万),城镇(123.88/万)高于农村(40.83/万),差异均有统计学意义。"},
			"…城镇(…)高于农村(40.83/万)…"},
		{"written twice, the clause that names the label",
			corpus.Figure{Label: "中心卫生院", Raw: "3", Unit: "家", Sentence: "3家县级综合医院纳入国家“千县工程”,3家中心卫生院纳入全省升级建设“头号工程”。"},
			"…3家中心卫生院纳入全省升级建设“头号工程”…"},
	} {
		want := tt.want
		if want == "" {
			want = tt.fig.Sentence
		}
		if got := figureClause(tt.fig); got != want {
			t.Errorf("%s: figureClause = %q, want %q", tt.why, got, want)
		}
	}
	// A change's start is no other count written before the value: a
	// change's quote keeps it.
	end := corpus.Figure{Label: "医疗卫生机构", Raw: "2480", Unit: "个", Sentence: "全市医疗卫生机构从13个增加到2480个,卫生技术人员从694人增加到54733人。"}
	if got := changeClause(end); !strings.Contains(got, "从13个增加到2480个") {
		t.Errorf("changeClause = %q, want the change from 13个", got)
	}
	// A table row: its name and the value's cell, not the other columns
	// (another measure's 21778), nor a longer number that begins alike.
	for _, tt := range []struct{ raw, row, want string }{
		{"18803", "医院合计 | 208 | 18803 | 21778 | 26372", "医院合计 | … | 18803 | …"},
		{"1880", "医院合计 | 18803 | 1880", "医院合计 | … | 1880"},
		{"99.78", "卡介苗 | 接种率(%) | 99.78", "卡介苗 | 接种率(%) | 99.78"},
		{"30", "妇幼保健所 | 30 | 30 | 90", "妇幼保健所 | 30 | 30 | 90"},
		{"79.2", "人均预期寿命 | 78.09 | ≥79.2 | ≥80", "人均预期寿命 | … | ≥79.2 | …"}, // a target's bound
		{"40", "总体癌症5年生存率 | - | ≥38 | ≥40", "总体癌症5年生存率 | … | ≥40"},
	} {
		if got := figureClause(corpus.Figure{Raw: tt.raw, Sentence: tt.row}); got != tt.want {
			t.Errorf("row quote of %s = %q, want %q", tt.raw, got, tt.want)
		}
	}
	// A value written in two cells: the one its qualifier names.
	change := corpus.Figure{Raw: "3", Unit: "%", Qualifier: "较2022年 下降", Sentence: "道路交通事故死亡率 | 7.45 | 较2022年 下降3% | 较2025年 下降3%"}
	if got, want := figureClause(change), "道路交通事故死亡率 | … | 较2022年 下降3% | …"; got != want {
		t.Errorf("row quote of a change = %q, want %q", got, want)
	}
	// A value written in several cells of a row of header and value pairs:
	// the one after the header its label names.
	pairs := corpus.Figure{Label: "某市 宫颈癌累计完成", Raw: "180", Unit: "例", Sentence: "某市 | 城市低保数(人) | 545 | 目标人群数(按33%比例) | 180 | 宫颈癌累计完成(例) | 180 | 宫颈癌完成率(%) | 100.00%"}
	if got, want := figureClause(pairs), "某市 | … | 宫颈癌累计完成(例) | 180 | …"; got != want {
		t.Errorf("row quote of a pair = %q, want %q", got, want)
	}
	// A form's cells run on in one line: the row's label and the value,
	// not the target before it nor the other rows.
	runOn := "指标7:建立预防接种证 221人 221人 2 2 指标8:适龄儿童疫苗接种率 100.00% 97.30% 2 1.9 指标9:0-6岁儿童健康管理数 2089人 2089人 2 2 指标10:0-6岁儿童眼保健操覆盖数"
	for _, tt := range []struct{ label, raw, unit, want string }{
		{"适龄儿童疫苗接种率", "97.30", "%", "…适龄儿童疫苗接种率 … 97.30%…"},
		{"适龄儿童疫苗接种率", "100.00", "%", "…适龄儿童疫苗接种率 100.00%…"},
	} {
		if got := figureClause(corpus.Figure{Label: tt.label, Raw: tt.raw, Unit: tt.unit, Sentence: runOn}); got != tt.want {
			t.Errorf("run-on quote of %s = %q, want %q", tt.raw, got, tt.want)
		}
	}
	// A run-on clause after a punctuated opening, its label written
	// otherwise: what stands after the value before it.
	news := "至此,全区共建成国家卫生城市13个国家卫生县城(乡镇)89个自治区卫生苏木乡镇个国家卫生城市比例达到65%国家卫生县城(乡镇)比例达到10.55%超额完成国家目标任务卫生创建工作走在全国前列"
	if got, want := figureClause(corpus.Figure{Label: "国家卫生县城比例", Raw: "10.55", Unit: "%", Sentence: news}), "…国家卫生县城(乡镇)比例达到10.55%…"; got != want {
		t.Errorf("run-on clause quote = %q, want %q", got, want)
	}
}

// The quote of a figure listed with other indicators' values ("分别达到
// 4.7个、27.3张") keeps only its own value.
func TestQuoteElidesTheOtherListedValues(t *testing.T) {
	tests := []struct{ clause, value, want string }{
		{"每千人托位、养老床位数分别达到4.7个、27.3张", "27.3张", "每千人托位、养老床位数分别达到…27.3张"},
		{"每千人托位、养老床位数分别达到4.7个、27.3张", "4.7个", "每千人托位、养老床位数分别达到4.7个"},
		{"孕产妇死亡率、婴儿死亡率分别为8.2/10万、3.1‰和2.4‰", "3.1‰", "孕产妇死亡率、婴儿死亡率分别为…3.1‰"},
		{"家庭医生签约率为50.2%", "50.2%", "家庭医生签约率为50.2%"},
	}
	for _, tt := range tests {
		if got := elideListedValues(tt.clause, tt.value, false); got != tt.want {
			t.Errorf("elideListedValues(%q, %q) = %q, want %q", tt.clause, tt.value, got, tt.want)
		}
	}
}

// A list of values whose names and 分别 stand in the clause before ("…分别
// 由2016年的…,下降到2019年的63.68/10万、8.9‰、11.37‰"): the quote keeps
// only the value asked.
func TestQuoteElidesValuesOfAListNamedBefore(t *testing.T) {
	fig := corpus.Figure{Label: "婴儿死亡率", Raw: "8.9", Value: 8.9, Unit: "‰", Sentence: "西藏孕产妇死亡率、婴儿死亡率和5岁以下儿童死亡率分别由2016年的109.9/10万、13.87‰、18.65‰,下降到2019年的63.68/10万、8.9‰、11.37‰。"}
	got := figureClause(fig)
	if !strings.Contains(got, "8.9‰") || strings.Contains(got, "11.37") || strings.Contains(got, "63.68") {
		t.Errorf("figureClause = %q", got)
	}
}

// A value whose words run into the next number with no punctuation (a page
// that lost its comma) is quoted up to itself.
func TestQuoteEndsBeforeARunOnNumber(t *testing.T) {
	fig := corpus.Figure{Label: "市卫生健康委网站主动公开各类信息", Raw: "900", Value: 900, Unit: "条", Qualifier: "余", Sentence: "通过市卫生健康委网站主动公开各类信息900余条主动公开文件30余条,及时回应社会关切。"}
	if got := figureClause(fig); !strings.Contains(got, "900余条") || strings.Contains(got, "30余条") {
		t.Errorf("figureClause = %q", got)
	}
}

// Of a label's catalogue matches, the one given in the figure's unit says
// what it counts: "门诊量过万的医院" with 家 counts hospitals, with 万人次 it
// is outpatient visits.
func TestIndicatorRelationReadsTheUnit(t *testing.T) {
	label := "门诊量过万的医院"
	if same, other := indicatorRelation([]string{"hospitals"}, label, "家"); !same || other {
		t.Errorf("%s in 家: same %v other %v, want hospitals", label, same, other)
	}
	if same, other := indicatorRelation([]string{"hospitals"}, label, "万人次"); same || !other {
		t.Errorf("%s in 万人次: same %v other %v, want another indicator", label, same, other)
	}
}

// Of a clause listing labelled figures, the quote keeps the asked one's item.
func TestQuoteKeepsTheListedItem(t *testing.T) {
	fig := corpus.Figure{Label: "发放高龄补贴", Raw: "32", Unit: "亿元", Sentence: "社会保障持续加强，发放高龄补贴32亿元、残疾人两项补贴12.4亿元，养老服务不断完善。"}
	if got := figureClause(fig); got != "…发放高龄补贴32亿元…" {
		t.Errorf("quote = %q", got)
	}
	fig = corpus.Figure{Label: "残疾人两项补贴", Raw: "12.4", Unit: "亿元", Sentence: fig.Sentence}
	if got := figureClause(fig); got != "…残疾人两项补贴12.4亿元…" {
		t.Errorf("quote = %q", got)
	}
	fig = corpus.Figure{Label: "每千人托位", Raw: "4.7", Unit: "个", Sentence: "每千人托位、养老床位数分别达到4.7个、27.3张。"}
	if got := figureClause(fig); strings.Contains(got, "27.3") || !strings.Contains(got, "每千人托位") {
		t.Errorf("quote = %q: keeps its own label and value only", got)
	}
}

// The amount of a change listed after the level reached keeps the label's
// item in its quote.
func TestQuoteOfAChangeKeepsItsLabel(t *testing.T) {
	fig := corpus.Figure{Label: "门诊报销比例", Raw: "15", Unit: "个百分点", Sentence: "预交金全面取消，门诊报销比例达到65%、提高15个百分点，结算率超过92%。"}
	if got := figureClause(fig); !strings.Contains(got, "门诊报销比例") {
		t.Errorf("quote = %q: lost the label", got)
	}
}

// The quote of a level reached drops the value it started from, and a
// value is matched whole ("50元" is not in "150元").
func TestQuoteOfALevelAndWholeValues(t *testing.T) {
	fig := corpus.Figure{Label: "基本养老保险参保率", Raw: "95", Unit: "%", Sentence: "社会保障更加健全，基本养老保险参保率从91%提高到95%，医保待遇稳步提升。"}
	if got := figureClause(fig); strings.Contains(got, "91%") || !strings.Contains(got, "参保率从…提高到95%") {
		t.Errorf("quote = %q", got)
	}
	fig = corpus.Figure{Label: "新农合住院病人平均补偿率", Raw: "40", Unit: "%", Sentence: "2009年,湖南将继续完善住院统筹补偿方案,力争全省新农合住院病人平均补偿率由去年的36%提高到今年的40%以上。"}
	if got := figureClause(fig); strings.Contains(got, "36%") || !strings.Contains(got, "补偿率由…提高到今年的40%") {
		t.Errorf("quote = %q", got)
	}
	fig = corpus.Figure{Label: "低保标准", Raw: "50", Unit: "元", Sentence: "出台民生政策，基础养老金、低保标准每月分别提高25元、50元，临时救助最低标准分别提高100元、150元。"}
	if got := figureClause(fig); strings.Contains(got, "25元") || strings.Contains(got, "150元") || !strings.Contains(got, "低保标准") {
		t.Errorf("quote = %q", got)
	}
	if valueAt("提高150元", "50元") >= 0 || valueAt("提高1.50元", "50元") >= 0 || valueAt("提高150元、50元", "50元") != len("提高150元、") {
		t.Error("valueAt matched inside a longer number")
	}
}

// Labels that name different parts of one measure are not listed as the
// same measure.
func TestContrastedLabels(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"城市低保标准", "农村低保标准", true},
		{"城镇居民人均可支配收入", "农村居民人均可支配收入", true},
		{"城乡居民人均可支配收入", "农村居民人均可支配收入", false},
		{"低保标准", "农村低保标准", false},
		{"门诊报销比例", "住院报销比例", true},
	} {
		if got := contrasted(c.a, c.b); got != c.want {
			t.Errorf("contrasted(%s, %s) = %v", c.a, c.b, got)
		}
	}
}

// Amounts per month of different allowances are not one measure: only the
// lead's is kept beside it.
func TestPerPeriodWordsDoNotMakeOneMeasure(t *testing.T) {
	cand := func(label, raw string) figureCandidate {
		return figureCandidate{hit: corpus.FigureHit{Figure: corpus.Figure{Label: label, Raw: raw, Unit: "元", Qualifier: "提高"}}}
	}
	got := sameMeasure([]figureCandidate{cand("低保标准每月", "50"), cand("最低工资标准每月", "183"), cand("失业保险金标准每月", "165"), cand("城乡低保标准每月", "40")}, nil)
	var labels []string
	for _, c := range got {
		labels = append(labels, c.hit.Figure.Label)
	}
	if len(got) != 2 || labels[1] != "城乡低保标准每月" {
		t.Errorf("same measure as 低保标准每月: %q", labels)
	}
}

// fieldLead takes the paragraph a short sentence naming the whole field
// opens, not one that names a part of it, and not a text that only repeats
// the field's words.
func TestFieldLead(t *testing.T) {
	sources := []Source{
		{N: 1, Text: "提升爱国卫生运动成效。开展城乡环境卫生整治。推进卫生城镇创建。\n"},
		{N: 2, Text: "做优教育服务供给。新建中小学校11所。\n做好卫生健康服务。推进紧密型医联体建设。加快中医药传承创新发展。深入开展爱国卫生运动。\n"},
		{N: 3, Text: "对其他医疗卫生机构承担疾病预防控制任务所需经费予以保障。医疗机构、疾病预防控制机构按职责落实。\n"},
	}
	sents, src, ok := fieldLead(sources)
	if !ok || src != 2 || sents[0] != "做好卫生健康服务。" || len(sents) != 4 {
		t.Errorf("fieldLead = %q from %d (%v)", sents, src, ok)
	}
	if _, _, ok := fieldLead(sources[:1]); ok {
		t.Error("a part of the field taken for the whole")
	}
}

func TestDescribeFigureApproximation(t *testing.T) {
	f := corpus.Figure{Label: "育儿补贴政策惠及婴幼儿", Raw: "80", Unit: "万名", Qualifier: "余", Year: 2025, Kind: corpus.KindSummary}
	if got := describeFigure(f); !strings.Contains(got, "80余万名") {
		t.Errorf("describeFigure = %q, want 余 between the number and its unit", got)
	}
	f = corpus.Figure{Label: "孕产妇系统管理率", Raw: "90", Unit: "%", Qualifier: "以上", Year: 2025, Kind: corpus.KindPlan}
	if got := describeFigure(f); !strings.Contains(got, "90%以上") {
		t.Errorf("describeFigure = %q, want 以上 after the unit", got)
	}
	// The sentence writes 余 after the multiplier: so does the answer.
	f = corpus.Figure{Label: "规模种植", Raw: "3.4", Unit: "万亩", Qualifier: "余", Year: 2025, Kind: corpus.KindSummary, Sentence: "规模种植3.4万余亩,年产值可达6.03亿元"}
	if got := describeFigure(f); !strings.Contains(got, "3.4万余亩") {
		t.Errorf("describeFigure = %q, want 3.4万余亩 as the sentence writes it", got)
	}
}

// A value written with an approximation between number and unit ("5200余张")
// is quoted by its clause all the same.
func TestQuoteApproximateValue(t *testing.T) {
	fig := corpus.Figure{Label: "新增床位", Raw: "5200", Unit: "张", Qualifier: "余", Sentence: "总投资65亿元的省第二儿童医院等5所新建医院投用，新增床位5200余张，优质医疗资源布局更加均衡。"}
	if got := figureClause(fig); got != "…新增床位5200余张…" {
		t.Errorf("quote = %q", got)
	}
}

// A Traditional sentence writes the unit its figure reads Simplified
// ("9.34萬人" for 9.34 万人): the quote is still the figure's own clause,
// without the next clause's value.
func TestFigureClauseTraditionalUnit(t *testing.T) {
	fig := corpus.Figure{Label: "乳腺癌篩查", Raw: "9.34", Value: 9.34, Unit: "万人",
		Sentence: "實現市縣鄉三級防控網絡全覆蓋,2022年全市完成乳腺癌篩查9.34萬人,宮頸癌篩查9.28萬人;"}
	if got, want := figureClause(fig), "…2022年全市完成乳腺癌篩查9.34萬人…"; got != want {
		t.Errorf("figureClause = %q, want %q", got, want)
	}
	// A Traditional list read in Simplified ("分別為"): the value asked,
	// not the others, quoted as written.
	fig = corpus.Figure{Label: "常住人口签约率", Raw: "38.82", Unit: "%",
		Sentence: "全市常住人口和重點人群家庭醫生簽約率分別為38.82%、76.06%,基本公共衛生服務財政補助標準提高到94.34元/人。"}
	if got, want := figureClause(fig), "全市常住人口和重點人群家庭醫生簽約率分別為38.82%…"; got != want {
		t.Errorf("figureClause = %q, want %q", got, want)
	}
}

// A share written without its subject ("…,占比41.07%") is quoted with the
// clause before it that names it, as written.
func TestFigureClauseBareShare(t *testing.T) {
	fig := corpus.Figure{Label: "不予公开信息数占比", Raw: "41.07", Value: 41.07, Unit: "%",
		Sentence: "其中主动公开信息数7条,占比6.25%;不予公开信息数46条,占比41.07%。"}
	if got, want := figureClause(fig), "…不予公开信息数46条,占比41.07%…"; got != want {
		t.Errorf("figureClause = %q, want %q", got, want)
	}
}

// A value written with its approximation inside the unit ("16万余个") is
// found in its sentence and quoted by its own clause.
func TestQuoteOfAValueApproximatedInsideItsUnit(t *testing.T) {
	fig := corpus.Figure{Label: "托位总数", Raw: "16", Unit: "万个", Qualifier: "余",
		Sentence: "托育综合服务能力进一步增强,截止到2024年底全省托位总数达16万余个,1646家医疗机构建成老年友善医疗机构。"}
	if got, want := figureClause(fig), "…截止到2024年底全省托位总数达16万余个…"; got != want {
		t.Errorf("figureClause = %q, want %q", got, want)
	}
}
