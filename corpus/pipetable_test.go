package corpus

import (
	"strconv"
	"strings"
	"testing"
)

// pipeFigures parses text and lists its figures as label=value+unit@year.
func pipeFigures(t *testing.T, text string) []string {
	t.Helper()
	doc := Parse("t.txt", text, Meta{}, Options{})
	var got []string
	for _, f := range doc.Reports[0].Figures {
		got = append(got, f.Label+"="+f.Raw+f.Unit+"@"+strconv.Itoa(f.Year))
	}
	return got
}

// A yearbook table copied from a web page, one cell a line between bars,
// header cells broken over two lines, the parts of its last measure
// ("#…") after all the measures: every number is labelled by its row and
// column, the unit from the column's header, the year from the caption;
// the county's row by the kind the caption's rows are (卫生机构).
func TestCellStreamTable(t *testing.T) {
	text := "表3 各类卫生机构情况(2019年)\n项 目\n|\n机构数\n(个)\n|\n床位数\n(张)\n|\n人员数\n(人)\n|\n|\n#技术\n人员\n|\n#护士\n|\n全 县\n|\n40\n|\n900\n|\n1500\n|\n1200\n|\n600\n|\n卫生院\n|\n12\n|\n300\n|\n500\n|\n420\n|\n180\n|\n"
	got := pipeFigures(t, text)
	want := []string{
		"全县卫生机构 机构数=40个@2019", "全县卫生机构 床位数=900张@2019", "全县卫生机构 人员数=1500人@2019",
		"全县卫生机构 人员数：其中技术人员=1200人@2019", "全县卫生机构 人员数：其中护士=600人@2019",
		"卫生院 机构数=12个@2019", "卫生院 床位数=300张@2019", "卫生院 人员数=500人@2019",
		"卫生院 人员数：其中技术人员=420人@2019", "卫生院 人员数：其中护士=180人@2019",
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("figures\n%q\nwant\n%q", got, want)
	}
}

// A change column holds negative numbers ("-441") and rows are numbered
// "一.": every row is read, its name without the number; the change
// column's numbers are the row's changes (qualified 增减).
func TestCellStreamNegativeChange(t *testing.T) {
	text := "2017年某省卫生事业发展情况\n一、卫生资源\n表1:2017年卫生机构变动情况表\n单位:所\n|\n机构类别 |\n2017年 |\n2016年 |\n增减 |\n|\n总 计 |\n27217 |\n27658 |\n-441 |\n|\n一.医院 |\n608 |\n590 |\n18 |\n|\n专科医院 |\n154 |\n141 |\n13 |\n"
	var got []string
	for _, f := range Parse("t.txt", text, Meta{}, Options{}).Reports[0].Figures {
		got = append(got, f.Label+" "+f.Qualifier+"="+f.Raw+f.Unit+"@"+strconv.Itoa(f.Year))
	}
	want := []string{
		"总计 =27217所@2017", "总计 =27658所@2016", "总计 增减=-441所@2017",
		"医院 =608所@2017", "医院 =590所@2016", "医院 增减=18所@2017",
		"专科医院 =154所@2017", "专科医院 =141所@2016", "专科医院 增减=13所@2017",
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("figures\n%q\nwant\n%q", got, want)
	}
}

// A plan's indicator table: its first row names the years of its columns
// ("健康指标 | 2007 | 2012"), a row with no cells names the group of the
// rows under it ("资源指标 |"), and a rate's unit is per population
// ("(/10万)").
func TestCellStreamYearHeaderRowAndGroups(t *testing.T) {
	text := "2008年某市卫生行动计划\n附件:卫生行动指标表\n健 康 指 标\n| 2007\n| 2012\n|\n人均期望寿命(岁)\n| 76.05\n| 77\n|\n孕产妇死亡率(/10万)\n| 50.17\n| 40\n|\n资 源 指 标\n| |\n每千人执业医师数(人)\n| 1.2\n| 1.5\n|\n每千人床位数(张)\n| 2.31\n| 3\n|\n"
	got := pipeFigures(t, text)
	want := []string{
		"人均期望寿命=76.05岁@2007", "人均期望寿命=77岁@2012", "孕产妇死亡率=50.17/10万@2007", "孕产妇死亡率=40/10万@2012",
		"每千人执业医师数=1.2人@2007", "每千人执业医师数=1.5人@2012", "每千人床位数=2.31张@2007", "每千人床位数=3张@2012",
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("figures\n%q\nwant\n%q", got, want)
	}
}

// A performance self-evaluation form's funds, columns one space apart:
// the row-name column's unit ("项目资金(万元)") is the amounts', the
// columns' letters ("(A)") are no units, and the form reports a result.
func TestSingleSpacedFormTable(t *testing.T) {
	text := "某县基本药物制度补助资金绩效目标自评表\n(2021年度)\n项目资金(万元) 全年预算数(A) 全年执行数(B) 执行率(B/A)\n年度资金总额: 2300.67 2300.67 100%\n 其中:中央补助 442.43 442.43 100%\n       地方资金 1858.24 1858.24 100%\n       其他资金\n"
	got := pipeFigures(t, text)
	want := []string{
		"年度资金总额 全年预算数=2300.67万元@2021", "年度资金总额 全年执行数=2300.67万元@2021", "年度资金总额 执行率=100%@2021",
		"中央补助 全年预算数=442.43万元@2021", "中央补助 全年执行数=442.43万元@2021", "中央补助 执行率=100%@2021",
		"地方资金 全年预算数=1858.24万元@2021", "地方资金 全年执行数=1858.24万元@2021", "地方资金 执行率=100%@2021",
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("figures\n%q\nwant\n%q", got, want)
	}
	if k := Parse("t.txt", text, Meta{}, Options{}).Reports[0].Kind; k != KindSummary {
		t.Errorf("a self-evaluation is a %s", k)
	}
}

// Rows headed by years, a row a line, with English captions after the
// Chinese ones and the parts ("# …") of two measures after all of them:
// each part goes to the measure whose number it never exceeds, and a row
// number that looks like a year (1998 people) stays a number.
func TestCellStreamYearRowsAndParts(t *testing.T) {
	text := "5-1 卫生基本情况(2008—2010年) | |||\nHealth Statistics | |||\n年 份 Year |\n机构 (个) Institutions |\n床位 (张) Beds |\n||||\n# 医院 Hospitals |\n# 医院 Hospitals |\n||||\n2009 | 300 | 40 | 5000 | 1998 |\n2010 | 310 | 42 | 5200 | 4100 |\n"
	got := pipeFigures(t, text)
	want := []string{
		"机构=300个@2009", "机构：其中医院=40个@2009", "床位=5000张@2009", "床位：其中医院=1998张@2009",
		"机构=310个@2010", "机构：其中医院=42个@2010", "床位=5200张@2010", "床位：其中医院=4100张@2010",
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("figures\n%q\nwant\n%q", got, want)
	}
}

// When the numbers fit more than one layout of the parts, the columns the
// layouts disagree on get no figure rather than a guessed label.
func TestCellStreamAmbiguousPartsNamed(t *testing.T) {
	heads := layoutParts([]string{"甲(个)", "乙(个)"}, []string{"丙"}, [][]pipeCell{
		{{text: "一"}, {text: "10"}, {text: "5"}, {text: "8"}},
	})
	// Layouts: 甲 #丙 乙 (5≤10) and 甲 乙 #丙 (8≤5 fails), so one fits.
	if strings.Join(heads, ",") != "甲(个),甲：其中丙(个),乙(个)" {
		t.Errorf("heads %q", heads)
	}
	heads = layoutParts([]string{"甲(个)", "乙(个)"}, []string{"丙"}, [][]pipeCell{
		{{text: "一"}, {text: "10"}, {text: "5"}, {text: "4"}},
	})
	// Both fit: only the first column is sure.
	if strings.Join(heads, ",") != "甲(个),," {
		t.Errorf("ambiguous heads %q", heads)
	}
}

// A table whose columns are lined up with spaces: rows (one with an
// outline number, which is no heading) labelled by their names and the
// header words, units from the caption's list, the year from its caption;
// a row missing a cell gives nothing rather than shifted labels.
func TestSpaceAlignedTable(t *testing.T) {
	text := "表5  卫生机构和床位情况\n     (2021) 单位:个、张\n  机构数   床位数\n" +
		"一、医院        12        3400\n    中医医院      3         800\n    专科医院                 120\n"
	if y := Parse("t.txt", text, Meta{}, Options{}).Reports[0].Year; y != 2021 {
		t.Errorf("report year %d, want the caption's 2021", y)
	}
	got := pipeFigures(t, text)
	want := []string{"医院 机构数=12个@2021", "医院 床位数=3400张@2021", "中医医院 机构数=3个@2021", "中医医院 床位数=800张@2021"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("figures\n%q\nwant\n%q", got, want)
	}
}

// A space-aligned table whose header is stacked (the columns' names over a
// line naming the parts of the last) and whose first row is the total with
// its name lost: every column named, the total labelled by its columns.
func TestSpaceAlignedStackedHeader(t *testing.T) {
	text := "表6  卫生机构、床位和人员情况\n     (2022) 单位:个、张、人\n  机构数 床位数 人员数\n卫生技术人员 管理人员\n" +
		"        210     5400     6100     5000     300\n" +
		"一、医院        12        3400      3900     3300     150\n    中医医院      3         800      700      600      40\n"
	got := pipeFigures(t, text)
	want := []string{
		"机构数=210个@2022", "床位数=5400张@2022", "人员数=6100人@2022", "卫生技术人员=5000人@2022", "管理人员=300人@2022",
		"医院 机构数=12个@2022", "医院 床位数=3400张@2022", "医院 人员数=3900人@2022", "医院 卫生技术人员=3300人@2022", "医院 管理人员=150人@2022",
		"中医医院 机构数=3个@2022", "中医医院 床位数=800张@2022", "中医医院 人员数=700人@2022", "中医医院 卫生技术人员=600人@2022", "中医医院 管理人员=40人@2022",
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("figures\n%q\nwant\n%q", got, want)
	}
}

// A caption's one unit ("单位:人") goes to the columns that name none.
func TestCellStreamCaptionUnit(t *testing.T) {
	text := "| 单位:人 | |||\n| 机构分类 | 机构数(个) | 执业医师 | 注册护士 |\n| 总 计 | 31 | 158 | 179 |\n| 诊所 | 11 | 21 | 13 |\n"
	got := pipeFigures(t, text)
	want := []string{"总计 机构数=31个@0", "总计 执业医师=158人@0", "总计 注册护士=179人@0", "诊所 机构数=11个@0", "诊所 执业医师=21人@0", "诊所 注册护士=13人@0"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("figures\n%q\nwant\n%q", got, want)
	}
}

// A table with its header in the first column, one cell a line: each
// number is the second row's measure of the name above it; a row of
// numbers longer than the names is not this layout.
func TestRowBlocks(t *testing.T) {
	text := "某县2024年免疫规划接种率公布如下：\n\n疫苗名称\n\n卡介苗\n\n乙肝第一剂次\n\n接种率(%)\n\n99.7\n\n98.1\n\n注：数据截至2024年12月31日\n"
	got := pipeFigures(t, text)
	want := []string{"卡介苗 接种率=99.7%@2024", "乙肝第一剂次 接种率=98.1%@2024"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("figures %q, want %q", got, want)
	}
	if bs := rowBlocks("名称\n甲\n乙\n数量\n1\n2\n3\n", lines("名称\n甲\n乙\n数量\n1\n2\n3\n")); len(bs) != 0 {
		t.Errorf("three numbers under two names read as a table: %+v", bs)
	}
}

// A bilingual yearbook table, one cell a line: English captions in cells
// of their own, header names broken over two rows ("卫生技" over "术人员",
// units under whole names), columns of the same kind as a header with a
// unit taking it ("卫生技术人员" the 人 of 人员总数(人), "编制床位" the 张 of
// the group cell 床位数(张)), blank cells in rows, a bracketed alias in a
// row's name (not a unit).
func TestCellStreamStackedBilingualHeader(t *testing.T) {
	cells := []string{
		"17-33", "卫生机构、床位、人员数", "", "Number of Health", "(2018年)", "", "类 别", "Category", "", "床位数(张)Beds(pcs)", "",
		"机构数", "编制", "实有", "人员总数", "卫生技", "", "(个)", "床位", "床位", "(人)", "术人员", "",
		"Institutions ( unit)", "Planned beds", "Real Beds", "Total Personnel (person)", "Medical technical Personnel",
		"医院合计", "Total Hospitals", "208", "18803", "21778", "26372", "22490",
		"中医医院", "Traditional Chinese Medicine\nHospitals", "5", "298", "381", "286", "226",
		"疾病预防控制中心(防疫站)", "Disease Prevention and\nControl Centers", "102", "", "", "1070", "969",
	}
	got := pipeFigures(t, "兵团统计年鉴\n"+strings.Join(cells, " |\n")+" |\n")
	want := []string{
		"医院合计 机构数=208个@2018", "医院合计 编制床位=18803张@2018", "医院合计 实有床位=21778张@2018",
		"医院合计 人员总数=26372人@2018", "医院合计 卫生技术人员=22490人@2018",
		"中医医院 机构数=5个@2018", "中医医院 编制床位=298张@2018", "中医医院 实有床位=381张@2018",
		"中医医院 人员总数=286人@2018", "中医医院 卫生技术人员=226人@2018",
		"疾病预防控制中心(防疫站) 机构数=102个@2018", "疾病预防控制中心(防疫站) 人员总数=1070人@2018",
		"疾病预防控制中心(防疫站) 卫生技术人员=969人@2018",
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("figures\n%q\nwant\n%q", got, want)
	}
}

// A table whose rows stand one a line, its header's names broken over
// rows: the first row of names is a whole line, the words after it finish,
// in order, the names not yet whole ("人均住院" + "费用", "卫生" + "材料费",
// "每日住院" + "医疗费"); blank cells closing the lines are no words.
func TestRowPerLineStackedHeader(t *testing.T) {
	text := "某区住院病人医疗费用\n" +
		"(2020年) | 单位:元 | |||||\n" +
		"地 区 | 住院病人 | 出院者平均 | ||||\n" +
		"人均住院 | 床位费 | 卫 生 | 药 费 | 每日住院 | |\n" +
		"费 用 | 材料费 | 医疗费 | ||||\n" +
		"总 计 | 8483.7 | 304.5 | 1343.9 | 1854.0 | 961.9 |\n" +
		"甲市 | 15987.3 | 429.3 | 3149.5 | 3506.0 | 1662.1 |\n" +
		"乙地区 | 6385.2 | 252.7 | 845.3 | 1490.4 | 699.0 |\n"
	got := pipeFigures(t, text)
	want := []string{
		"总计 人均住院费用=8483.7元@2020", "总计 床位费=304.5元@2020", "总计 卫生材料费=1343.9元@2020", "总计 药费=1854.0元@2020", "总计 每日住院医疗费=961.9元@2020",
		"甲市 人均住院费用=15987.3元@2020", "甲市 床位费=429.3元@2020", "甲市 卫生材料费=3149.5元@2020", "甲市 药费=3506.0元@2020", "甲市 每日住院医疗费=1662.1元@2020",
		"乙地区 人均住院费用=6385.2元@2020", "乙地区 床位费=252.7元@2020", "乙地区 卫生材料费=845.3元@2020", "乙地区 药费=1490.4元@2020", "乙地区 每日住院医疗费=699.0元@2020",
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("figures\n%q\nwant\n%q", got, want)
	}
}

// A yearbook table one cell a line, each closed by a bar, the rows' units
// in a column of their own and a dash for a missing value; rows named with
// an outline number are rows, not headings.
func TestCellStreamUnitColumn(t *testing.T) {
	cells := []string{"指标名称", "单 位", "2016年", "2017年",
		"一、卫生机构", "个", "727", "806",
		"门诊部", "个", "-", "99",
		"村卫生室", "个", "31", "21",
		"二、病床床位数合计", "张", "13754", "15256",
	}
	got := pipeFigures(t, "2016—2017年某市卫生事业发展情况\n|\n"+strings.Join(cells, " |\n")+" |\n|\n")
	want := []string{
		"卫生机构=727个@2016", "卫生机构=806个@2017", "门诊部=99个@2017", "村卫生室=31个@2016", "村卫生室=21个@2017",
		"病床床位数合计=13754张@2016", "病床床位数合计=15256张@2017",
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("figures\n%q\nwant\n%q", got, want)
	}
}

// A table of names and one measure one cell a line, its header repeated
// for two tables set side by side, then a second such table under a
// header of its own: every row is a name and its value, in the header's
// unit.
func TestCellStreamNameValuePairs(t *testing.T) {
	cells := []string{"乡镇名称", "产前筛查数(人)", "乡镇名称", "产前筛查数(人)",
		"甲街道办事处", "430", "乙街道办事处", "233", "丙镇", "220", "丁乡", "66", "戊镇", "114"}
	more := []string{"助产机构名称", "筛查数(人)", "助产机构名称", "筛查数(人)", "人民医院", "1693", "中医院", "36", "合计", "3142"}
	text := "各乡镇具体产前筛查人数见下表:\n" + strings.Join(cells, " |\n") + " |\n各助产机构筛查人数见下表:\n" + strings.Join(more, " |\n") + " |\n"
	got := pipeFigures(t, "某市2022年民生实事完成情况\n"+text)
	want := []string{
		"甲街道办事处 产前筛查数=430人@2022", "乙街道办事处 产前筛查数=233人@2022", "丙镇 产前筛查数=220人@2022",
		"丁乡 产前筛查数=66人@2022", "戊镇 产前筛查数=114人@2022",
		"人民医院 筛查数=1693人@2022", "中医院 筛查数=36人@2022", "合计 筛查数=3142人@2022",
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("figures\n%q\nwant\n%q", got, want)
	}
}

// A header whose rows stand one after another with a blank for every cell
// a name does not fill, English captions in their own cells (with digits
// too): each column is named by its Chinese cells top to bottom, a "#"
// column as a part of the one before.
func TestCellStreamGridHeader(t *testing.T) {
	cells := []string{
		"18-23 医疗资源与服务情况(2022年,按经济类型分)", "(2022,By Economic Type)", "", "",
		"项 目", "Item", "合 计", "公立", "", "民营", "Total", "医疗机构", "# 政府办", "医疗机构",
		"", "Public", "Operated by", "Private", "", "", "",
		"医疗机构数 (个)", "Number of Units (unit)", "6159", "1824", "761", "4335",
		"总诊疗人次 (万人次)", "Patients Treated (10000 person-times)", "14128.71", "11537.82", "10713.54", "2590.89",
	}
	got := pipeFigures(t, "广州统计年鉴\n"+strings.Join(cells, " |\n")+" |\n")
	want := []string{
		"医疗机构数 合计=6159个@2022", "医疗机构数 公立医疗机构=1824个@2022",
		"医疗机构数 公立医疗机构：其中政府办=761个@2022", "医疗机构数 民营医疗机构=4335个@2022",
		"总诊疗人次 合计=14128.71万人次@2022", "总诊疗人次 公立医疗机构=11537.82万人次@2022",
		"总诊疗人次 公立医疗机构：其中政府办=10713.54万人次@2022", "总诊疗人次 民营医疗机构=2590.89万人次@2022",
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("figures\n%q\nwant\n%q", got, want)
	}
}

// A report form copied one cell a line: numbered rows, the unit in a
// column of its own, blanks for the years not filled in, and the rows
// after "其中:" in the same unit parts of the row above.
func TestCellStreamReportForm(t *testing.T) {
	cells := []string{"序号", "指标", "单位", "2011年", "2010年", "2011年比2010年增长(+、-%)", ""}
	for _, r := range [][]string{
		{"28", "卫生机构", "个", "8052"}, {"29", "其中:医院", "个", "467"},
		{"34", "年末医疗卫生单位病床", "张", "97811"}, {"35", "其中:乡镇卫生院", "张", "16424"}, {"36", "医院", "张", "71435"},
		{"37", "卫生技术人员", "人", "123232"},
	} {
		cells = append(cells, r...)
		cells = append(cells, "", "", "")
	}
	// The rows are numbered one after another.
	for i, n := range []string{"28", "29", "30", "31", "32", "33"} {
		cells[7+7*i] = n
	}
	got := pipeFigures(t, "2011年统计公报数据表\n"+strings.Join(cells, "\n|")+"\n|\n")
	want := []string{
		"卫生机构=8052个@2011", "卫生机构：其中医院=467个@2011",
		"年末医疗卫生单位病床=97811张@2011", "年末医疗卫生单位病床：其中乡镇卫生院=16424张@2011",
		"年末医疗卫生单位病床：其中医院=71435张@2011", "卫生技术人员=123232人@2011",
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("figures\n%q\nwant\n%q", got, want)
	}
}

// A year in brackets alone above the header is the table's caption, not a
// column.
func TestCellStreamYearCaptionCell(t *testing.T) {
	text := "17-2 各市卫生事业基本情况 | ||||\n(2004年) | ||||\n地 区 | 卫 生 机构数 (个) | \n床位数 (张) | \n|||\n#医 院 | #医 院 |\n||\n" +
		"全省总计 | 16574 | 1082 | 231574 | 164800 |\n济南市 | 1413 | 153 | 24044 | 19677 |\n"
	got := pipeFigures(t, text)
	want := []string{
		"全省总计 卫生机构数=16574个@2004", "全省总计 卫生机构数：其中医院=1082个@2004",
		"全省总计 床位数=231574张@2004", "全省总计 床位数：其中医院=164800张@2004",
		"济南市 卫生机构数=1413个@2004", "济南市 卫生机构数：其中医院=153个@2004",
		"济南市 床位数=24044张@2004", "济南市 床位数：其中医院=19677张@2004",
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("figures\n%q\nwant\n%q", got, want)
	}
}

// A bilingual yearbook table names its columns' years in its first row
// ("项   目 Item 2020 2021") and gives each row an English name beside the
// Chinese one: the Chinese name is the label, each column its year.
func TestBilingualYearbookTable(t *testing.T) {
	text := "18-19 医疗卫生机构床位数\nNumber of Beds in Medical and Health Institutions \n单位:张 (unit)\n" +
		"项   目 Item 2020 2021\n" +
		"各类医疗卫生机构床位 Total Number of Beds in Health Institutions  101640 106513\n" +
		" 医 院  Hospitals 93067 97117\n" +
		"  中医医院   TCM Hospitals 11803 12016\n" +
		"  卫生院   Township Hospitals 1873 2339\n"
	r := Parse("t.txt", text, Meta{}, Options{}).Reports[0]
	want := map[string]int{"中医医院|11803": 2020, "中医医院|12016": 2021, "卫生院|1873": 2020, "卫生院|2339": 2021, "医院|97117": 2021}
	for _, f := range r.Figures {
		k := f.Label + "|" + f.Raw
		if y, ok := want[k]; ok {
			if f.Year != y || f.Unit != "张" {
				t.Errorf("%s: year %d unit %q, want %d 张", k, f.Year, f.Unit, y)
			}
			delete(want, k)
		}
	}
	for k := range want {
		t.Errorf("no figure %s", k)
	}
}

// A date written as eight digits on a line of its own ("20260212") is no
// figure of the table the page's lines make.
func TestCompactDateIsNoCell(t *testing.T) {
	text := "某市疾病预防控制中心2026年度部门预算\n\n  • 2026-02-14\n  • 分享到\n  • 0\n\n某市疾病预防控制中心2026年度部门预算\n\n20260212\n\n一、单位编制55人。\n"
	for _, f := range Parse("t.txt", text, Meta{}, Options{}).Reports[0].Figures {
		if f.Raw == "20260212" {
			t.Errorf("date read as a figure: %+v", f)
		}
	}
}

// Groups over the same parts repeated under each ("病床使用率(%)" over 合计
// | 公立 | 民营), the parts' row short of the row names' column: each value
// is its group's and its part's, in the group's unit.
func TestGroupsOverRepeatedParts(t *testing.T) {
	text := "2023年某市各区县医院床位利用情况\n地 区 | 病床工作日(日) | 病床使用率(%) | ||||\n合计 | 公立 | 民营 | 合计 | 公立 | 民营 | |\n总 计 | 273.2 | 293.6 | 243.5 | 74.8 | 80.4 | 66.7 |\n甲区 | 294.6 | 362.3 | 228.3 | 80.7 | 99.3 | 62.6 |\n"
	got := strings.Join(pipeFigures(t, text), " ")
	for _, want := range []string{"甲区 病床使用率公立=99.3%@2023", "甲区 病床使用率合计=80.7%@2023", "总计 病床工作日民营=243.5日@2023"} {
		if !strings.Contains(got, want) {
			t.Errorf("want %s in\n%s", want, got)
		}
	}
}

// A table of counts at the end of a month of two years ("2020 3月底", its
// 年 dropped), its rows in groups whose names stand on lines of blank
// cells ("| 按医院等级分 | | | |"): every row under every group is read,
// each count of its year (made-up counts).
func TestPipeRowsPastGroupLinesUnderMonthEnds(t *testing.T) {
	text := "全国医疗卫生机构数\n| | 2020 3月底 | 2021 3月底 | 增减数 |\n| 医疗卫生机构合计 | 1000000 | 1020000 | 20000 |\n" +
		"| 一、医院 | 34000 | 35000 | 1000 |\n| 按医院等级分 | | | |\n| 三级医院 | 2700 | 3000 | 300 |\n| 二级医院 | 9800 | 10400 | 600 |\n"
	got := strings.Join(pipeFigures(t, text), " ")
	for _, want := range []string{"三级医院 3月底=3000@2021", "三级医院 3月底=2700@2020", "二级医院 3月底=10400@2021"} {
		if !strings.Contains(got, want) {
			t.Errorf("no %s in %s", want, got)
		}
	}
}

// A table of one value column, each row's unit in a column of its own and
// the caption a cell above the header, one cell a line: every row is read,
// the rows numbered 1. under one numbered 一、 as its parts, with no word of
// the value column's head ("指标数据") in the labels (made-up table).
func TestCellStreamOneValueColumnWithUnits(t *testing.T) {
	text := "| 2025年1-4月某县基本医疗保险主要指标 |\n|\n|\n| 指标名称 |\n单位 |\n指标数据 |\n" +
		"| 一、参保人数 |\n人 |\n714699 |\n| 1.职工基本医疗保险 |\n人 |\n39364 |\n| 2.城乡居民基本医疗保险 |\n人 |\n675335 |\n" +
		"| 二、统筹基金支出 |\n万元 |\n21700.51 |\n| 1.职工基本医疗保险 |\n万元 |\n4177.54 |\n| 2.城乡居民基本医疗保险 |\n万元 |\n17522.97 |\n"
	got := pipeFigures(t, text)
	want := []string{
		"参保人数=714699人@2025", "参保人数：其中职工基本医疗保险=39364人@2025", "参保人数：其中城乡居民基本医疗保险=675335人@2025",
		"统筹基金支出=21700.51万元@2025", "统筹基金支出：其中职工基本医疗保险=4177.54万元@2025", "统筹基金支出：其中城乡居民基本医疗保险=17522.97万元@2025",
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("figures\n%q\nwant\n%q", got, want)
	}
}
