package corpus

import (
	"strings"
	"testing"
)

// An information-disclosure annual report's tables, one cell a line: each
// row's numbers under the header's measures; the table of requests, whose
// header has two levels, by the national template's columns.
func TestRowByRowCellTables(t *testing.T) {
	cells := []string{
		"二、主动公开政府信息情况",
		"第二十条第(一)项", "信息内容", "本年制发件数", "本年废止件数", "现行有效件数",
		"规章", "0", "0", "0",
		"行政规范性文件", "2", "1", "5",
		"第二十条第(五)项", "信息内容", "本年处理决定数量",
		"行政许可", "9",
		"第二十条第(六)项", "信息内容", "本年处理决定数量",
		"行政处罚", "47",
		"行政强制", "0",
		"第二十条第(八)项", "信息内容", "本年收费金额(单位:万元)",
		"行政事业性收费", "0",
		"三、收到和处理政府信息公开申请情况",
		"申请人情况", "自然人", "法人或其他组织", "总计", "商业", "企业", "科研", "机构", "社会公益组织", "法律服务机构", "其他",
		"一、本年新收政府信息公开申请数量", "12", "3", "0", "0", "1", "0", "16",
		"二、上年结转政府信息公开申请数量", "1", "0", "0", "0", "0", "0", "1",
		"三、本年度办理结果",
		"(一)予以公开", "8", "2", "0", "0", "1", "0", "11",
	}
	text := "某县卫生健康局2023年政府信息公开工作年度报告\n一、总体情况\n2023年，我局主动公开政府信息465条。\n" + strings.Join(cells, "\n\n") + "\n"
	r := Parse("x.txt", text, Meta{}, Options{}).Reports[0]
	got := map[string]string{}
	for _, f := range r.Figures {
		got[f.Label] = f.Raw + f.Unit
	}
	want := map[string]string{
		"行政规范性文件 本年制发件数":     "2",
		"行政规范性文件 现行有效件数":     "5",
		"行政许可 本年处理决定数量":      "9",
		"行政处罚 本年处理决定数量":      "47",
		"行政事业性收费 本年收费金额":     "0万元",
		"本年新收政府信息公开申请数量 自然人": "12",
		"本年新收政府信息公开申请数量 总计":  "16",
		"上年结转政府信息公开申请数量 总计":  "1",
	}
	for label, v := range want {
		if got[label] != v {
			t.Errorf("%s = %q, want %q", label, got[label], v)
		}
	}
	for label := range got {
		if strings.Contains(label, "其他") && strings.Contains(label, "本年新收") && got[label] == "16" {
			t.Errorf("the total read as %s", label)
		}
	}
	if t.Failed() {
		t.Logf("figures: %v", got)
	}
}

// A table one cell a line whose header is the names' head over years
// ("项目 / 2013 / … / 2017"), under a caption and a date line: each row's
// values are of the years in order; brackets the page left empty go.
func TestCellRowsUnderYears(t *testing.T) {
	text := "2013-2017年全市婴儿、新生儿、孕产妇死亡情况\n日期:2018-03-30    文章来源:\n\n项目\n\n2013\n\n2014\n\n2015\n\n" +
		" \n\n婴儿死亡率()\n\n2.33\n\n2.42\n\n2.29\n\n \n\n新生儿死亡率()\n\n1.52\n\n1.46\n\n1.45\n\n \n\n注:本表统计口径为全市户籍人口。\n"
	got := pipeFigures(t, text)
	want := []string{"婴儿死亡率=2.33@2013", "婴儿死亡率=2.42@2014", "婴儿死亡率=2.29@2015",
		"新生儿死亡率=1.52@2013", "新生儿死亡率=1.46@2014", "新生儿死亡率=1.45@2015"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("figures\n%q\nwant\n%q", got, want)
	}
}

// A table one cell a line whose header has two levels (each screening
// with its count and rate): the groups' columns take their group's name,
// and each row its place.
func TestCellRowsUnderGroupedHeads(t *testing.T) {
	cells := []string{
		"县区名", "城市低保数(人)", "目标人群数(按33%比例)", "宫颈癌", "乳腺癌", "累计完成(例)", "完成率(%)", "累计完成(例)", "完成率(%)",
		"全市合计", "900", "300", "290", "96.67%", "310", "100.00%",
		"甲县", "400", "130", "120", "92.31%", "131", "100.00%",
		"乙县", "500", "170", "170", "100.00%", "179", "100.00%",
	}
	text := "某市2022年低保妇女两癌筛查进度\n截至9月底，各县区筛查进度如下：\n" + strings.Join(cells, "\n\n") + "\n"
	r := Parse("x.txt", text, Meta{}, Options{}).Reports[0]
	got := map[string]string{}
	for _, f := range r.Figures {
		got[f.Label] = f.Raw + f.Unit
	}
	for label, v := range map[string]string{
		"甲县 目标人群数(按33%比例)": "130",
		"甲县 宫颈癌累计完成":       "120例",
		"甲县 乳腺癌累计完成":       "131例",
		"乙县 乳腺癌完成率":        "100.00%",
		"全市合计 宫颈癌完成率":      "96.67%",
	} {
		if got[label] != v {
			t.Errorf("%s = %q, want %q", label, got[label], v)
		}
	}
	if t.Failed() {
		t.Logf("figures: %v", got)
	}
}

func TestGroupedHeads(t *testing.T) {
	for _, c := range []struct {
		cells []string
		k     int
		want  string
	}{
		{[]string{"县区", "人数", "宫颈癌", "乳腺癌", "完成", "率", "完成", "率"}, 5, "人数 宫颈癌完成 宫颈癌率 乳腺癌完成 乳腺癌率"},
		{[]string{"县区", "男", "女", "人数", "率", "人数", "率"}, 4, "男人数 男率 女人数 女率"},
		// The groups' columns differ: no reading.
		{[]string{"县区", "人数", "宫颈癌", "乳腺癌", "完成", "率", "人数", "比"}, 5, ""},
		// One group: nothing repeats to settle it.
		{[]string{"县区", "人数", "宫颈癌", "完成", "率"}, 3, ""},
	} {
		if got := strings.Join(groupedHeads(c.cells, c.k), " "); got != c.want {
			t.Errorf("groupedHeads(%q, %d) = %q, want %q", c.cells, c.k, got, c.want)
		}
	}
}

// A bulletin's annex table one cell a line under its caption, the column of
// names headed "病名" (not one of the usual heads): each disease's cases
// and deaths under their measures.
func TestCellTableUnderDiseaseNamesHead(t *testing.T) {
	cells := []string{
		"某区卫生健康委员会", "2020年8月19日",
		"附件", "2020年7月全区法定传染病发病、死亡统计表",
		"病     名", "发病数", "死亡数",
		"甲乙丙类总计", "9742", "61",
		"鼠    疫", "0", "0",
		"艾 滋 病", "125", "46",
		"病毒性肝炎", "2833", "1",
	}
	text := "2020年7月某区法定传染病疫情概况\n2020年7月全区共报告法定传染病9742例。\n" + strings.Join(cells, "\n\n") + "\n"
	r := Parse("x.txt", text, Meta{}, Options{}).Reports[0]
	got := map[string]string{}
	for _, f := range r.Figures {
		got[f.Label] = f.Raw
	}
	for label, v := range map[string]string{"艾滋病 发病数": "125", "艾滋病 死亡数": "46", "病毒性肝炎 发病数": "2833"} {
		if got[label] != v {
			t.Errorf("%s = %q, want %q (figures: %v)", label, got[label], v, got)
		}
	}
}
