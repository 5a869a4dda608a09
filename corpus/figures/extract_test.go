package figures

import (
	"fmt"
	"strings"
	"testing"
)

// want describes an expected figure. An empty label is not checked; a
// label starting with "~" only has to be contained in the actual label.
type want struct {
	label   string
	raw     string
	value   float64
	unit    string
	qual    string
	year    int
	missing bool
	target  bool
	base    bool
}

func checkFigures(t *testing.T, sentence string, got []Figure, ws []want) {
	t.Helper()
	if len(got) != len(ws) {
		t.Errorf("%q: got %d figures, want %d:\n%s", sentence, len(got), len(ws), dump(sentence, got))
		return
	}
	for i, w := range ws {
		g := got[i]
		bad := func(field string, gv, wv any) {
			t.Errorf("%q figure %d: %s = %v, want %v\n%s", sentence, i, field, gv, wv, dump(sentence, got))
		}
		switch {
		case w.label == "":
		case strings.HasPrefix(w.label, "~"):
			if !strings.Contains(g.Label, w.label[1:]) {
				bad("Label", g.Label, w.label)
			}
		case g.Label != w.label:
			bad("Label", g.Label, w.label)
		}
		if g.Raw != w.raw {
			bad("Raw", g.Raw, w.raw)
		}
		if g.Value != w.value {
			bad("Value", g.Value, w.value)
		}
		if g.Unit != w.unit {
			bad("Unit", g.Unit, w.unit)
		}
		if g.Qualifier != w.qual {
			bad("Qualifier", g.Qualifier, w.qual)
		}
		if g.Year != w.year {
			bad("Year", g.Year, w.year)
		}
		if g.Missing != w.missing {
			bad("Missing", g.Missing, w.missing)
		}
		if g.Target != w.target {
			bad("Target", g.Target, w.target)
		}
		if g.Base != w.base {
			bad("Base", g.Base, w.base)
		}
	}
}

func dump(s string, figs []Figure) string {
	var b strings.Builder
	for _, f := range figs {
		b.WriteString("\t")
		b.WriteString(f.Label + " | raw=" + f.Raw + " | unit=" + f.Unit + " | q=" + f.Qualifier + " | span=" + s[f.Start:f.End] + "\n")
	}
	return b.String()
}

type extractCase struct {
	name     string
	sentence string
	want     []want
}

func runCases(t *testing.T, cases []extractCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkFigures(t, c.sentence, Extract(c.sentence), c.want)
		})
	}
}

// The examples the product brief requires to hold exactly.
func TestExtractBriefExamples(t *testing.T) {
	runCases(t, []extractCase{
		{"a total after the new ones", "年内新增国家临床重点专科4个,总数达10个。", []want{
			{label: "新增国家临床重点专科", raw: "4", value: 4, unit: "个"},
			{label: "国家临床重点专科", raw: "10", value: 10, unit: "个", qual: "达"},
		}},
		{"ratios named by 比", "医护比优化至1:1.23,床人比提高至1:1.63,男女性别比为111.7:100,会议于10:30召开。", []want{
			{label: "医护比", raw: "1:1.23", value: 1.23},
			{label: "床人比", raw: "1:1.63", value: 1.63},
			{label: "男女性别比", raw: "111.7:100", value: 111.7},
		}},
		{"a bracket dating the value before it", "人均预期寿命由73.35岁增长到74.70岁(2019年数据);孕产妇死亡率由39.68/10万降至17.89/10万。", []want{
			{label: "人均预期寿命", raw: "73.35", value: 73.35, unit: "岁", base: true},
			{label: "人均预期寿命", raw: "74.70", value: 74.70, unit: "岁", year: 2019},
			{label: "孕产妇死亡率", raw: "39.68", value: 39.68, unit: "/10万", base: true},
			{label: "孕产妇死亡率", raw: "17.89", value: 17.89, unit: "/10万"},
		}},
		// The values right after the year compared with are that year's,
		// the starts of the changes.
		{"a list's values group after group", "婴儿死亡率、5岁以下儿童死亡率、孕产妇死亡率分别为3.21‰、5.4‰、9.27/10万,较2015年4.35‰、5.91‰、10.46/10万分别下降26.21%、8.63%、11.38%。", []want{
			{label: "婴儿死亡率", raw: "3.21", value: 3.21, unit: "‰"},
			{label: "5岁以下儿童死亡率", raw: "5.4", value: 5.4, unit: "‰"},
			{label: "孕产妇死亡率", raw: "9.27", value: 9.27, unit: "/10万"},
			{label: "婴儿死亡率", raw: "4.35", value: 4.35, unit: "‰", year: 2015, base: true},
			{label: "5岁以下儿童死亡率", raw: "5.91", value: 5.91, unit: "‰", year: 2015, base: true},
			{label: "孕产妇死亡率", raw: "10.46", value: 10.46, unit: "/10万", year: 2015, base: true},
			{label: "婴儿死亡率", raw: "26.21", value: 26.21, unit: "%", qual: "下降"},
			{label: "5岁以下儿童死亡率", raw: "8.63", value: 8.63, unit: "%", qual: "下降"},
			{label: "孕产妇死亡率", raw: "11.38", value: 11.38, unit: "%", qual: "下降"},
		}},
		{"a rate named by the count before its neighbour", "丙类传染病共报告发病1523488例,死亡12人,报告发病率为108.26/10万。", []want{
			{label: "丙类传染病共报告发病", raw: "1523488", value: 1523488, unit: "例"},
			{label: "死亡", raw: "12", value: 12, unit: "人"},
			{label: "丙类传染病发病率", raw: "108.26", value: 108.26, unit: "/10万"},
		}},
		{"the subject of a series' first item shared by the next", "截至7月27日我市18岁以上第一剂累计接种266304人,接种率约80%,第二剂累计接种190217人,接种率约57%。", []want{
			{label: "18岁以上第一剂累计接种", raw: "266304", value: 266304, unit: "人"},
			{label: "18岁以上第一剂接种率", raw: "80", value: 80, unit: "%", qual: "约"},
			{label: "18岁以上第二剂累计接种", raw: "190217", value: 190217, unit: "人"},
			{label: "18岁以上第二剂接种率", raw: "57", value: 57, unit: "%", qual: "约"},
		}},
		{"a level's other names in brackets are the noun's, the verb of having is not", "农村乡（镇）共有卫生院153个，床位11456张。", []want{
			{label: "农村乡镇卫生院", raw: "153", value: 153, unit: "个"},
			{label: "农村乡镇卫生院床位", raw: "11456", value: 11456, unit: "张"},
		}},
		{"a compound holding the verb of having is kept", "今年筹集共有产权住房1200套。", []want{
			{label: "筹集共有产权住房", raw: "1200", value: 1200, unit: "套"},
		}},
		{"a monthly amount per head said again at both ends of a change", "独生子女伤残家庭特别扶助金标准由每人每月680元提高到每人每月790元。", []want{
			{label: "独生子女伤残家庭特别扶助金标准", raw: "680", value: 680, unit: "元", base: true},
			{label: "独生子女伤残家庭特别扶助金标准", raw: "790", value: 790, unit: "元"},
		}},
		{"each one's amount after the count of those paid is their standard", "其中:独生子女伤残家庭特别扶助49人,标准是每人每月570元;独生子女父母奖励9359人,每人每年120元。", []want{
			{label: "独生子女伤残家庭特别扶助", raw: "49", value: 49, unit: "人"},
			{label: "独生子女伤残家庭特别扶助标准", raw: "570", value: 570, unit: "元"},
			{label: "独生子女父母奖励", raw: "9359", value: 9359, unit: "人"},
			{label: "独生子女父母奖励标准", raw: "120", value: 120, unit: "元", qual: "每年"},
		}},
		{"respective changes measured from a plan period's end", "重庆注册护士总数10.94万人,每千人口护士3.35人,较“十二五”末分别增长49.59%、44.40%。", []want{
			{label: "重庆注册护士总数", raw: "10.94", value: 10.94, unit: "万人"},
			{label: "每千人口护士", raw: "3.35", value: 3.35, unit: "人"},
			{label: "重庆注册护士总数", raw: "49.59", value: 49.59, unit: "%", qual: "较“十二五”末分别增长"},
			{label: "每千人口护士", raw: "44.40", value: 44.40, unit: "%", qual: "较“十二五”末分别增长"},
		}},
		{"a value said of each of the years listed before it", "2023和2024年,四川省卫生健康方面支出均占省级一般公共预算支出的4.7%。", []want{
			{label: "四川省卫生健康方面支出均占省级一般公共预算支出", raw: "4.7", value: 4.7, unit: "%", year: 2023},
			{label: "四川省卫生健康方面支出均占省级一般公共预算支出", raw: "4.7", value: 4.7, unit: "%", year: 2024},
		}},
		{"a label opened by the year before is that year's", "该省2025年卫生健康预算金额超过了去年实际执行数509574万元。", []want{
			{label: "实际执行数", raw: "509574", value: 509574, unit: "万元", year: 2024},
		}},
		{"the part of a standard that is new is its rise", "2020年基本公共卫生服务人均补助标准为74元,人均基本公共卫生经费补助标准中新增的5元全部落实到乡村和城市社区。", []want{
			{label: "基本公共卫生服务人均补助标准", raw: "74", value: 74, unit: "元", year: 2020},
			{label: "人均基本公共卫生经费补助标准", raw: "5", value: 5, unit: "元", qual: "新增", year: 2020},
		}},
		{"the kind ranked first before its share of the total", "涉及药品主要以化学药品注射剂为主,占报告总数的42.68%。", []want{
			{label: "涉及药品化学药品注射剂占报告总数", raw: "42.68", value: 42.68, unit: "%"},
		}},
		{"the year before names the first label only, not its repetition", "去年甘肃地区孕产妇死亡率为17.12/10万,与2015年相比有所反弹(2015年为15.07/10万)。", []want{
			{label: "甘肃地区孕产妇死亡率", raw: "17.12", value: 17.12, unit: "/10万"},
			{label: "甘肃地区孕产妇死亡率", raw: "15.07", value: 15.07, unit: "/10万", year: 2015},
		}},
		{"the 只 of 只有 is no part of the label", "院感科只有1名专职人员的有4家(占36.4%);", []want{
			{label: "院感科专职人员", raw: "1", value: 1, unit: "名", qual: "只有"},
			{label: "院感科专职人员", raw: "4", value: 4, unit: "家"},
			{label: "专职人员占比重", raw: "36.4", value: 36.4, unit: "%"},
		}},
		{"a rule's level is a target", "该县所有贫困人口在县域内定点医院住院,原则上经各项保障后,实际医疗费用报销比例达到90%以上。", []want{
			{label: "实际医疗费用报销比例", raw: "90", value: 90, unit: "%", qual: "达到 以上", target: true},
		}},
		{"a span ending in a month dates the clauses after it", "从2012年至2015年2月底先后接待医疗纠纷投诉1505起,受理1228起。", []want{
			{label: "先后接待医疗纠纷投诉", raw: "1505", value: 1505, unit: "起", year: 2015},
			{label: "受理", raw: "1228", value: 1228, unit: "起", year: 2015},
		}},
		{"a per-head base before a number its noun follows", "深圳共有全科医师10569人,目前平均每万人拥有5.48名全科医师。", []want{
			{label: "深圳全科医师", raw: "10569", value: 10569, unit: "人"},
			{label: "每万人全科医师", raw: "5.48", value: 5.48, unit: "名"},
		}},
		{"a per-head base counted in residents", "力争到2025年达到城乡每万名居民拥有3.2名合格的全科医生的目标", []want{
			{label: "每万名居民合格的全科医生", raw: "3.2", value: 3.2, unit: "名", target: true, year: 2025},
		}},
		{"a per-head base shared along a list", "每千常住人口床位数24.16张、卫生技术人员34.04人、执业(助理)医师10.91人、注册护士17.09人。", []want{
			{label: "每千常住人口床位数", raw: "24.16", value: 24.16, unit: "张"},
			{label: "每千常住人口卫生技术人员", raw: "34.04", value: 34.04, unit: "人"},
			{label: "每千常住人口执业医师", raw: "10.91", value: 10.91, unit: "人"},
			{label: "每千常住人口注册护士", raw: "17.09", value: 17.09, unit: "人"},
		}},
		{"a per-head base shared by a list's last item after 及", "每千人口对应的药师(0.8名)、康复治疗师(0.3名)及护士(5.1名)均与上年相若。", []want{
			{label: "每千人口对应的药师", raw: "0.8", value: 0.8, unit: "名"},
			{label: "每千人口康复治疗师", raw: "0.3", value: 0.3, unit: "名"},
			{label: "每千人口护士", raw: "5.1", value: 5.1, unit: "名"},
		}},
		{"a per-head base shared by the next measure", "每千人口执业医师数由2.98人增长至3.45人,注册护士数由3.28人提升至4.25人,卫生技术人员10.49万人。", []want{
			{label: "每千人口执业医师数", raw: "2.98", value: 2.98, unit: "人", base: true},
			{label: "每千人口执业医师数", raw: "3.45", value: 3.45, unit: "人"},
			{label: "每千人口注册护士数", raw: "3.28", value: 3.28, unit: "人", base: true},
			{label: "每千人口注册护士数", raw: "4.25", value: 4.25, unit: "人"},
			{label: "卫生技术人员", raw: "10.49", value: 10.49, unit: "万人"},
		}},
		{"signing rate and requirement", "家庭医生总签约率为50.2%(省市要求>50%)，各分项指标均超过省市要求。", []want{
			{label: "家庭医生总签约率", raw: "50.2", value: 50.2, unit: "%"},
			{label: "省市要求", raw: "50", value: 50, unit: "%", qual: ">", target: true},
		}},
		{"per head after a verb or 从", "公共卫生服务经费财政补助从人均40元提高到45元。居民医保财政补助标准提高到人均320元。", []want{
			{label: "公共卫生服务经费财政补助", raw: "40", value: 40, unit: "元", base: true},
			{label: "公共卫生服务经费财政补助", raw: "45", value: 45, unit: "元"},
			{label: "居民医保财政补助标准", raw: "320", value: 320, unit: "元"},
		}},
		{"staff of the institutions just counted", "全县共有卫生防疫机构4所，卫生技术人员148人。妇幼保健机构11个，人员2085人；卫生技术人员1630人。", []want{
			{label: "卫生防疫机构", raw: "4", value: 4, unit: "所"},
			{label: "卫生防疫机构卫生技术人员", raw: "148", value: 148, unit: "人"},
			{label: "妇幼保健机构", raw: "11", value: 11, unit: "个"},
			{label: "妇幼保健机构人员", raw: "2085", value: 2085, unit: "人"},
			{label: "卫生技术人员", raw: "1630", value: 1630, unit: "人"},
		}},
		{"indicator named in a parenthesis", "城镇常住人口2810万人，占总人口的比重（常住人口城镇化率）为62.07%。医疗卫生机构（含村卫生室）3569个。", []want{
			{label: "城镇常住人口", raw: "2810", value: 2810, unit: "万人"},
			{label: "常住人口城镇化率", raw: "62.07", value: 62.07, unit: "%"},
			{label: "医疗卫生机构", raw: "3569", value: 3569, unit: "个"},
		}},
		{"a plan's end in corner quotes", "「十四五」末,每千人口拥有注册护士3.96人。", []want{
			{label: "每千人口拥有注册护士", raw: "3.96", value: 3.96, unit: "人", year: 2025},
		}},
		{"the end of a five-year plan dates what follows", "“十二五”末期，全县孕产妇死亡率下降到18.5/10万，十三五末人均预期寿命达到78岁。", []want{
			{label: "孕产妇死亡率", raw: "18.5", value: 18.5, unit: "/10万", year: 2015},
			{label: "人均预期寿命", raw: "78", value: 78, unit: "岁", qual: "达到", year: 2020},
		}},
		{"a parenthesised year dates only the value after it", "截至2019年，西藏的人均期望寿命由和平解放初期(即1951年)的35.5岁提高到70.6岁。", []want{
			{label: "西藏的人均期望寿命", raw: "35.5", value: 35.5, unit: "岁", year: 1951},
			{label: "西藏的人均期望寿命", raw: "70.6", value: 70.6, unit: "岁", year: 2019},
		}},
		{"a list's starts and ends, respectively", "孕产妇死亡率、婴儿死亡率和5岁以下儿童死亡率分别由2016年的109.9/10万、13.87‰、18.65‰，下降到2019年的63.68/10万、8.9‰、11.37‰。", []want{
			{label: "孕产妇死亡率", raw: "109.9", value: 109.9, unit: "/10万", year: 2016},
			{label: "婴儿死亡率", raw: "13.87", value: 13.87, unit: "‰", year: 2016},
			{label: "5岁以下儿童死亡率", raw: "18.65", value: 18.65, unit: "‰", year: 2016},
			{label: "孕产妇死亡率", raw: "63.68", value: 63.68, unit: "/10万", year: 2019},
			{label: "婴儿死亡率", raw: "8.9", value: 8.9, unit: "‰", year: 2019},
			{label: "5岁以下儿童死亡率", raw: "11.37", value: 11.37, unit: "‰", year: 2019},
		}},
		{"a task's rate after its count", "免费产前筛查6838人，完成率为102.78%；已执行71家，执行率100%。", []want{
			{label: "免费产前筛查", raw: "6838", value: 6838, unit: "人"},
			{label: "免费产前筛查完成率", raw: "102.78", value: 102.78, unit: "%"},
			{label: "执行", raw: "71", value: 71, unit: "家"},
			{label: "执行率", raw: "100", value: 100, unit: "%"},
		}},
		{"noun after number", "全年报告传染病病例8350例，全部及时完成审核，完成率100%。", []want{
			{label: "传染病病例", raw: "8350", value: 8350, unit: "例"},
			{label: "完成率", raw: "100", value: 100, unit: "%"},
		}},
		{"blank counts and blank dates", "截止到___月___日全市共累计报告手足口病___例，死亡___例，痊愈___例", []want{
			{label: "手足口病", unit: "例", missing: true},
			{label: "手足口病死亡", unit: "例", missing: true},
			{label: "手足口病痊愈", unit: "例", missing: true},
		}},
		{"comparison inherits label", "参合率为___%，比上年提高___个百分点", []want{
			{label: "参合率", unit: "%", missing: true},
			{label: "参合率", unit: "个百分点", qual: "比上年提高", missing: true},
		}},
		{"year applies to all", "2023年，中央财政补助我县实施公立医院改革与高质量发展示范项目资金1353万元，实际使用资金1353万元，资金使用率为100%", []want{
			{label: "~资金", raw: "1353", value: 1353, unit: "万元", year: 2023},
			{label: "实际使用资金", raw: "1353", value: 1353, unit: "万元", year: 2023},
			{label: "资金使用率", raw: "100", value: 100, unit: "%", year: 2023},
		}},
		{"comparison base year", "医师多点执业较2015年增长50%", []want{
			{label: "医师多点执业", raw: "50", value: 50, unit: "%", qual: "较2015年增长"},
		}},
		{"suffix qualifier", "县域就诊率90%以上", []want{
			{label: "县域就诊率", raw: "90", value: 90, unit: "%", qual: "以上"},
		}},
		{"traditional", "按人均15元標準，落實社區公共衛生補助經費", []want{
			{label: "人均", raw: "15", value: 15, unit: "元"},
		}},
		{"blank year is no figure", "*年，我區衛生工作的總體思路是", nil},
		{"qualifier 达 and blank", "受训人员达___人次", []want{
			{label: "受训人员", unit: "人次", qual: "达", missing: true},
		}},
		{"digits run into blank", "5______人获得补偿", []want{
			{label: "获得补偿", unit: "人", missing: true},
		}},
		{"approximately", "总投资约10207.42万元", []want{
			{label: "总投资", raw: "10207.42", value: 10207.42, unit: "万元", qual: "约"},
		}},
		{"thousands separator alone", "1,353万元", []want{
			{label: "金额", raw: "1,353", value: 1353, unit: "万元"},
		}},
		{"thousands separator", "全年共投入资金1,353万元", []want{
			{label: "投入资金", raw: "1,353", value: 1353, unit: "万元"},
		}},
		{"multiplier unit", "累计开展眼健康监测3.5万人次", []want{
			{label: "~眼健康监测", raw: "3.5", value: 3.5, unit: "万人次"},
		}},
		{"full-width digits", "床位使用率为５０．２％", []want{
			{label: "床位使用率", raw: "５０．２", value: 50.2, unit: "%"},
		}},
		{"verb then object", "投入500余万元购置心血管彩色多普勒超声诊断仪、电子胃肠镜等先进医疗设备", []want{
			{label: "~购置心血管彩色多普勒超声诊断仪", raw: "500", value: 500, unit: "万元", qual: "余"},
		}},
		{"verb only", "通过线上集中理论培训和线下分批实践操作相结合的方式培训89人", []want{
			{label: "培训", raw: "89", value: 89, unit: "人"},
		}},
		{"year range takes last year", "2020年-2022年共录用100名学生，2020届30名大学生村医已到协议村卫生室工作", []want{
			{label: "录用学生", raw: "100", value: 100, unit: "名", year: 2022},
			{label: "大学生村医", raw: "30", value: 30, unit: "名", year: 2020},
		}},
	})
}

// Numbers that are not figures.
func TestExtractNotFigures(t *testing.T) {
	for _, s := range []string{
		"自9月20日正式运行以来",
		"预计2月5日完成地上三层结构混凝土浇筑，2024年12月份竣工",
		"印发《南陵县紧密型医共体分级诊疗工作方案（试行）》（南医改秘〔2023〕3号）",
		"根据市政府3号文要求开展工作",
		"1.大力实施公立医院改革与高质量发展示范项目",
		"(2)基层健康守门人示范项目",
		"（3）中医药振兴发展示范项目",
		"许多单位在5.12护士节期间举办了技术操作比赛",
		"结合3·24世界防治结核病日开展宣传",
		"已建成120调度指挥中心",
		"建设“1+6+N”县域急救体系",
		"编制“十四五”卫生健康规划",
		"以手足口病(ev71病毒感染)防治工作为重点",
		"二〇二三年全县卫生工作总结",
		"二〇二三年，全县卫生工作取得新进展",
		"2023年卫生局工作总结",
		"上午10:30召开全县卫生工作会议",
		"会议于8时30分开始",
		"咨询电话0551-62998822",
		"做好了12356阳光计生服务热线管理",
		"第3季度满意度排名全市第6名",
		"推广应用V2.0版信息系统",
		"县人医院拟引进128排螺旋CT新项目",
		"新建一栋8层综合楼及配套设施",
		"0-6岁儿童健康管理服务工作",
		"65岁以上老年人健康管理工作稳步推进",
		"实现了___年农村合作医疗全面覆盖",
		"规划的4___年村卫生室建设项目",
		"20xx年工会工作取得了较大的成绩",
		"XX年十二月三十一日",
		"市中心血站顺利实现国家“is___00质量管理体系认证”",
		"时间:2022-03-19 04:18:00",
		"2023.12.24召开总结会",
		"落实《市中區社區衛生服務機構2006-2010年設置規劃》",
		"党的二十大精神",
		"三分之一的乡镇卫生院",
		"建成六大中心",
		"2023年卫生局工作总结 篇1",
		"COVID-19疫情防控",
		"H7N9流感监测",
		"PM2.5监测点位",
		"财政对医院的补助标准___多年未变",
		"党的___大和___届___中全会精神",
	} {
		if got := Extract(s); len(got) != 0 {
			t.Errorf("%q: want no figures, got\n%s", s, dump(s, got))
		}
	}
}

// Sentences written for these tests, in the style of other bureaus.
func TestExtractVaried(t *testing.T) {
	runCases(t, []extractCase{
		{"rate, count, change", "今年全区共完成家庭医生签约12.5万人，签约率达到45.3%，较上年提高3.2个百分点", []want{
			{label: "家庭医生签约", raw: "12.5", value: 12.5, unit: "万人"},
			{label: "家庭医生签约率", raw: "45.3", value: 45.3, unit: "%", qual: "达到"},
			{label: "家庭医生签约率", raw: "3.2", value: 3.2, unit: "个百分点", qual: "较上年提高"},
		}},
		{"target with bound", "力争到2025年，全县孕产妇系统管理率不低于90%", []want{
			{label: "孕产妇系统管理率", raw: "90", value: 90, unit: "%", qual: "不低于", year: 2025, target: true},
		}},
		{"counts with nouns before", "全市共有医疗卫生机构1,286个，其中医院45家、基层医疗卫生机构1,198个", []want{
			{label: "医疗卫生机构", raw: "1,286", value: 1286, unit: "个"},
			{label: "医院", raw: "45", value: 45, unit: "家"},
			{label: "基层医疗卫生机构", raw: "1,198", value: 1198, unit: "个"},
		}},
		{"the measure of the group before, for another group of the insured", "成年居民个人缴费标准为310元,学生儿童为210元", []want{
			{label: "成年居民个人缴费标准", raw: "310", value: 310, unit: "元"},
			{label: "学生儿童个人缴费标准", raw: "210", value: 210, unit: "元"},
		}},
		{"parts of a rate named by their qualifier", "全省住院分娩率为98.33%，其中城市为99.32%，农村为97.90%，已达到目标", []want{
			{label: "住院分娩率", raw: "98.33", value: 98.33, unit: "%"},
			{label: "城市住院分娩率", raw: "99.32", value: 99.32, unit: "%"},
			{label: "农村住院分娩率", raw: "97.90", value: 97.9, unit: "%"},
		}},
		{"a part naming its own rate", "全市住院分娩率为98.3%，其中城市孕产妇死亡率为10.2/10万", []want{
			{label: "住院分娩率", raw: "98.3", value: 98.3, unit: "%"},
			{label: "城市孕产妇死亡率", raw: "10.2", value: 10.2, unit: "/10万"},
		}},
		{"the start of a period up to now is not the figure's year", "自2000年以来，全省孕产妇死亡率总体下降，其中，孕产妇死亡率为24.35/10万", []want{
			{label: "孕产妇死亡率", raw: "24.35", value: 24.35, unit: "/10万"},
		}},
		{"counts of indicators that reached goals of later years", "40项考核指标中21项指标已提前达到2030年本市目标要求,5项指标已提前达到2022年本市目标要求", []want{
			{label: "考核指标中", raw: "40", value: 40, unit: "项"},
			{label: "指标达到2030年本市目标要求", raw: "21", value: 21, unit: "项"},
			{label: "指标达到2022年本市目标要求", raw: "5", value: 5, unit: "项"},
		}},
		{"a share of the count before it, in brackets", "医院中,公立医院 530 个(占医院总数的 45.22%),民营医院 642 个(占医院总数的 54.78%)", []want{
			{label: "公立医院", raw: "530", value: 530, unit: "个"},
			{label: "公立医院占医院总数", raw: "45.22", value: 45.22, unit: "%"},
			{label: "民营医院", raw: "642", value: 642, unit: "个"},
			{label: "民营医院占医院总数", raw: "54.78", value: 54.78, unit: "%"},
		}},
		{"what is said of the people counted, past its adverb, in the future: a target", "今年我区6.95万名老年人将享受免费体检服务", []want{
			{label: "老年人享受免费体检服务", raw: "6.95", value: 6.95, unit: "万名", target: true},
		}},
		{"what the things counted are planned to do: a target", "剩余8个流行县区计划今年达消除标准", []want{
			{label: "剩余流行县区计划今年达消除标准", raw: "8", value: 8, unit: "个", target: true},
		}},
		{"a goal word closing a quoted programme's name sets no goal", "该县2014年启动“一村一名大学生村医”计划,联合高校定向委培97名大学生村医", []want{
			{label: "大学生村医", raw: "97", value: 97, unit: "名", year: 2014},
		}},
		{"计划生育 names the families counted, no plan", "全县120户计划生育特殊家庭享受扶助", []want{
			{label: "计划生育特殊家庭享受扶助", raw: "120", value: 120, unit: "户"},
		}},
		{"what the people counted got, no target", "去年我区5.95万名老年人享受免费体检服务", []want{
			{label: "老年人享受免费体检服务", raw: "5.95", value: 5.95, unit: "万名"},
		}},
		{"a change between relative years", "力争全省新农合住院病人平均补偿率由去年的36%提高到今年的40%以上", []want{
			{label: "新农合住院病人平均补偿率", raw: "36", value: 36, unit: "%", base: true, target: true},
			{label: "新农合住院病人平均补偿率", raw: "40", value: 40, unit: "%", qual: "以上", target: true},
		}},
		{"year-on-year", "全年门诊量达到56.8万人次，同比增长12.3%", []want{
			{label: "门诊量", raw: "56.8", value: 56.8, unit: "万人次", qual: "达到"},
			{label: "门诊量", raw: "12.3", value: 12.3, unit: "%", qual: "同比增长"},
		}},
		{"a goal word as an item of an enumeration", "公开内容涵盖人事信息、规划计划、机构设置等，全年共公开信息58条", []want{
			{label: "公开信息", raw: "58", value: 58, unit: "条"},
		}},
		{"another area's value in parentheses, then the difference", "全市居民平均期望寿命达到83.62岁，高出全国平均水平(79岁)4.62岁", []want{
			{label: "居民平均期望寿命", raw: "83.62", value: 83.62, unit: "岁", qual: "达到"},
			{label: "高出全国平均水平", raw: "4.62", value: 4.62, unit: "岁"},
		}},
		{"funds secured are a result, not a goal", "新争取国家政策性资金4700多亿元", []want{
			{label: "新争取国家政策性资金", raw: "4700", value: 4700, unit: "亿元", qual: "多"},
		}},
		{"a unit per month or per head", "特困人员基本生活平均标准提高至1061元/月，补助标准提高到89元/人", []want{
			{label: "特困人员基本生活平均标准", raw: "1061", value: 1061, unit: "元/月"},
			{label: "补助标准", raw: "89", value: 89, unit: "元/人"},
		}},
		{"a pair's change, respectively before from", "城乡低保平均标准分别从2020年的645元/月、4318元/年提高到2025年的801元/月、7226元/年", []want{
			{label: "城市低保平均标准", raw: "645", value: 645, unit: "元/月", year: 2020, base: true},
			{label: "农村低保平均标准", raw: "4318", value: 4318, unit: "元/年", year: 2020, base: true},
			{label: "城市低保平均标准", raw: "801", value: 801, unit: "元/月", year: 2025},
			{label: "农村低保平均标准", raw: "7226", value: 7226, unit: "元/年", year: 2025},
		}},
		{"a noun's value in parentheses", "二级以上医院(12家)全部完成改造", []want{
			{label: "二级以上医院", raw: "12", value: 12, unit: "家"},
		}},
		{"control within", "婴儿死亡率控制在5‰以内", []want{
			{label: "婴儿死亡率", raw: "5", value: 5, unit: "‰", qual: "以内", target: true},
		}},
		{"approximate money", "投入资金约2.3亿元用于乡镇卫生院改造", []want{
			{label: "投入资金", raw: "2.3", value: 2.3, unit: "亿元", qual: "约"},
		}},
		{"dose count", "新冠疫苗加强针接种3,456剂次", []want{
			{label: "新冠疫苗加强针接种", raw: "3,456", value: 3456, unit: "剂次"},
		}},
		{"sessions", "开展健康讲座120余场次", []want{
			{label: "开展健康讲座", raw: "120", value: 120, unit: "场次", qual: "余"},
		}},
		{"age bracket in label", "65岁以上老年人健康管理率达到72%", []want{
			{label: "65岁以上老年人健康管理率", raw: "72", value: 72, unit: "%", qual: "达到"},
		}},
		{"year from deadline", "截至2023年底，全县已建成标准化村卫生室156个", []want{
			{label: "~标准化村卫生室", raw: "156", value: 156, unit: "个", year: 2023},
		}},
		{"traditional multiplier", "全年門診量達到56.8萬人次，同比下降2.1個百分點", []want{
			{label: "門診量", raw: "56.8", value: 56.8, unit: "万人次", qual: "達到"},
			{label: "門診量", raw: "2.1", value: 2.1, unit: "个百分点", qual: "同比下降"},
		}},
		{"respectively", "高血压、糖尿病患者规范管理率分别为65.2%、61.8%", []want{
			{label: "高血压患者规范管理率", raw: "65.2", value: 65.2, unit: "%"},
			{label: "糖尿病患者规范管理率", raw: "61.8", value: 61.8, unit: "%"},
		}},
		{"respectively with zero", "孕产妇死亡率、婴儿死亡率、5岁以下儿童死亡率分别控制在0、4.4‰、5.87‰", []want{
			{label: "孕产妇死亡率", raw: "0", value: 0, unit: "", target: true},
			{label: "婴儿死亡率", raw: "4.4", value: 4.4, unit: "‰", target: true},
			{label: "5岁以下儿童死亡率", raw: "5.87", value: 5.87, unit: "‰", target: true},
		}},
		{"all equal", "全县基免儿童建表率、建证率、表证符合率均达100%", []want{
			{label: "基免儿童建表率", raw: "100", value: 100, unit: "%", qual: "达"},
			{label: "建证率", raw: "100", value: 100, unit: "%", qual: "达"},
			{label: "表证符合率", raw: "100", value: 100, unit: "%", qual: "达"},
		}},
		{"unitless with label", "半年出生人口性别比为108", []want{
			{label: "出生人口性别比", raw: "108", value: 108},
		}},
		{"range", "农村卫生厕所普及率计划增加5-8个百分点", []want{
			{label: "~农村卫生厕所普及率", raw: "5-8", value: 8, unit: "个百分点", qual: "增加", target: true},
		}},
		{"symbols", "全县死因监测粗死亡率≥6‰，达国家监测标准", []want{
			{label: "死因监测粗死亡率", raw: "6", value: 6, unit: "‰", qual: "≥"},
		}},
		{"per cent of goal not a target", "完成对上争取1316万元，占目标任务的53%", []want{
			{label: "~争取", raw: "1316", value: 1316, unit: "万元"},
			{label: "对上争取占目标任务", raw: "53", value: 53, unit: "%"},
		}},
		{"shared tail after an item as long as the one before", "新能源汽车、智能家电、智能手机限上零售额分别增长8.7%、31.5%和32.3%", []want{
			{label: "新能源汽车限上零售额", raw: "8.7", value: 8.7, unit: "%", qual: "增长"},
			{label: "智能家电限上零售额", raw: "31.5", value: 31.5, unit: "%", qual: "增长"},
			{label: "智能手机限上零售额", raw: "32.3", value: 32.3, unit: "%", qual: "增长"},
		}},
		{"no one-rune shared tail", "接待游客、实现旅游总花费分别增长11.8%、11.5%", []want{
			{label: "接待游客", raw: "11.8", value: 11.8, unit: "%", qual: "增长"},
			{label: "旅游总花费", raw: "11.5", value: 11.5, unit: "%", qual: "增长"},
		}},
		{"items counted together", "新培育独角兽、小巨人、单项冠军企业300家以上", []want{
			{label: "新培育独角兽、小巨人、单项冠军企业", raw: "300", value: 300, unit: "家", qual: "以上"},
		}},
		{"two things joined by 和 counted together", "新增国家生态文明建设示范区和“两山”实践创新基地6个", []want{
			{label: "新增国家生态文明建设示范区和“两山”实践创新基地", raw: "6", value: 6, unit: "个"},
		}},
		{"two rates joined by 和 are no sum", "孕产妇死亡率和婴儿死亡率为15/10万", []want{
			{label: "孕产妇死亡率和婴儿死亡率", raw: "15", value: 15, unit: "/10万"},
		}},
		{"items each with a rate are no sum", "床位数、医师数增至7.83张", []want{
			{label: "医师数", raw: "7.83", value: 7.83, unit: "张"},
		}},
		{"exceeding the plan is done, and of what", "新退出政府融资平台346家、超计划19家", []want{
			{label: "新退出政府融资平台", raw: "346", value: 346, unit: "家"},
			{label: "新退出政府融资平台超计划", raw: "19", value: 19, unit: "家"},
		}},
		{"share of the amount before", "成都平原经济区经济总量达到4万亿元、占全省比重达61.3%", []want{
			{label: "成都平原经济区经济总量", raw: "4", value: 4, unit: "万亿元", qual: "达到"},
			{label: "成都平原经济区经济总量占全省比重", raw: "61.3", value: 61.3, unit: "%", qual: "达"},
		}},
		{"contribution keeps its preposition", "增加值跨上3万亿元台阶，对经济增长贡献率超60%", []want{
			{label: "增加值", raw: "3", value: 3, unit: "万亿元"},
			{label: "增加值对经济增长贡献率", raw: "60", value: 60, unit: "%", qual: "超"},
		}},
		{"cubic metres after a multiplier", "累计查明煤层气资源量2000多亿方", []want{
			{label: "~煤层气资源量", raw: "2000", value: 2000, unit: "亿方", qual: "多"},
		}},
		{"a goal word inside a quoted name sets no goal", "深入推进“三项计划”，打造30个边境旅游示范村", []want{
			{label: "~边境旅游示范村", raw: "30", value: 30, unit: "个"},
		}},
		{"a pair's change: each member its base and its value", "城乡居民人均可支配收入从2021年的46503元和16935元分别提高到58794元和23184元", []want{
			{label: "城镇居民人均可支配收入", raw: "46503", value: 46503, unit: "元", year: 2021, base: true},
			{label: "农村居民人均可支配收入", raw: "16935", value: 16935, unit: "元", year: 2021, base: true},
			{label: "城镇居民人均可支配收入", raw: "58794", value: 58794, unit: "元"},
			{label: "农村居民人均可支配收入", raw: "23184", value: 23184, unit: "元"},
		}},
		{"two indicators' change", "孕产妇死亡率和婴儿死亡率从2020年的20/10万和5‰分别下降到15/10万和4‰", []want{
			{label: "孕产妇死亡率", raw: "20", value: 20, unit: "/10万", year: 2020, base: true},
			{label: "婴儿死亡率", raw: "5", value: 5, unit: "‰", year: 2020, base: true},
			{label: "孕产妇死亡率", raw: "15", value: 15, unit: "/10万"},
			{label: "婴儿死亡率", raw: "4", value: 4, unit: "‰"},
		}},
		{"a change from a time with no year, its base cut off by a comma", "全市人均预期寿命从新中国成立初期的不到60岁，提高到2018年的82.78岁", []want{
			{label: "人均预期寿命", raw: "60", value: 60, unit: "岁", qual: "不到", base: true},
			{label: "人均预期寿命", raw: "82.78", value: 82.78, unit: "岁", year: 2018},
		}},
		{"a length of time inside a name", "到2030年，总体癌症5年生存率不低于46.6%", []want{
			{label: "总体癌症5年生存率", raw: "46.6", value: 46.6, unit: "%", qual: "不低于", year: 2030, target: true},
		}},
		{"a measure written once after parallel items", "规模以上高技术制造业和装备制造业增加值分别增长13.8%、18.1%", []want{
			{label: "规模以上高技术制造业增加值", raw: "13.8", value: 13.8, unit: "%", qual: "增长"},
			{label: "装备制造业增加值", raw: "18.1", value: 18.1, unit: "%", qual: "增长"},
		}},
		{"people a programme reaches, counted after a multiplier, are counted for it", "高龄津贴惠及130万老年人", []want{
			{label: "高龄津贴惠及老年人", raw: "130", value: 130, unit: "万人"},
		}},
		{"parts of a text are no figures", "《纲要》提出了15个方面的重点任务和4个方面的保障措施", nil},
		{"a bare measure takes the sentence's subject", "服务业支撑作用更加明显，增加值跨上3万亿元台阶", []want{
			{label: "服务业增加值", raw: "3", value: 3, unit: "万亿元"},
		}},
		{"a purpose clause sets no goal", "以提高人均预期寿命为目标，深入实施专项行动，人均预期寿命提升至76.8岁左右", []want{
			{label: "人均预期寿命", raw: "76.8", value: 76.8, unit: "岁", qual: "左右"},
		}},
		{"a change of price said of two counted objects", "580种药品和26种医用耗材价格大幅降低", []want{
			{label: "药品价格大幅降低", raw: "580", value: 580, unit: "种"},
			{label: "医用耗材价格大幅降低", raw: "26", value: 26, unit: "种"},
		}},
		{"a pair's growth rates", "城乡居民人均可支配收入分别增长6%和7.4%", []want{
			{label: "城镇居民人均可支配收入", raw: "6", value: 6, unit: "%", qual: "增长"},
			{label: "农村居民人均可支配收入", raw: "7.4", value: 7.4, unit: "%", qual: "增长"},
		}},
		{"a change word shared across 和", "新能源汽车、智能家电、智能手机限上零售额分别增长8.7%、31.5%和32.3%", []want{
			{label: "", raw: "8.7", value: 8.7, unit: "%", qual: "增长"},
			{label: "", raw: "31.5", value: 31.5, unit: "%", qual: "增长"},
			{label: "", raw: "32.3", value: 32.3, unit: "%", qual: "增长"},
		}},
		{"objects joined by 和 share what is said of them", "全年新增580种药品和26种医用耗材纳入集采", []want{
			{label: "新增药品纳入集采", raw: "580", value: 580, unit: "种"},
			{label: "医用耗材纳入集采", raw: "26", value: 26, unit: "种"},
		}},
		{"a rank's bound is no figure", "85个学科进入ESI世界学科排名前1％、9个学科进入前1‰", []want{
			{label: "学科进入ESI世界学科排名前1％", raw: "85", value: 85, unit: "个"},
			{label: "学科进入前1‰", raw: "9", value: 9, unit: "个"},
		}},
		{"bare counts share the subject of the first", "生产安全事故起数、死亡人数分别下降9.62%、10.47%", []want{
			{label: "生产安全事故起数", raw: "9.62", value: 9.62, unit: "%", qual: "下降"},
			{label: "生产安全事故死亡人数", raw: "10.47", value: 10.47, unit: "%", qual: "下降"},
		}},
		{"a rate is no bare count", "城镇新增就业人数、失业率分别为5万人、4.5%", []want{
			{label: "城镇新增就业人数", raw: "5", value: 5, unit: "万人"},
			{label: "失业率", raw: "4.5", value: 4.5, unit: "%"},
		}},
		{"a part of the figure before", "累计推出259项制度创新成果，其中56项为全国首创", []want{
			{label: "~制度创新成果", raw: "259", value: 259, unit: "项"},
			{label: "~制度创新成果中全国首创", raw: "56", value: 56, unit: "项"},
		}},
		{"a share of the whole named by the figure before", "中欧班列累计开行超2.6万列、占全国23.9%", []want{
			{label: "中欧班列累计开行", raw: "2.6", value: 2.6, unit: "万列", qual: "超"},
			{label: "中欧班列累计开行占全国比重", raw: "23.9", value: 23.9, unit: "%"},
		}},
		{"jin", "粮食产量稳定在800亿斤以上", []want{
			{label: "粮食产量", raw: "800", value: 800, unit: "亿斤", qual: "以上"},
		}},
		{"a two-character verb before a count", "修复17块污染地块，建筑垃圾资源化利用率超过70%", []want{
			{label: "修复污染地块", raw: "17", value: 17, unit: "块"},
			{label: "建筑垃圾资源化利用率", raw: "70", value: 70, unit: "%", qual: "超过"},
		}},
		{"what is said of the counted ends at the next figure's clause", "可可盖等11处煤矿建成试运转、新增产能3095万吨/年", []want{
			{label: "煤矿建成试运转", raw: "11", value: 11, unit: "处"},
			{label: "新增产能", raw: "3095", value: 3095, unit: "万吨/年"},
		}},
		{"a grade belongs to the unit", "300万吨级CCUS碳捕集利用、100兆瓦级地下压缩空气储能等项目加快建设", []want{
			{label: "CCUS碳捕集利用", raw: "300", value: 300, unit: "万吨级"},
			{label: "地下压缩空气储能", raw: "100", value: 100, unit: "兆瓦级"},
		}},
		{"a kind of room is no figure", "逐步提高二级以上公立医院单人间、2人间病房比例", nil},
		{"the level reached is the measure's, not the change's", "铁路运营里程新增1700公里、突破7000公里", []want{
			{label: "铁路运营里程新增", raw: "1700", value: 1700, unit: "公里"},
			{label: "铁路运营里程", raw: "7000", value: 7000, unit: "公里", qual: "突破"},
		}},
		{"two items share a tail only after a short first", "农村自来水、卫生户厕普及率超过98％、85％", []want{
			{label: "农村自来水", raw: "98", value: 98, unit: "%", qual: "超过"},
			{label: "卫生户厕普及率", raw: "85", value: 85, unit: "%"},
		}},
		{"the verb closing the second object is done to the first", "完成1679个行政村生活污水和199个农村黑臭水体治理", []want{
			{label: "~行政村生活污水治理", raw: "1679", value: 1679, unit: "个"},
			{label: "农村黑臭水体治理", raw: "199", value: 199, unit: "个"},
		}},
		{"two items of the same length share a measure word", "基本养老保险、基本医疗保险参保率均达到95%以上", []want{
			{label: "基本养老保险参保率", raw: "95", value: 95, unit: "%", qual: "达到 以上"},
			{label: "基本医疗保险参保率", raw: "95", value: 95, unit: "%", qual: "达到 以上"},
		}},
		{"a range with its unit at both ends is one figure", "全省生产总值增长5%—5.5%，城镇新增就业100万人以上", []want{
			{label: "~生产总值", raw: "5%—5.5", value: 5.5, unit: "%", qual: "增长"},
			{label: "城镇新增就业", raw: "100", value: 100, unit: "万人", qual: "以上"},
		}},
		{"a bare total is the measure of the figure before", "地区生产总值增长5.8％、增速全国第3，总量达到60013亿元", []want{
			{label: "地区生产总值", raw: "5.8", value: 5.8, unit: "%", qual: "增长"},
			{label: "地区生产总值", raw: "60013", value: 60013, unit: "亿元", qual: "达到"},
		}},
		{"a pair word inside the label", "实际使用内外资分别增长10%、6.4%", []want{
			{label: "实际使用内资", raw: "10", value: 10, unit: "%", qual: "增长"},
			{label: "实际使用外资", raw: "6.4", value: 6.4, unit: "%", qual: "增长"},
		}},
		{"newly selected is shared by the list", "新入选国家5G工厂29家、卓越级智能工厂10家", []want{
			{label: "新入选国家5G工厂", raw: "29", value: 29, unit: "家"},
			{label: "新入选卓越级智能工厂", raw: "10", value: 10, unit: "家"},
		}},
		{"a share of the year's plan is done, not a goal", "城镇新增就业、新增发放创业担保贷款分别完成年计划的118.2%、248.57%，城镇、农村居民人均可支配收入分别增长4.3%、5.7%", []want{
			{label: "城镇新增就业完成年计划", raw: "118.2", value: 118.2, unit: "%"},
			{label: "新增发放创业担保贷款完成年计划", raw: "248.57", value: 248.57, unit: "%"},
			{label: "城镇居民人均可支配收入", raw: "4.3", value: 4.3, unit: "%", qual: "增长"},
			{label: "农村居民人均可支配收入", raw: "5.7", value: 5.7, unit: "%", qual: "增长"},
		}},
		{"a part after 其中 is measured like the whole", "汽车产量增长1.7倍，其中新能源汽车增长17.2倍", []want{
			{label: "汽车产量", raw: "1.7", value: 1.7, unit: "倍", qual: "增长"},
			{label: "新能源汽车产量", raw: "17.2", value: 17.2, unit: "倍", qual: "增长"},
		}},
		{"a part after 其中 that is a kind of the whole's thing takes its measure", "汽车保有量由2552万辆增至3230万辆，其中新能源汽车由45万辆增至356万辆", []want{
			{label: "汽车保有量", raw: "2552", value: 2552, unit: "万辆", base: true},
			{label: "汽车保有量", raw: "3230", value: 3230, unit: "万辆"},
			{label: "新能源汽车保有量", raw: "45", value: 45, unit: "万辆", base: true},
			{label: "新能源汽车保有量", raw: "356", value: 356, unit: "万辆"},
		}},
		{"a part after 其中 that is a kind of institution has their beds", "全县医疗卫生机构床位数3000张，其中医院2000张", []want{
			{label: "医疗卫生机构床位数", raw: "3000", value: 3000, unit: "张"},
			{label: "医院床位数", raw: "2000", value: 2000, unit: "张"},
		}},
		{"the level a trend reached, its subject in the clause before", "全县卫生事业经费投入大幅增长，2022年达1803万元。孕产妇死亡率持续下降，全年为9.5/10万", []want{
			{label: "卫生事业经费投入", raw: "1803", value: 1803, unit: "万元", qual: "达", year: 2022},
			{label: "孕产妇死亡率", raw: "9.5", value: 9.5, unit: "/10万", year: 2022},
		}},
		{"a margin over another area's value is the previous measure's", "民间投资增长2.1%、高于全国8.5个百分点", []want{
			{label: "民间投资", raw: "2.1", value: 2.1, unit: "%", qual: "增长"},
			{label: "民间投资高于全国", raw: "8.5", value: 8.5, unit: "个百分点"},
		}},
		{"a change after a parenthesis of parts is the whole's", "社区卫生服务机构676所(社区卫生服务中心223所,社区卫生服务站453所),比上年增加121所", []want{
			{label: "社区卫生服务机构", raw: "676", value: 676, unit: "所"},
			{label: "社区卫生服务中心", raw: "223", value: 223, unit: "所"},
			{label: "社区卫生服务站", raw: "453", value: 453, unit: "所"},
			{label: "社区卫生服务机构", raw: "121", value: 121, unit: "所", qual: "比上年增加"},
		}},
		{"a year in brackets dates the bracket only", "2018年我县人口基数为328830人(2016年统计年鉴数),参加职工医保的人数为23502人", []want{
			{label: "人口基数", raw: "328830", value: 328830, unit: "人", year: 2018},
			{label: "参加职工医保的人数", raw: "23502", value: 23502, unit: "人", year: 2018},
		}},
		{"a goal named after its number", "贫困人员的参保率为94.45%,距离建档立卡贫困人员100%有医疗保障任务指标尚有一定距离", []want{
			{label: "贫困人员的参保率", raw: "94.45", value: 94.45, unit: "%"},
			{label: "建档立卡贫困人员", raw: "100", value: 100, unit: "%", target: true},
		}},
		{"a level already reached is a result whatever goal word stands before", "各部门按照会议的要求和部署,积极开展筹资工作,横县的参合率已经达到了92%", []want{
			{label: "横县的参合率", raw: "92", value: 92, unit: "%", qual: "达到"},
		}},
		{"a goal set earlier, and one already reached", "力争全县参合率达到95%,目前已达90%", []want{
			{label: "参合率", raw: "95", value: 95, unit: "%", qual: "达到", target: true},
			{label: "参合率", raw: "90", value: 90, unit: "%", qual: "达"},
		}},
		{"the starts and ends of several measures' changes, a comparison between", "每千人口床位数、执业(助理)医师数、注册护士数,与2015年相比,分别从4.61张、2.25人、1.79人增长到5.94张、3.22人、2.70人", []want{
			{label: "每千人口床位数", raw: "4.61", value: 4.61, unit: "张", base: true, year: 2015},
			{label: "每千人口执业(助理)医师数", raw: "2.25", value: 2.25, unit: "人", base: true, year: 2015},
			{label: "每千人口注册护士数", raw: "1.79", value: 1.79, unit: "人", base: true, year: 2015},
			{label: "每千人口床位数", raw: "5.94", value: 5.94, unit: "张"},
			{label: "每千人口执业(助理)医师数", raw: "3.22", value: 3.22, unit: "人"},
			{label: "每千人口注册护士数", raw: "2.70", value: 2.70, unit: "人"},
		}},
		{"a long 自…以来 names no year of the figure after it", "我市自2018年成功实施60周岁以上老年人免费接种流感疫苗项目以来,社会反响好,今年计划实施70周岁以上老年人免费接种流感疫苗共计约3.9万剂次", []want{
			{label: "计划实施70周岁以上老年人免费接种流感疫苗", raw: "3.9", value: 3.9, unit: "万剂次", qual: "约", target: true},
		}},
		{"实有 stays in its label", "中心事业编制人数91人,在职实有81人", []want{
			{label: "中心事业编制人数", raw: "91", value: 91, unit: "人"},
			{label: "在职实有", raw: "81", value: 81, unit: "人"},
		}},
		{"an ordinal dose in the object after a count", "14.63万人完成了第2针,完成率为91.85%;10.6万人完成了第3针,完成率为66.57%", []want{
			{label: "完成第2针", raw: "14.63", value: 14.63, unit: "万人"},
			{label: "完成第2针完成率", raw: "91.85", value: 91.85, unit: "%"},
			{label: "完成第3针", raw: "10.6", value: 10.6, unit: "万人"},
			{label: "完成第3针完成率", raw: "66.57", value: 66.57, unit: "%"},
		}},
		{"a count in Chinese numerals a change grew to", "医院由一个院区增加到三个院区,一跃成为全省卫生战线的一面旗帜", []want{
			{label: "院区", raw: "三", value: 3, unit: "个"},
		}},
		{"a density after the catch it is of, per trap", "布放诱蝇笼5个,共捕蝇26只,密度为5.2只/笼;人工小时法监测蚊密度为2.67只/人工小时", []want{
			{label: "布放诱蝇笼", raw: "5", value: 5, unit: "个"},
			{label: "捕蝇", raw: "26", value: 26, unit: "只"},
			{label: "捕蝇密度", raw: "5.2", value: 5.2, unit: "只/笼"},
			{label: "人工小时法监测蚊密度", raw: "2.67", value: 2.67, unit: "只/人工小时"},
		}},
		{"numbers joined by 和 share the last one's unit", "床位分别为120和80张", []want{
			{label: "床位", raw: "120", value: 120, unit: "张"},
			{label: "床位", raw: "80", value: 80, unit: "张"},
		}},
		{"differences from places listed after 分别比", "全县居民健康素养水平达33.97%,分别比全省、全市高出3.85和1.85个百分点", []want{
			{label: "居民健康素养水平", raw: "33.97", value: 33.97, unit: "%", qual: "达"},
			{label: "居民健康素养水平", raw: "3.85", value: 3.85, unit: "个百分点", qual: "比全省高出"},
			{label: "居民健康素养水平", raw: "1.85", value: 1.85, unit: "个百分点", qual: "比全市高出"},
		}},
		{"class letters shared by one subject, words before the first", "全县共报告法定乙、丙类传染病13种共1568例", []want{
			{label: "法定乙、丙类传染病", raw: "13", value: 13, unit: "种"},
			{label: "法定乙、丙类传染病", raw: "1568", value: 1568, unit: "例"},
		}},
		{"部 counts works, not 部门 or 部分", "新增入省库健康科普作品100部以上,分为3部分,由12部门联合", []want{
			{label: "新增入省库健康科普作品", raw: "100", value: 100, unit: "部", qual: "以上"},
		}},
		{"a task's number, then its progress and rate", "新增窝沟封闭6-9岁儿童7050人 完成1826人,完成率26%", []want{
			{label: "新增窝沟封闭6-9岁儿童", raw: "7050", value: 7050, unit: "人", target: true},
			{label: "新增窝沟封闭6-9岁儿童完成", raw: "1826", value: 1826, unit: "人"},
			{label: "新增窝沟封闭6-9岁儿童完成率", raw: "26", value: 26, unit: "%"},
		}},
		{"progress of its own object is no task's", "累计筛查5000人，完成随访4200人", []want{
			{label: "筛查", raw: "5000", value: 5000, unit: "人"},
			{label: "随访", raw: "4200", value: 4200, unit: "人"},
		}},
		{"a change said with 涨到", "卫生院的业务收入也从720万元涨到1860万元", []want{
			{label: "卫生院的业务收入", raw: "720", value: 720, unit: "万元", base: true},
			{label: "卫生院的业务收入", raw: "1860", value: 1860, unit: "万元"},
		}},
		{"starts after a plan's period, 分别 after them, ends now", "新生儿死亡率、婴儿死亡率、5岁以下儿童死亡率从十二五期间4.77‰、7.37‰、9.78‰分别降至现在的2.05‰、3.04‰、4.04‰", []want{
			{label: "新生儿死亡率", raw: "4.77", value: 4.77, unit: "‰", base: true},
			{label: "婴儿死亡率", raw: "7.37", value: 7.37, unit: "‰", base: true},
			{label: "5岁以下儿童死亡率", raw: "9.78", value: 9.78, unit: "‰", base: true},
			{label: "新生儿死亡率", raw: "2.05", value: 2.05, unit: "‰"},
			{label: "婴儿死亡率", raw: "3.04", value: 3.04, unit: "‰"},
			{label: "5岁以下儿童死亡率", raw: "4.04", value: 4.04, unit: "‰"},
		}},
		{"the starts and ends of two rates", "孕产妇死亡率、婴儿死亡率分别由20.5/10万、6.5‰下降到18.2/10万、5.1‰", []want{
			{label: "孕产妇死亡率", raw: "20.5", value: 20.5, unit: "/10万", base: true},
			{label: "婴儿死亡率", raw: "6.5", value: 6.5, unit: "‰", base: true},
			{label: "孕产妇死亡率", raw: "18.2", value: 18.2, unit: "/10万"},
			{label: "婴儿死亡率", raw: "5.1", value: 5.1, unit: "‰"},
		}},
		{"a rate is no count", "地表水国考断面水质优良率达到100%，全员劳动生产率达到25万元/人，家庭医生签约率 14例", []want{
			{label: "地表水国考断面水质优良率", raw: "100", value: 100, unit: "%", qual: "达到"},
			{label: "全员劳动生产率", raw: "25", value: 25, unit: "万元/人", qual: "达到"},
		}},
		{"one-character modifiers sharing a head, one subject's kinds and cases", "2019年12月,全省无甲类传染病报告,乙、丙类传染病报告21种13512例,死亡11例。", []want{
			{label: "乙、丙类传染病报告", raw: "21", value: 21, unit: "种", year: 2019},
			{label: "乙、丙类传染病报告", raw: "13512", value: 13512, unit: "例", year: 2019},
			{label: "乙、丙类传染病死亡", raw: "11", value: 11, unit: "例", year: 2019},
		}},
		{"收、支 is one word written apart (收支 in the label), 各 no part of it", "与2023年度相比,财政拨款收、支总计各增加52.58万元,增长2.7%。", []want{
			{label: "财政拨款收支", raw: "52.58", value: 52.58, unit: "万元", qual: "增加"},
			{label: "财政拨款收支", raw: "2.7", value: 2.7, unit: "%", qual: "增长"},
		}},
		{"a verb of rating before the number takes the object after it", "最终评定出6家五星级法治医疗卫生单位,17家四星级法治医疗卫生单位。", []want{
			{label: "评定出五星级法治医疗卫生单位", raw: "6", value: 6, unit: "家"},
			{label: "四星级法治医疗卫生单位", raw: "17", value: 17, unit: "家"},
		}},
		{"a yearly rise is a change, a plan's end alone no name", "2016年以来,居民健康素养水平平均每年递增2%,到“十三五”末达到22.38%。", []want{
			{label: "居民健康素养水平", raw: "2", value: 2, unit: "%", qual: "平均每年 递增"},
			{label: "居民健康素养水平", raw: "22.38", value: 22.38, unit: "%", qual: "达到", year: 2020},
		}},
		{"what the things counted were made part of, a long predicate", "哈尔滨、大庆等地3家医院纳入国家级精神病专业临床重点专科项目建设单位,12家医院获评省级重点专科项目建设单位。", []want{
			{label: "医院纳入国家级精神病专业临床重点专科项目建设单位", raw: "3", value: 3, unit: "家"},
			{label: "医院获评省级重点专科项目建设单位", raw: "12", value: 12, unit: "家"},
		}},
		{"a reason's opening words are no part of the label", "收支较上年决算数增加13,019.38万元,主要原因是本年收入合计数增加10,123.06万元。", []want{
			{label: "收支", raw: "13,019.38", value: 13019.38, unit: "万元", qual: "较上年决算数增加"},
			{label: "收入合计数", raw: "10,123.06", value: 10123.06, unit: "万元", qual: "增加"},
		}},
		{"changes against bracketed bases, each with its comparison", "全市共报告法定传染病病例11087例,较上月同期(9713例)上升14.15%,较去年同期(26437例)下降58.06%。", []want{
			{label: "法定传染病病例", raw: "11087", value: 11087, unit: "例"},
			{label: "上月同期", raw: "9713", value: 9713, unit: "例", base: true},
			{label: "法定传染病病例", raw: "14.15", value: 14.15, unit: "%", qual: "较上月同期上升"},
			{label: "法定传染病病例", raw: "26437", value: 26437, unit: "例", base: true},
			{label: "法定传染病病例", raw: "58.06", value: 58.06, unit: "%", qual: "较去年同期下降"},
		}},
		{"a measure named before its count, what kind of number after", "积极推进普惠托育服务增量提质,确保完成千人口托位数4.6个以上任务目标", []want{
			{label: "千人口托位数", raw: "4.6", value: 4.6, unit: "个", qual: "以上", target: true},
		}},
		{"the investment of the projects counted before", "实施重大项目1900多个，完成投资2500亿元以上", []want{
			{label: "实施重大项目", raw: "1900", value: 1900, unit: "个", qual: "多"},
			{label: "重大项目完成投资", raw: "2500", value: 2500, unit: "亿元", qual: "以上"},
		}},
		{"the clauses after a count of projects say more of them", "全市床位数达5319张,公立医疗卫生建设项目17个,完成投资13.7亿元,新增床位945张", []want{
			{label: "床位数", raw: "5319", value: 5319, unit: "张", qual: "达"},
			{label: "公立医疗卫生建设项目", raw: "17", value: 17, unit: "个"},
			{label: "公立医疗卫生建设项目完成投资", raw: "13.7", value: 13.7, unit: "亿元"},
			{label: "公立医疗卫生建设项目新增床位", raw: "945", value: 945, unit: "张"},
		}},
		{"cases and deaths of the diseases counted before", "全县报告法定传染病16种,发病3538例,死亡27例,发病率583.54/10万;乙类传染病报告11种2189例,死亡27例", []want{
			{label: "法定传染病", raw: "16", value: 16, unit: "种"},
			{label: "法定传染病发病", raw: "3538", value: 3538, unit: "例"},
			{label: "法定传染病死亡", raw: "27", value: 27, unit: "例"},
			{label: "法定传染病发病率", raw: "583.54", value: 583.54, unit: "/10万"},
			{label: "乙类传染病报告", raw: "11", value: 11, unit: "种"},
			{label: "乙类传染病报告", raw: "2189", value: 2189, unit: "例"},
			{label: "乙类传染病死亡", raw: "27", value: 27, unit: "例"},
		}},
		{"nearly and cumulative", "疾病应急救助基金及时报销率近100%，累计报销66人次", []want{
			{label: "疾病应急救助基金及时报销率", raw: "100", value: 100, unit: "%", qual: "近"},
			{label: "疾病应急救助基金报销", raw: "66", value: 66, unit: "人次"},
		}},
		{"x blanks and stars", "全市共有xx家医疗机构，出动执法人员*人次，罚款××万元", []want{
			{label: "医疗机构", unit: "家", missing: true},
			{label: "出动执法人员", unit: "人次", missing: true},
			{label: "罚款", unit: "万元", missing: true},
		}},
		{"full-width blanks", "接种率达＿＿％以上", []want{
			{label: "接种率", unit: "%", qual: "达 以上", missing: true},
		}},
		{"count with classifier and object", "成立8个名医工作室，建立省内外88名外埠专家库", []want{
			{label: "成立名医工作室", raw: "8", value: 8, unit: "个"},
			{label: "外埠专家库", raw: "88", value: 88, unit: "名"},
		}},
		{"twelve services is a figure", "国家基本公共卫生原12项基本公共卫生服务均已达到市级序时目标", []want{
			{label: "~基本公共卫生服务", raw: "12", value: 12, unit: "项"},
		}},
		{"per-capita money", "人均基本公共卫生服务经费补助标准提高到89元", []want{
			{label: "人均基本公共卫生服务经费补助标准", raw: "89", value: 89, unit: "元"},
		}},
		{"people approx", "受益人群达6万多人", []want{
			{label: "受益人群", raw: "6", value: 6, unit: "万人", qual: "达 多"},
		}},
		{"duration", "出院病人平均住院日为7.3天左右", []want{
			{label: "出院病人平均住院日", raw: "7.3", value: 7.3, unit: "天", qual: "左右"},
		}},
		{"month count with 近", "历时近4个月", []want{
			{label: "历时", raw: "4", value: 4, unit: "个月", qual: "近"},
		}},
		{"ml", "献血量达523990ml", []want{
			{label: "献血量", raw: "523990", value: 523990, unit: "ml", qual: "达"},
		}},
		{"list item after 、", "已建成120调度指挥中心、2个县级站点和4个镇级站点", []want{
			{label: "县级站点", raw: "2", value: 2, unit: "个"},
			{label: "镇级站点", raw: "4", value: 4, unit: "个"},
		}},
		{"paren label", "发放资金918.612万元（其中中央资金600万元）", []want{
			{label: "发放资金", raw: "918.612", value: 918.612, unit: "万元"},
			{label: "中央资金", raw: "600", value: 600, unit: "万元"},
		}},
		{"rate per 100k", "2023年1-11月，全县法定传染病报告发病率为256.3/10万", []want{
			{label: "法定传染病报告发病率", raw: "256.3", value: 256.3, unit: "/10万", year: 2023},
		}},
		{"from A to B", "总床位数由2020年的1,850张增加到2023年的2,360张", []want{
			{label: "总床位数", raw: "1,850", value: 1850, unit: "张", year: 2020, base: true},
			{label: "总床位数", raw: "2,360", value: 2360, unit: "张", year: 2023},
		}},
		{"from A to B in a clause after the subject's", "其中，合肥市人均期望寿命高于全国全省平均水平，由2012年的76.83岁提高到2021年的80.26岁。", []want{
			{label: "合肥市人均期望寿命", raw: "76.83", value: 76.83, unit: "岁", year: 2012, base: true},
			{label: "合肥市人均期望寿命", raw: "80.26", value: 80.26, unit: "岁", year: 2021},
		}},
		{"from A to B after a trend's subject", "人均期望寿命稳步提高，由2012年的76.83岁提高到2021年的80.26岁。", []want{
			{label: "人均期望寿命", raw: "76.83", value: 76.83, unit: "岁", year: 2012, base: true},
			{label: "人均期望寿命", raw: "80.26", value: 80.26, unit: "岁", year: 2021},
		}},
		{"deadline clause is a goal", "到2025年，全市每千人口注册护士数达到3.8人", []want{
			{label: "每千人口注册护士数", raw: "3.8", value: 3.8, unit: "人", qual: "达到", year: 2025, target: true},
		}},
		{"parenthetical count", "全县共有医疗卫生机构412个（含村卫生室286个），床位2,680张", []want{
			{label: "医疗卫生机构", raw: "412", value: 412, unit: "个"},
			{label: "村卫生室", raw: "286", value: 286, unit: "个"},
			{label: "床位", raw: "2,680", value: 2680, unit: "张"},
		}},
		{"money change", "县财政安排1.5亿元，较上年增加0.3亿元", []want{
			{label: "县财政安排", raw: "1.5", value: 1.5, unit: "亿元"},
			{label: "县财政安排", raw: "0.3", value: 0.3, unit: "亿元", qual: "较上年增加"},
		}},
		{"event after number continues previous", "会诊病人338人，其中284人经会诊后留在县级院区住院治疗", []want{
			{label: "会诊病人", raw: "338", value: 338, unit: "人"},
			{label: "会诊病人", raw: "284", value: 284, unit: "人"},
		}},
		{"combined unit 台次", "出动执法车辆60台次", []want{
			{label: "出动执法车辆", raw: "60", value: 60, unit: "台次"},
		}},
		{"bare multiplier", "目前已支付1103万", []want{
			{label: "支付", raw: "1103", value: 1103, unit: "万"},
		}},
		{"plan with goal word", "2024年计划新建村卫生室20所，确保村卫生室覆盖率达到100%", []want{
			{label: "~村卫生室", raw: "20", value: 20, unit: "所", year: 2024, target: true},
			{label: "村卫生室覆盖率", raw: "100", value: 100, unit: "%", qual: "达到", year: 2024, target: true},
		}},
	})
}

// Spans cover the number (or blank) and its unit, nothing else.
func TestExtractSpans(t *testing.T) {
	for s, spans := range map[string][]string{
		"投入500余万元购置设备，受益人群达6万多人": {"500余万元", "6万多人"},
		"参合率为___%，比上年提高___个百分点":  {"___%", "___个百分点"},
		"5______人获得补偿":           {"5______人"},
		"床位使用率为５０．２％以上":          {"５０．２％"},
		"農村改廁普及率增加5-8個百分點":       {"5-8個百分點"},
		"按人均15元標準":               {"15元"},
		"截至6月底，全市已累计完成健康档案26万余份": {"26万余份"},
	} {
		figs := Extract(s)
		checkInvariants(t, s, figs)
		if len(figs) != len(spans) {
			t.Errorf("%q: got %d figures, want %d:\n%s", s, len(figs), len(spans), dump(s, figs))
			continue
		}
		for i, f := range figs {
			if got := s[f.Start:f.End]; got != spans[i] {
				t.Errorf("%q: span %d = %q, want %q", s, i, got, spans[i])
			}
		}
	}
}

// Every figure must satisfy the API invariants.
func checkInvariants(t *testing.T, s string, figs []Figure) {
	t.Helper()
	for _, f := range figs {
		if f.Start < 0 || f.Start > f.End || f.End > len(s) {
			t.Fatalf("%q: bad span %d..%d", s, f.Start, f.End)
		}
		if f.Label == "" {
			t.Fatalf("%q: empty label: %+v", s, f)
		}
		if f.Missing && (f.Raw != "" || f.Value != 0) {
			t.Fatalf("%q: missing figure with value: %+v", s, f)
		}
		if !f.Missing && (f.Raw == "" || !strings.HasPrefix(s[f.Start:], f.Raw)) {
			t.Fatalf("%q: raw %q not at start %d", s, f.Raw, f.Start)
		}
	}
}

// A number and its unit before another number are no label of it: the
// headline "从35岁到79.9岁" gives no figure named "35岁"; "5岁以下" is a name.
func TestValueIsNoLabel(t *testing.T) {
	for _, f := range Extract("从35岁到79.9岁,全省健康事业直在向前") {
		t.Errorf("figure %q = %s%s from a headline of two values", f.Label, f.Raw, f.Unit)
	}
	for _, f := range Extract("从2.6万人到13.6万人") {
		t.Errorf("figure %q = %s%s from two values", f.Label, f.Raw, f.Unit)
	}
	figs := Extract("5岁以下儿童死亡率为3.2‰。")
	if len(figs) != 1 || figs[0].Label != "5岁以下儿童死亡率" {
		t.Errorf("got %+v", figs)
	}
}

// The target a figure is compared with ("高于规划目标的77.3岁") is that
// figure's target.
func TestTargetComparedWith(t *testing.T) {
	figs := Extract("到2020年,全市人均预期寿命为80.25岁,高于规划目标的77.3岁")
	if len(figs) != 2 || figs[1].Label != "人均预期寿命目标" || !figs[1].Target || figs[0].Raw != "80.25" {
		t.Errorf("got %+v", figs)
	}
}

// "降低到2020年的" is the end of a change as "提高到2020年的" is: the
// level keeps the measure's name.
func TestLoweredToYearsLevel(t *testing.T) {
	figs := Extract("婴儿死亡率由2015年的3.68‰降低到2020年的2.44‰。")
	if len(figs) != 2 || figs[1].Label != "婴儿死亡率" || figs[1].Year != 2020 || figs[1].Base {
		t.Errorf("got %+v", figs)
	}
}

// A wider area's level quoted to compare ("低于全省4.03‰的平均水平") is no
// figure; a margin over it ("高于全国2.1个百分点") is the subject's.
func TestAreaLevelComparedIsNoFigure(t *testing.T) {
	figs := Extract("婴儿死亡率降低到2.44‰,且低于全省4.03‰的平均水平")
	if len(figs) != 1 || figs[0].Raw != "2.44" {
		t.Errorf("got %+v", figs)
	}
	figs = Extract("签约率达到65.2%,高于全国2.1个百分点")
	if len(figs) != 2 {
		t.Errorf("margin lost: %+v", figs)
	}
}

// A short aside after the object counted ("165个县(市、区)") is the
// object's: what the clause says after it still names the count.
func TestAsideBeforePredicate(t *testing.T) {
	figs := Extract("21个市(州)、165个县(市、区)都配备了疾控局局长。")
	if len(figs) != 2 || figs[0].Label != "市配备了疾控局局长" || figs[1].Label != "县配备了疾控局局长" {
		t.Errorf("got %+v", figs)
	}
}

// A streak ("连续5年在全国位居第1") counts years, named by its subject and
// what held; "连续3年保持100%" gives the 100%, not the years.
func TestStreakCountsYears(t *testing.T) {
	figs := Extract("我市家庭医生签约率连续3年位居全省第一。")
	if len(figs) != 1 || figs[0].Raw != "3" || figs[0].Unit != "年" || figs[0].Label != "家庭医生签约率位居全省第一" {
		t.Errorf("got %+v", figs)
	}
	figs = Extract("其公立医院综合改革绩效奖励资金更是连续5年在全国位居第1。")
	if len(figs) != 1 || figs[0].Label != "公立医院综合改革绩效奖励资金" {
		t.Errorf("got %+v", figs)
	}
}

// "在2020年的基础上继续提高1岁" compares with the base a plan builds on:
// the change is the measure's, dated by the deadline, not by the base.
func TestChangeOnFoundation(t *testing.T) {
	figs := Extract("到2025年,人均预期寿命在2020年的基础上继续提高1岁左右。")
	if len(figs) != 1 || figs[0].Label != "人均预期寿命" || figs[0].Year != 2025 || !strings.Contains(figs[0].Qualifier, "提高") {
		t.Errorf("got %+v", figs)
	}
}

// "从2015年1.92万人增加到目前2.5万人": the year is the start's alone, as in
// "从2015年的…"; the level reached is of now, not 2015.
func TestStartYearWithoutDe(t *testing.T) {
	figs := Extract("卫生专业技术人员数从2015年1.92万人增加到目前2.5万人。")
	if len(figs) != 2 || figs[0].Year != 2015 || !figs[0].Base || figs[1].Year != 0 {
		t.Errorf("got %+v", figs)
	}
}

// "A、B、C分别从x、y、z大幅下降到p、q和r": an adverb before the change,
// 和 before the last value, and a last item whose subject holds an age
// ("5岁以下儿童死亡率"): each item its rate, start and end.
func TestListedChangesWithAdverbAndAge(t *testing.T) {
	figs := Extract("孕产妇、婴儿、5岁以下儿童死亡率分别从16.51/10万、5.65‰、7.89‰大幅下降到8.8/10万、2.67‰和4.07‰")
	want := []string{"孕产妇死亡率 16.51 base", "婴儿死亡率 5.65 base", "5岁以下儿童死亡率 7.89 base", "孕产妇死亡率 8.8 ", "婴儿死亡率 2.67 ", "5岁以下儿童死亡率 4.07 "}
	var got []string
	for _, f := range figs {
		b := ""
		if f.Base {
			b = "base"
		}
		got = append(got, f.Label+" "+f.Raw+" "+b)
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q", got)
	}
}

// "A、B和C的…覆盖率分别从2015年的x、y、z提高到p、q和r": the last item
// joined by 和, the measure after its 的 shared by the others, the starts
// in the year they name.
func TestListedChangesOfInstitutionsJoinedByHe(t *testing.T) {
	figs := Extract("社区卫生服务中心、乡镇卫生院和村卫生室的中医药服务覆盖率分别从2015年的60%、80%、20%提高到100%、96.5%和70.2%。")
	want := []string{"社区卫生服务中心中医药服务覆盖率 60 2015 base", "乡镇卫生院中医药服务覆盖率 80 2015 base", "村卫生室的中医药服务覆盖率 20 2015 base",
		"社区卫生服务中心中医药服务覆盖率 100 0 ", "乡镇卫生院中医药服务覆盖率 96.5 0 ", "村卫生室的中医药服务覆盖率 70.2 0 "}
	var got []string
	for _, f := range figs {
		b := ""
		if f.Base {
			b = "base"
		}
		got = append(got, fmt.Sprintf("%s %s %d %s", f.Label, f.Raw, f.Year, b))
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q", got)
	}
}

// "2171个行政村均建成集体产权卫生室并投入使用": 均 ends the object counted,
// and the first verb's object, before 并, says what they have.
func TestAllOfThemBuilt(t *testing.T) {
	figs := Extract("全市2171个行政村均建成集体产权卫生室并投入使用,全市村医实现全覆盖。")
	if len(figs) != 1 || figs[0].Label != "行政村建成集体产权卫生室" {
		t.Errorf("got %+v", figs)
	}
}

// "每千人口拥有执业医师数3.7人、注册护士数5.1人": the second count is per
// thousand people too; "人均预期寿命…、健康预期寿命…" shares no 人均.
func TestListedCountSharesPerHead(t *testing.T) {
	figs := Extract("明确核心指标:每千人口拥有执业医师数3.7人、注册护士数5.1人。")
	if len(figs) != 2 || figs[1].Label != "每千人口拥有注册护士数" {
		t.Errorf("got %+v", figs)
	}
	figs = Extract("人均预期寿命达到79岁、健康预期寿命70岁。")
	for _, f := range figs {
		if f.Raw == "70" && f.Label != "健康预期寿命" {
			t.Errorf("got %q", f.Label)
		}
	}
}

// "自然增长率为-5.77‰,比上年下降1.9个千分点": the minus after words is the
// value's sign; a change in per-mille points is the rate's.
func TestNegativeRateAndPerMillePoints(t *testing.T) {
	figs := Extract("自然增长率为-5.77‰,比上年下降1.9个千分点。")
	if len(figs) != 2 || figs[0].Value != -5.77 || figs[0].Label != "自然增长率" || figs[1].Unit != "个千分点" || figs[1].Label != "自然增长率" {
		t.Errorf("got %+v", figs)
	}
	for _, f := range Extract("规划期为2021-2025年,每床位配备3-5名护士。") {
		if f.Value < 0 {
			t.Errorf("a range read as a negative: %+v", f)
		}
	}
}

// "根据省卫健委有关要求，…截至7月27日…累计接种266304人": a requirement
// cited as the reason sets no goal for the figures after it.
func TestCitedRequirementSetsNoGoal(t *testing.T) {
	for _, f := range Extract("根据省卫健委有关要求,7月份我市启动了第二阶段接种工作,截至7月27日全市第一剂累计接种266304人,接种率约80%。") {
		if f.Target {
			t.Errorf("a target: %+v", f)
		}
	}
}

// A bare rate after the count whose stem it shares names that count's
// subject: each dose its own 接种率.
func TestStemRateOfPreviousCount(t *testing.T) {
	figs := Extract("第一剂累计接种266304人,接种率约80%,第二剂累计接种190217人,接种率约57%。")
	if len(figs) != 4 || figs[1].Label != "第一剂接种率" || figs[3].Label != "第二剂接种率" {
		t.Errorf("got %+v", figs)
	}
	// A count's head (人数) after the stem: "纯母乳喂养人数…,喂养率".
	figs = Extract("纯母乳喂养人数1668人,喂养率80%;新生儿访视人数3627人,访视率100%。")
	if len(figs) != 4 || figs[1].Label != "纯母乳喂养率" || figs[3].Label != "新生儿访视率" {
		t.Errorf("got %+v", figs)
	}
}

// Classifiers of legal cases (宗), transactions (笔) and pictures (幅)
// count what they follow.
func TestCaseAndTransactionClassifiers(t *testing.T) {
	for _, c := range []struct{ sentence, label, unit string }{
		{"行政处罚处理决定数量31宗;", "行政处罚处理决定数量", "宗"},
		{"全年办理医保结算业务2.6万笔。", "办理医保结算业务", "万笔"},
		{"制作健康宣传画120幅。", "制作健康宣传画", "幅"},
	} {
		figs := Extract(c.sentence)
		if len(figs) != 1 || figs[0].Label != c.label || figs[0].Unit != c.unit {
			t.Errorf("%s: got %+v", c.sentence, figs)
		}
	}
}

// A total after the list of what it counts ("…、财政资金信息等共公开发布
// 197条") is labelled by what follows the list.
func TestTotalAfterItsList(t *testing.T) {
	figs := Extract("对人事变动、公共资源配置、重大建设项目、财政资金信息等共公开发布197条,其中:疫情防控99条。")
	if len(figs) != 2 || figs[0].Label != "公开发布" || figs[0].Raw != "197" {
		t.Errorf("got %+v", figs)
	}
}

// A count in Chinese numerals that a verb sets out is a figure ("办好九件
// 实事"); a slogan's ("做到两个维护"), a second round ("完成二次筹资") and
// an outline number are not.
func TestCountsInChineseNumerals(t *testing.T) {
	for sentence, want := range map[string]string{
		"推进三大工程,强化五大支撑,办好九件实事。": "九件",
		"2025年将聚焦七个方面建强服务体系。":   "七个",
		"坚决做到两个维护,增强四个意识。":      "",
		"颍泉区、界首市完成二次筹资。":        "",
		"二是突出抓好新型农村合作医疗民生工程。":   "",
	} {
		got := ""
		for _, f := range Extract(sentence) {
			got += f.Raw + f.Unit
		}
		if got != want {
			t.Errorf("%s: got %q, want %q", sentence, got, want)
		}
	}
}
