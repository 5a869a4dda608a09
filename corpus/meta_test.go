package corpus

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/healthbot/healthbot/corpus/extract"
)

func TestFindYears(t *testing.T) {
	tests := []struct {
		in       string
		year     int
		template bool
	}{
		{"2023年卫生局工作总结", 2023, false},
		{"关于2023年度工作总结和2024年度工作计划的报告", 2023, false},
		{"二〇二三年工作要点", 2023, false},
		{"20xx年卫生工作计划", 0, true},
		{"xx年卫生院工作总结", 0, true},
		{"*年，我区卫生工作的总体思路", 0, true},
		{"___年全市卫生工作", 0, true},
		{"卫生工作计划", 0, false},
		{"建设周期为2024年-2026年", 2024, false},
	}
	for _, tt := range tests {
		y, tmpl := firstYear(tt.in)
		if y != tt.year || tmpl != tt.template {
			t.Errorf("firstYear(%q) = %d, %v; want %d, %v", tt.in, y, tmpl, tt.year, tt.template)
		}
	}
}

func TestTitleYears(t *testing.T) {
	tests := []struct {
		title          string
		year, planYear int
	}{
		{"关于卫生健康与计划生育2023年度工作总结和2024年度工作计划的报告", 2023, 2024},
		{"2024年卫生健康工作计划", 2024, 2024},
		{"2023年卫生局工作总结", 2023, 0},
		{"20xx年卫生工作计划", 0, 0},
		// A span opened by 从 is the time a change took, as of its end.
		{"从2019年至2023年江苏报告新发职业病病例数持续下降", 2023, 0},
		{"2019年至2023年行动计划", 2019, 2023},
	}
	for _, tt := range tests {
		y, p := titleYears(tt.title)
		if y != tt.year || p != tt.planYear {
			t.Errorf("titleYears(%q) = %d, %d; want %d, %d", tt.title, y, p, tt.year, tt.planYear)
		}
	}
}

func TestDetectOrg(t *testing.T) {
	tests := []struct {
		title, body, want string
	}{
		{"", "南陵县总医院建设。实施南陵县中医医院项目。南陵县卫健委印发方案。", "南陵县"},
		{"西城区卫生局2023年工作总结", "", "西城区"},
		{"", "全市卫生工作稳步发展,我市财政投入增加,全市共有医院。", ""},
		{"", "落实县妇幼保健院搬迁。落实县医院改革。组织市人民医院开展。组织市中医院开展。", ""},
		{"", "推进社区卫生服务,个社区建成。推进城市医疗改革,推进城市医疗。", ""},
	}
	for _, tt := range tests {
		if got := detectOrg(tt.title, tt.body); got != tt.want {
			t.Errorf("detectOrg(%q, %q) = %q, want %q", tt.title, tt.body, got, tt.want)
		}
	}
}

func TestDetectTitle(t *testing.T) {
	tests := []struct {
		text, want string
	}{
		{"关于2023年度工作总结的报告\n正文。", "关于2023年度工作总结的报告"},
		{"2022年卫生工作总结和卫生工作计划___年全市卫生工作在市委领导下,稳步发展", "2022年卫生工作总结和卫生工作计划"},
		{"一、2016年上半年工作总结\n(一)推进改革", ""},
		{"今年以来,全区卫生系统在区委领导下开展工作。", ""},
		// Web debris, document numbers, dates and speakers are never titles;
		// a line naming the genre wins over a column name.
		{"下载\n打印\n【字号：\n加大\n还原\n】\n2025年某省政府工作报告\n——2025年1月20日在某省人民代表大会上\n各位代表：\n现在报告工作。", "2025年某省政府工作报告"},
		{"当前位置：\n首页\n>\n本地要闻\n本地要闻\n2024年政府工作报告\n来源：日报\n2024-02-03 09:02:33\n各位代表：", "2024年政府工作报告"},
		{"川卫发〔2025〕7号\n四川省卫生健康委员会关于印发2025年工作要点的通知\n各市（州）卫生健康委：", "四川省卫生健康委员会关于印发2025年工作要点的通知"},
		{"分享到\n发布时间：2024-05-06\n【字体：大 中 小】\n县卫健委2024年上半年工作总结\n今年以来，全县卫生健康工作稳步推进。", "县卫健委2024年上半年工作总结"},
		{"坐公交也能攒积分，本市已有人兑换成功\n日报 2025年05月11日 10:37\n你知道吗？", "坐公交也能攒积分，本市已有人兑换成功"},
		// The company whose site the page was saved from is no title.
		{"玉林某某医疗科技有限公司\n\n某市卫健局科学推进第二阶段疫苗接种工作\n\n新冠病毒疫苗接种工作第一阶段任务已于6月底圆满完成。", "某市卫健局科学推进第二阶段疫苗接种工作"},
		// A site's column ("计划总结") above the page is no title.
		{"计划总结\n索 引 号: 0001/2023-01 公开日期: 2023-04-22\n发布机构: 省卫生健康委 文  号: 某卫发〔2023〕10号\n某省卫生健康委关于印发2023年卫生健康工作要点的通知\n各市卫生健康委：", "某省卫生健康委关于印发2023年卫生健康工作要点的通知"},
		{"通知公告\n2024年工作要点\n一、总体要求", "2024年工作要点"},
		// A title run into the text ends at its genre (公报), not inside a
		// programme's name (卫生和计划生育委员会).
		{"湖南省2015年卫生和计划生育事业发展统计公报湖南省卫生和计划生育委员会2016年5月11日2015年是新组建的省卫生计生委正常运转的元年。全省卫生计生系统紧紧围绕大局。", "湖南省2015年卫生和计划生育事业发展统计公报"},
		// Bracketed keys of a page's table are no title, whatever their value.
		{"[ 发文字号 ] | |\n[ 发布机构 ] | 大足区卫生健康委 |\n重庆市大足区古龙镇卫生院 2023年度决算公开说明\n一、部门决算情况说明", "重庆市大足区古龙镇卫生院 2023年度决算公开说明"},
		// A title copied out of a page's table keeps its cell bar.
		{"某市卫生计生委关于印发2016年工作总结和2017年工作要点的通知 |\n各区、县卫生计生局：\n一、深化医改", "某市卫生计生委关于印发2016年工作总结和2017年工作要点的通知"},
		// A headline asking what its text answers, first.
		{"某区今年关于医疗卫生方面的民生实事有哪些?\n一是开设急诊社区卫生服务中心。推进2个社区卫生服务中心开设急诊。\n二是建设基层慢病筛防中心。", "某区今年关于医疗卫生方面的民生实事有哪些?"},
		// An information-disclosure table: describeReport reads its 标题.
		{"索引号: | 0001/2024-01 | 组配分类: | 规划计划 |\n名称: | 县卫健委2023年工作总结 | 文号: | |\n2023年，县卫健委坚持……", ""},
		// A bullet the page set before the title is no part of it.
		{"  • 财政预算、决算\n  • 某县中医院2024年部门预算情况说明\n一、基本情况\n本院编制床位200张。", "某县中医院2024年部门预算情况说明"},
	}
	for _, tt := range tests {
		s := detectTitle(tt.text, Span{0, len(tt.text)})
		if got := tt.text[s.Start:s.End]; got != tt.want {
			t.Errorf("detectTitle(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestDetectDocNumber(t *testing.T) {
	tests := []struct{ text, want string }{
		{"关于印发某方案的通知\n赣府厅发〔2025〕6号\n各市、县（区）人民政府：", "赣府厅发〔2025〕6号"},
		{"通知\n川卫发[2024]12号\n正文", "川卫发[2024]12号"},
		{"名称: | 某报告 | 文号: | 庆卫发〔2023〕5号 |\n正文", "庆卫发〔2023〕5号"},
		{"根据《国务院办公厅关于推进分级诊疗制度建设的指导意见》（国办发〔2015〕70号）精神，结合实际制定本方案，现就有关事项通知如下。", ""},
		{"2023年工作总结\n正文", ""},
	}
	for _, tt := range tests {
		if got := detectDocNumber(tt.text, Span{0, len(tt.text)}); got != tt.want {
			t.Errorf("detectDocNumber(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestDetectIssuer(t *testing.T) {
	tests := []struct{ title, text, place, want string }{
		{"", "发布机构: | 青阳县卫生健康委员会 | 主题分类: | 卫生 |\n名称: | 县卫健委工作总结 |", "", "青阳县卫生健康委员会"},
		{"江西省人民政府办公厅关于加强基层医疗的意见", "赣府厅发〔2025〕6号", "江西省", "江西省人民政府办公厅"},
		{"关于印发实施方案的通知", "各镇人民政府：\n现将方案印发给你们。\n句容市人民政府办公室\n2022年8月16日", "句容市", "句容市人民政府办公室"},
		{"政府工作报告", "——2026年1月27日在青海省第十四届人民代表大会上\n各位代表：\n现在，我代表省人民政府，向大会报告工作。", "青海省", "青海省人民政府"},
		{"政府工作报告", "各位代表：\n现在，我代表自治区人民政府，向大会报告工作。", "宁夏回族自治区", "宁夏回族自治区人民政府"},
		{"2026年吉林省政府工作报告", "省长 某某\n各位代表：\n现在，我代表省政府，向大会报告工作。", "吉林省", "吉林省人民政府"},
		{"权威发布：推进健康知识普及", "记者讯 今年，山东省卫生健康委员会将围绕重点人群开展科普。", "山东省", "山东省卫生健康委员会"},
		{"坐公交攒积分", "日报 2025年05月11日\n武汉市民可以兑换积分。", "武汉市", ""},
		// Two spaced-out fields on one line; a body named by its level only.
		{"", "发布机构: 省卫生健康委 文  号: 浙卫发〔2023〕10号\n正文", "浙江省", "浙江省卫生健康委"},
		// A body in the title of a document the text cites is not the issuer.
		{"", "根据《广西壮族自治区人民政府办公厅关于做好年度报告工作的通知》要求，结合来宾市卫生健康委员会工作实际，现编制年度报告。", "来宾市", "来宾市卫生健康委员会"},
	}
	for _, tt := range tests {
		if got := detectIssuer(tt.text, Span{0, len(tt.text)}, tt.title, tt.place); got != tt.want {
			t.Errorf("detectIssuer(%q, %q) = %q, want %q", tt.title, tt.text, got, tt.want)
		}
	}
}

// Parse reads the place, issuer, document number and year of a report,
// and the place of its sections and figures.
func TestParsePlaces(t *testing.T) {
	tests := []struct {
		name, text                      string
		title, place, issuer, docNumber string
		year                            int
	}{
		{"speech", "下载\n打印\n政府工作报告\n——2026年1月27日在青海省第十四届人民代表大会第四次会议上\n省长 某某\n各位代表：\n现在，我代表省人民政府向大会报告工作。\n" +
			"一、2025年工作回顾\n全省地区生产总值增长4%。西宁、海东协同发展，海西新建医院3所。\n二、2026年主要任务\n人均预期寿命达到75岁。\n",
			"2026年青海省政府工作报告", "青海省", "青海省人民政府", "", 2026}, // a bare genre title gets its year and place
		{"notice", "关于印发2024年卫生健康工作要点的通知\n庆卫发〔2024〕3号\n各县（区）卫生健康局：\n现将要点印发给你们。\n庆阳市卫生健康委员会\n2024年2月1日\n一、主要目标\n全市人均预期寿命达到78岁。\n",
			"关于印发2024年卫生健康工作要点的通知", "庆阳市", "庆阳市卫生健康委员会", "庆卫发〔2024〕3号", 2024},
		{"news", "重庆云阳：基层卫生服务提质\n新闻网 2024-12-06\n记者从云阳县卫生健康委员会获悉，全县建成健康细胞100个。\n",
			"重庆云阳：基层卫生服务提质", "云阳县", "云阳县卫生健康委员会", "", 2024},
		{"table", "索引号: | 0001/2023-01 | 组配分类: | 规划计划 |\n发布机构: | 青阳县卫生健康委员会 | 主题分类: | 卫生 |\n名称: | 县卫健委2023年工作总结及2024年工作安排 | 文号: | |\n" +
			"成文日期: | 发布日期: | 2023-11-07 | |\n2023年，县卫健委扎实推进各项工作。\n一、工作开展情况\n开展集中学习70余次。\n",
			"县卫健委2023年工作总结及2024年工作安排", "青阳县", "青阳县卫生健康委员会", "", 2023},
		{"bare county issuer", "发布机构: 县卫生健康局 发文日期: 2025-05-08\n2024年工作总结及2025年工作重点\n一、2024年工作总结\n" +
			"创伤外科获批浙江省临床重点专科建设项目，头痛门诊入选国家级门诊（全省第五家，台州市唯一）。在县中医院成立浙江省中医药学会天台诊治中心。\n",
			"2024年工作总结及2025年工作重点", "天台县", "县卫生健康局", "", 2024},
		{"bare county issuer, county unnamed", "发布机构: 县卫生健康局 发文日期: 2025-05-08\n2024年工作总结\n一、2024年工作总结\n创伤外科获批浙江省临床重点专科建设项目，浙江省第五家。\n",
			"2024年工作总结", "", "县卫生健康局", "", 2024},
		// A saved web page: the site's name first, its disclosure table one
		// cell per line (keys spaced with en spaces), a bulletin of the
		// county dated by its title, not by the page.
		{"web page", "醴陵市人民政府-\n网站无障碍关怀版\n您当前所在位置： 首页>政务公开>统计数据>统计公报\n索\u2002引\u2002号：\n0001/2023-0043\n生成日期：\n2023-05-11\n公开时限：\n常年公开\n" +
			"分类：\n统计公报\n醴陵市2022年国民经济和社会发展统计公报\n访问量：1632\n醴陵市统计局\n（2023年5月）\n2022年，全市经济运行稳中有进。\n一、综合\n全年实现生产总值800亿元。\n",
			"醴陵市2022年国民经济和社会发展统计公报", "醴陵市", "醴陵市统计局", "", 2022},
		// A province's bulletin reposted by a city's site: the table names
		// the city's bureau, the title and signature the province's.
		{"reposted", "株洲市人民政府\n发布机构：\n株洲市统计局\n发文日期：\n2023-03-31\n湖南省2022年国民经济和社会发展统计公报\n湖南省统计局  国家统计局湖南调查总队\n" +
			"2023年3月28日\n2022年全省经济稳定恢复。\n一、综合\n全年地区生产总值48670亿元。\n中国政府网 湖南省人民政府 株洲市人民政府\n",
			"湖南省2022年国民经济和社会发展统计公报", "湖南省", "湖南省统计局", "", 2022},
		{"signature in brackets", "某县2015年统计公报\n一、综合\n全年生产总值110亿元。\n（醴陵市统计局）\n株洲市人民政府\n", "某县2015年统计公报", "醴陵市", "醴陵市统计局", "", 2015},
		// The State Council's report: national whatever places it names,
		// below a news lead; a subtitle run into the title is cut.
		{"national", "3月5日，第十二届全国人民代表大会第三次会议在北京人民大会堂开幕。国务院总理作政府工作报告。\n新华社北京3月16日电\n政府工作报告\n" +
			"——2015年3月5日在第十二届全国人民代表大会第三次会议上\n国务院总理 某某\n各位代表：\n现在，我代表国务院，向大会报告政府工作。\n" +
			"一、2014年工作回顾\n香港、澳门保持繁荣稳定，香港特别行政区和澳门特别行政区各项事业发展。香港经济增长。\n二、2015年工作总体部署\n国内生产总值增长7%左右。\n",
			"2015年国务院政府工作报告", "全国", "国务院", "", 2015},
		{"national subtitle run in", "政府工作报告——2018年3月5日在第十三届全国人民代表大会第一次会议上国务院总理 某某\n各位代表：\n现在，我代表国务院，向大会报告工作。\n" +
			"一、过去五年工作回顾\n香港、澳门保持繁荣稳定。香港特别行政区发展。\n三、对2018年政府工作的建议\n国内生产总值增长6.5%左右。\n",
			"2018年国务院政府工作报告", "全国", "国务院", "", 2018},
		{"body year", "卫生院工作总结\n一、基本情况\n2020年，全院门诊量达到3万人次，比上年增长5%。\n", "卫生院工作总结", "", "", "", 2020},
		{"template year", "卫生院工作总结\n一、基本情况\n20xx年，全院门诊量达到___人次。\n", "卫生院工作总结", "", "", "", 0},
	}
	for _, tt := range tests {
		doc := Parse(tt.name+".txt", tt.text, Meta{}, Options{})
		r := doc.Reports[0]
		if r.Title != tt.title || r.Place != tt.place || r.Org != tt.place || r.Issuer != tt.issuer || r.DocNumber != tt.docNumber || r.Year != tt.year {
			t.Errorf("%s: title %q, place %q, org %q, issuer %q, doc number %q, year %d", tt.name, r.Title, r.Place, r.Org, r.Issuer, r.DocNumber, r.Year)
		}
	}

	doc := Parse("speech.txt", tests[0].text, Meta{}, Options{})
	got := map[string]string{}
	for _, f := range doc.Reports[0].Figures {
		got[f.Raw+f.Unit] = f.Place
	}
	want := map[string]string{"4%": "青海省", "3所": "海西蒙古族藏族自治州", "75岁": "青海省"}
	for k, w := range want {
		if got[k] != w {
			t.Errorf("figure %s: place %q, want %q (all: %v)", k, got[k], w, got)
		}
	}
	for _, s := range doc.Reports[0].Sections {
		if s.Place != "青海省" {
			t.Errorf("section %q: place %q", s.PathString(), s.Place)
		}
	}

	// What staff set wins; a county's figure keeps the county when the
	// sentence names only its province or a regulation.
	doc = Parse("x.txt", "2023年卫生局工作总结\n一、工作成效\n依照《北京市生活饮用水卫生监督管理条例》，共检查供水设施431个。\n", Meta{Org: "西城"}, Options{})
	r := doc.Reports[0]
	if r.Place != "西城区" || r.Org != "西城" || len(r.Figures) == 0 || r.Figures[0].Place != "西城区" {
		t.Errorf("sidecar org: place %q, org %q, figures %+v", r.Place, r.Org, r.Figures)
	}
}

func TestDetectPeriod(t *testing.T) {
	if p := detectPeriod("2016年上半年工作总结"); p != PeriodFirstHalf {
		t.Errorf("got %q", p)
	}
	if p := detectPeriod("卫生局2023年下半年工作总结"); p != PeriodSecondHalf {
		t.Errorf("got %q", p)
	}
	if p := detectPeriod("2023年工作总结"); p != PeriodYear {
		t.Errorf("got %q", p)
	}
}

// FuzzReportMeta runs the title, table, document-number and issuer readers
// over arbitrary text: spans stay inside the text on rune boundaries.
func FuzzReportMeta(f *testing.F) {
	for _, s := range []string{
		"", "下载\n政府工作报告\n——2026年1月27日在青海省第十四届人民代表大会上\n我代表省人民政府",
		"名称: | 县卫健委2023年工作总结 | 文号: | 川卫发〔2025〕7号 |", "发布机构:", "|||:", "标题：\n",
		"赣府厅发〔2025〕6号", "句容市人民政府办公室\n2022年8月16日", "\xff名称:\xfe|", "文号: | 〔2025〕",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		s = strings.ToValidUTF8(s, "\uFFFD") // as Parse does
		body := Span{0, len(s)}
		for _, sp := range []Span{detectTitle(s, body), tableTitle(s, body), tableField(s, body, "发布机构", "文号")} {
			if sp.Start < 0 || sp.End > len(s) || sp.Start > sp.End {
				t.Fatalf("span %+v out of %d bytes", sp, len(s))
			}
			if sp.Len() > 0 && (!isRuneStart(s[sp.Start]) || (sp.End < len(s) && !isRuneStart(s[sp.End]))) {
				t.Fatalf("span %+v not on rune boundaries", sp)
			}
		}
		_ = detectDocNumber(s, body)
		_ = detectIssuer(s, body, s, "")
		doc := Parse("f.txt", s, Meta{}, Options{})
		for _, r := range doc.Reports {
			if r.Place != "" && r.Place != r.Org {
				t.Fatalf("place %q, org %q", r.Place, r.Org)
			}
		}
	})
}

func TestReadFileFillsOnlyTheLimitsLeftZero(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "r.txt")
	text := "南陵县卫生健康委2023年工作总结\n一、基本公共卫生\n家庭医生总签约率为50.2%。\n"
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	// Only the expansion cap set: the file-size limit keeps its default.
	doc, err := ReadFile(context.Background(), path, "r.txt", ReadOptions{Limits: extract.Limits{MaxExpandedBytes: 1 << 20}})
	if err != nil || !strings.Contains(doc.Text, "50.2%") {
		t.Fatalf("read with one limit set: %v, text %q", err, doc.Text)
	}
}

func TestTitleSkipsDownloadLinkAndNavigationBar(t *testing.T) {
	for _, l := range []string{"立即下载", "台海网首页台海新闻厦门新闻天下新闻", "智能问答 繁体 长者专区", "時間:2025-05-14 17:50來源:錫山", "网站首页期刊介绍通知公告编 委 会投稿须知电子期刊广告合作联系我们"} {
		if !isTitleDebris(l) {
			t.Errorf("%q taken for a title", l)
		}
	}
	for _, l := range []string{"我县召开2024年卫生健康工作会议", "厦门人均期望寿命达到83.62岁", "某县卫生健康局 2023年工作总结"} {
		if isTitleDebris(l) {
			t.Errorf("%q taken for page furniture", l)
		}
	}
}

// A page's disclosure table written as list items with no colons ("-
// 有效性有效") is no title; the title follows it, and dates the report.
func TestTitleAfterGluedMetadataList(t *testing.T) {
	text := "- 索引号20240913-171148-799\n- 发布机构\n- 文号\n- 发布日期2019-12-22\n- 有效性有效\n2018年某市医疗卫生资源基本情况\n截至2018年底，全市共有医疗卫生机构293个。有卫生技术人员3121人。\n"
	doc := Parse("t.txt", text, Meta{}, Options{})
	r := doc.Reports[0]
	if r.Title != "2018年某市医疗卫生资源基本情况" || r.Year != 2018 {
		t.Errorf("title %q year %d, want the resources title and 2018", r.Title, r.Year)
	}
	for _, f := range r.Figures {
		if f.Year != 2018 {
			t.Errorf("figure %s = %s dated %d, want 2018", f.Label, f.Raw, f.Year)
		}
	}
}

// The same table as list items with colons ("- 标题: …") gives the title.
func TestTitleFromBulletedMetadataList(t *testing.T) {
	text := "- 索 引 号: FJ00123-0400-2018-00199\n- 发布机构: 某省卫生和计划生育委员会\n- 生成日期: 2018-05-10\n- 标题: 2017年某省卫生计生事业发展情况\n- 有效性:有效\n2017年,全省卫生计生机构总数27217所。\n"
	r := Parse("t.txt", text, Meta{}, Options{}).Reports[0]
	if r.Title != "2017年某省卫生计生事业发展情况" || r.Year != 2017 {
		t.Errorf("title %q year %d, want the table's 标题 and 2017", r.Title, r.Year)
	}
}

// A form published in 2022 for the fiscal year under its title
// ("(2021年度)") is 2021's; the site's "网站支持IPv6" is no title.
func TestFormTitleAndFiscalYear(t *testing.T) {
	text := "网站支持IPv6\n当前位置:首页 财政资金 > 某县卫生健康局基本药物制度补助资金绩效目标自评表\n某县卫生健康局基本药物制度补助资金绩效目标自评表\n发布时间:2022-06-01 来源:县卫生健康局\n(2021年度)\n年度资金总额: 2300.67\n总体目标完成情况\n年度完成基层医疗卫生机构实施基本药物制度补助2300.67万元。\n"
	r := Parse("t.txt", text, Meta{}, Options{}).Reports[0]
	if r.Title != "某县卫生健康局基本药物制度补助资金绩效目标自评表" || r.Year != 2021 {
		t.Errorf("title %q year %d, want the form's title and 2021", r.Title, r.Year)
	}
	for _, f := range r.Figures {
		if f.Year != 2021 {
			t.Errorf("figure %s = %s dated %d, want 2021", f.Label, f.Raw, f.Year)
		}
	}
}

// A page put up in May that counts "截止10月8日" was written the autumn
// before: its year is the year before the page's (made-up numbers).
func TestYearOfAPageCountingAsOfALaterMonth(t *testing.T) {
	text := "时间:2025-05-14 17:50 来源:云溪\n1、分类实施重点人群服务\n目标完成癌症初筛评估5000人。截止10月8日已完成5120人,完成率102.4%。为明年的工作开展打下良好基础。\n"
	if y := Parse("t.txt", text, Meta{}, Options{}).Reports[0].Year; y != 2024 {
		t.Errorf("year %d, want 2024", y)
	}
	early := strings.Replace(text, "截止10月8日", "截止4月8日", 1)
	if y := Parse("t.txt", early, Meta{}, Options{}).Reports[0].Year; y != 2025 {
		t.Errorf("counting as of April on a page of May: year %d, want 2025", y)
	}
}

// A news page put up in January whose lead names its event's day in
// December reports the year before; a later sentence's day still to come
// dates nothing (made-up numbers).
func TestYearOfANewsPageOnAnEventOfTheYearBefore(t *testing.T) {
	text := "某市:集采药品更丰富\n时间:2024-01-04 18:53 来源:网络整理\n记者 某某 某市报道 12月23日,某市人民政府新闻办公室召开新闻发布会。截至目前,全市共落实国家组织集采药品333种。\n"
	if y := Parse("t.txt", text, Meta{}, Options{}).Reports[0].Year; y != 2023 {
		t.Errorf("year %d, want 2023", y)
	}
	later := strings.Replace(text, "某市报道 12月23日,某市人民政府新闻办公室召开新闻发布会。", "某市报道 某市人民政府新闻办公室召开新闻发布会。新规12月1日,将正式施行。", 1)
	if y := Parse("t.txt", later, Meta{}, Options{}).Reports[0].Year; y != 2024 {
		t.Errorf("a later sentence's day: year %d, want 2024", y)
	}
}

// An untitled disclosure report generated in January says its statistics
// cover one whole year: that is its year, not the generation date's.
func TestYearOfStatisticsCoveringAWholeYear(t *testing.T) {
	text := "索引号: | 330000ZF/2023-1 | 发布机构: | 县卫健局办公室 |\n生成日期: | 2023-01-16 | 主题分类: | 公开年报 |\n一、总体情况\n" +
		"本报告所列数据的统计期限从2022年1月1日起至2022年12月31日止。全年主动公开政府信息120条。\n"
	if y := Parse("t.txt", text, Meta{}, Options{}).Reports[0].Year; y != 2022 {
		t.Errorf("year %d, want 2022", y)
	}
}

// A newspaper's e-paper navigation ("本报首页 版面概览", "当前:11版…上一版
// 下一版") and a paper's byline ("齐鲁晚报·齐鲁壹点 连宁燕") are no title;
// a title may end with its year and no 年 ("雅安卫健人的2020"), which is
// the year it reviews although the page is printed the year after.
func TestEPaperTitleAndBareYear(t *testing.T) {
	text := "本报首页 版面概览\n往期回顾\n当前:11版(2021年02月10日) 上一版 下一版\n某市卫健人的2020\n本报综合\n\n“征途漫漫,唯有奋斗”,2021年,我们将开启新征程。\n\n2020年,33天全市降为低风险,47天患者清零。\n"
	r := Parse("t.txt", text, Meta{}, Options{}).Reports[0]
	if r.Title != "某市卫健人的2020" || r.Year != 2020 {
		t.Errorf("title %q year %d, want 某市卫健人的2020 and 2020", r.Title, r.Year)
	}
	text = "齐鲁晚报·齐鲁壹点 连宁燕\n7月18日上午,某市政府新闻办举行新闻发布会。\n全市居民健康素养水平提升至37.5%。\n"
	if r := Parse("t.txt", text, Meta{}, Options{}).Reports[0]; strings.Contains(r.Title, "晚报") {
		t.Errorf("title %q, want no byline", r.Title)
	}
}

// News that sets a deadline within its own year and then a later year
// ("力争年底前完成省级复审，2024年通过国家抽查复审") is of the year before
// the later one, not of it.
func TestYearBeforeTheOneAfterADeadline(t *testing.T) {
	t.Parallel()
	text := "某县全力推进国家卫生县迎复审工作\n日前，某县召开迎接国家卫生县复审工作推进会，力争年底前完成省级复审，2024年通过国家抽查复审。今年推进3个国家卫生镇创建工作。\n某县城于2017年成功创建国家卫生县城，并于2019年通过复审。\n"
	if y := Parse("t.txt", text, Meta{}, Options{}).Reports[0].Year; y != 2023 {
		t.Errorf("year %d, want 2023", y)
	}
}

// A count "至2020年10月底" stands at a day of the page's year, though 至
// usually closes a span of other years; "2019年，…方案印发" before it is
// a policy's year, not the page's.
func TestYearOfACountToAMonth(t *testing.T) {
	t.Parallel()
	text := "某省艾滋病疫情通报\n今年1月至10月该省新报告艾滋病病毒感染者和病人7741例，比去年同期减少12.8%。截至今年10月底，全省累计报告存活感染者和病人71235例。自1986年至2020年10月底，累计报告死亡22988例。\n2019年，《某省进一步加强艾滋病防治工作方案》印发。\n"
	if y := Parse("t.txt", text, Meta{}, Options{}).Reports[0].Year; y != 2020 {
		t.Errorf("year %d, want 2020", y)
	}
}
