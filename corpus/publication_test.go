package corpus

import (
	"strings"
	"testing"
)

// A saved page's credit and date lines are blanked from the text but kept
// on the report; a date in the body is no publication date.
func TestPublicationKeptOnReport(t *testing.T) {
	text := "2026年某市政府工作报告\n来源：天津日报\n时间：2026-02-03 09:02\n各位代表：\n一、2025年工作回顾\n2025年3月5日，全市召开大会。\n"
	doc := Parse("t.txt", text, Meta{}, Options{})
	r := doc.Reports[0]
	if r.Source != "天津日报" || r.Published != "2026-02-03" {
		t.Errorf("source %q, published %q; want 天津日报, 2026-02-03", r.Source, r.Published)
	}
	for _, c := range r.Chunks {
		if strings.Contains(c.Text, "天津日报") {
			t.Errorf("a credit line is page furniture, not passage text: %q", c.Text)
		}
	}
	doc = Parse("u.txt", "某县卫生院工作总结\n一、基本情况\n2025年5月8日，召开会议。\n", Meta{}, Options{})
	if p := doc.Reports[0].Published; p != "" {
		t.Errorf("a body date read as the publication date: %q", p)
	}
}

// A saved page of year-end figures stamped in May reports the year before;
// its stamp is its publication date.
func TestPageStampedAfterTheYearItCounts(t *testing.T) {
	body := "卫生事业\n2019-04-18 10:05:00来源:某某网 作者:\n卫生事业稳步发展。年末全省共有医疗卫生机构8321个，床位12.6万张。全年诊疗人次比上年增长3.1%。\n"
	r := Parse("p.txt", body, Meta{}, Options{}).Reports[0]
	if r.Year != 2018 || r.Published != "2019-04-18" {
		t.Errorf("year %d, published %q; want 2018 (the year counted), 2019-04-18", r.Year, r.Published)
	}
	late := strings.Replace(body, "2019-04-18", "2019-11-18", 1)
	if r := Parse("p.txt", late, Meta{}, Options{}).Reports[0]; r.Year != 2019 {
		t.Errorf("stamped in November: year %d, want 2019", r.Year)
	}
	half := strings.Replace(body, "年末", "上半年末", 1)
	if r := Parse("p.txt", half, Meta{}, Options{}).Reports[0]; r.Year != 2019 {
		t.Errorf("half-year figures: year %d, want 2019", r.Year)
	}
}

// A page put up in June that names only the year before, comparing it
// with the year before that, reports that year's results; its date line,
// credit run on, names no year of the text.
func TestJunePageOfLastYearsRates(t *testing.T) {
	body := "湖北发布居民妇幼健康指标\n發布時間:2019年06月26日12:33來源: 湖北日報\n" +
		"6月26日，省卫生健康委发布全省妇幼健康事业发展数据结果，2018年，全省孕产妇死亡率等核心指标持续下降。\n" +
		"省卫健委统计，2018年我省孕产妇死亡率为9.80/10万，较上年9.87/10万下降了0.71%。全省住院分娩率为99.94%。\n"
	if r := Parse("p.txt", body, Meta{}, Options{}).Reports[0]; r.Year != 2018 {
		t.Errorf("year %d, want 2018", r.Year)
	}
	news := strings.Replace(body, "，较上年9.87/10万下降了0.71%", "", 1)
	if r := Parse("p.txt", news, Meta{}, Options{}).Reports[0]; r.Year != 2019 {
		t.Errorf("no comparison with the year before: year %d, want 2019 (the page's)", r.Year)
	}
}

// A credit line below a news article is read even under a long paragraph;
// the year a practice began is not the year a page is about.
func TestCreditBelowArticleAndStartingYear(t *testing.T) {
	long := strings.Repeat("会议强调要加强疾病预防控制工作，统筹推进全人群新冠疫苗接种。", 6)
	r := Parse("n.txt", "4月8日，我县召开卫生健康工作会议。\n"+long+"\n来源:分宜县融媒体中心\n", Meta{}, Options{}).Reports[0]
	if r.Source != "分宜县融媒体中心" {
		t.Errorf("source %q, want 分宜县融媒体中心", r.Source)
	}
	r = Parse("s.txt", "中新网12月21日电 上海市在2011年开始推进家庭医生制度签约试点。到去年底，签约率达44%。\n", Meta{}, Options{}).Reports[0]
	if r.Year != 0 {
		t.Errorf("year %d, want 0 (2011 is when the pilot began)", r.Year)
	}
	r = Parse("s.txt", "中新网12月21日电 上海市2011年家庭医生制度签约试点覆盖10个区，签约率达44%。\n", Meta{}, Options{}).Reports[0]
	if r.Year != 2011 {
		t.Errorf("year %d, want 2011", r.Year)
	}
}

// A plan drawn up for a span of years, reposted years after it ended under
// a disclosure table's later date, is of the year before its span.
func TestPlanRepostedUnderALaterDate(t *testing.T) {
	text := "索引号: | 11330727/2021-51398 | 公开形式: | 主动公开 |\n发布机构: | 卫健局 | 生成日期: | 2014-11-28 |\n" +
		"为了加快我县卫生改革与发展的步伐，特制定磐安县卫生事业发展“十一五”(2006-2010年)规划。\n一、“十五”期间回顾\n全县共有医疗卫生机构149家。\n"
	if r := Parse("规划.txt", text, Meta{}, Options{}).Reports[0]; r.Year != 2005 {
		t.Errorf("year %d, want 2005", r.Year)
	}
	recent := strings.Replace(text, "2014-11-28", "2006-03-01", 1)
	if r := Parse("规划.txt", recent, Meta{}, Options{}).Reports[0]; r.Year != 2006 {
		t.Errorf("posted when drawn up: year %d, want 2006", r.Year)
	}
}

// A horizon ("展望2035年") and the start of a reviewed span ("2015年至2020年")
// are not the year a page is about, so a target "到2025年" stays a target.
func TestHorizonAndSpanStartAreNoPageYear(t *testing.T) {
	text := "国务院办公厅印发的规划全文于周五公布，该文件提出，展望2035年，人均预期寿命达到80岁以上。\n" +
		"据介绍，人均预期寿命在2015年至2020年，从76.34岁提高至77.93岁。另外，规划还提出，到2025年，居民健康素养水平要提高到25.0%。\n"
	r := Parse("news.txt", text, Meta{}, Options{}).Reports[0]
	if r.Year == 2035 || r.Year == 2015 {
		t.Errorf("page year %d", r.Year)
	}
	for _, f := range r.Figures {
		if f.Raw == "25.0" && (f.Year != 2025 || !f.Target) {
			t.Errorf("target read as %+v", f)
		}
	}
}

// A news page whose opening tells of a dated past event ("2005年12月被确定
// 为…") reports on the year a later sentence opens with ("2009年，全县…"):
// its figures are that year's actuals, not plans.
func TestNewsYearAfterAStoryDate(t *testing.T) {
	text := "10月28日，调研组到柳江县考察新型农村合作医疗工作。\n柳江县是2005年12月被确定为新增新农合试点县，从2006年开始实施试点工作。2009年，全县参合农民424662人，参合率为92.5%。\n"
	r := Parse("news.txt", text, Meta{}, Options{}).Reports[0]
	if r.Year != 2009 {
		t.Errorf("year %d, want 2009", r.Year)
	}
	for _, f := range r.Figures {
		if f.Kind != KindSummary {
			t.Errorf("%s %s read as %s", f.Label, f.Raw, f.Kind)
		}
	}
	if r := Parse("news.txt", "2024年3月20日，全市卫生健康工作会议召开。会议总结了工作。\n", Meta{}, Options{}).Reports[0]; r.Year != 2024 {
		t.Errorf("a meeting's date: year %d, want 2024", r.Year)
	}
}

// A date line is read around a year; a line too long to be one (a
// paragraph of megabytes) is not scanned.
func TestLineAround(t *testing.T) {
	text := "标题\n发布时间:2019年06月26日12:33来源:湖北日报\n正文"
	if got := lineAround(text, strings.Index(text, "2019")); got != "发布时间:2019年06月26日12:33来源:湖北日报" {
		t.Errorf("lineAround = %q", got)
	}
	long := strings.Repeat("全年开展义诊活动。", 200) + "2019年" + strings.Repeat("全年开展义诊活动。", 200)
	if got := lineAround(long, strings.Index(long, "2019")); got != "" {
		t.Errorf("a long line: lineAround = %q, want \"\"", got[:30])
	}
}

// A news page's stamp inside its furniture line ("http://… 2005年04月08日
// 15:43 新华网") is its publication date; a sentence's time ("自2020年1月
// 23日10:00起，…") is not.
func TestStampInsideAFurnitureLine(t *testing.T) {
	doc := Parse("t.txt", "某市首次以季报年报形式发布传染病疫情信息\nhttp://www.example.com.cn 2005年04月08日15:43 新华网\n据季报称,今年1月1日至3月31日,本市乙类传染病共报告9530例。\n", Meta{}, Options{})
	if p := doc.Reports[0].Published; p != "2005-04-08" {
		t.Errorf("published %q, want 2005-04-08", p)
	}
	doc = Parse("u.txt", "某市关于加强疫情防控的通告\n自2020年1月23日10:00起，全市暂停公共交通。\n", Meta{}, Options{})
	if p := doc.Reports[0].Published; p != "" {
		t.Errorf("a sentence's time read as the publication date: %q", p)
	}
}

// A byline in brackets after a paragraph's last sentence is no passage
// text to quote.
func TestBylineIsMetadata(t *testing.T) {
	for _, l := range []string{"(萨日娜 供稿)", "(萨日娜供稿)", "（通讯员 王明）", "责任编辑:秋彤"} {
		if !IsMetadataLine(l) {
			t.Errorf("IsMetadataLine(%q) = false, want true", l)
		}
	}
	if IsMetadataLine("(一)组织领导") {
		t.Error("a heading read as a byline")
	}
}
