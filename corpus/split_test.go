package corpus

import (
	"strings"
	"testing"
)

func TestSplitReports(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		titles []string
	}{
		{
			name:   "篇N suffix",
			text:   "合集标题\n\n2023年卫生局工作总结 篇1\n\n正文一。\n\n2023年卫生局工作总结 篇2\n\n正文二。\n2023年卫生局工作总结 篇3\n正文三。",
			titles: []string{"2023年卫生局工作总结 篇1", "2023年卫生局工作总结 篇2", "2023年卫生局工作总结 篇3"},
		},
		{
			name:   "【篇一】 prefix, Chinese numerals",
			text:   "【篇一】卫生院工作总结\n正文。\n【篇二】卫生院工作计划\n正文。",
			titles: []string{"【篇一】卫生院工作总结", "【篇二】卫生院工作计划"},
		},
		{
			name:   "Traditional 篇",
			text:   "衛生工作總結 篇1\n內容。\n衛生工作總結 篇2\n內容。",
			titles: []string{"衛生工作總結 篇1", "衛生工作總結 篇2"},
		},
		{
			name:   "a single numbered line is not a collection",
			text:   "卫生工作总结 篇1\n正文。\n其他内容。",
			titles: []string{""},
		},
		{
			name:   "numbers out of sequence are ignored",
			text:   "工作总结 篇2\n正文。\n工作总结 篇5\n正文。",
			titles: []string{""},
		},
		{
			name:   "text before the first marker is a report of its own",
			text:   "卫生局2023年工作总结\n今年完成了各项任务。全年义诊12场。\n【篇一】卫生院工作总结\n正文。\n【篇二】卫生院工作计划\n正文。",
			titles: []string{"", "【篇一】卫生院工作总结", "【篇二】卫生院工作计划"},
		},
		{
			name:   "第一部分 / 第二部分 are parts of one report",
			text:   "第一部分 2023年工作总结\n正文。\n第二部分 2024年工作计划\n正文。",
			titles: []string{""},
		},
		{
			name:   "第一，第二， are ordinals",
			text:   "前言。\n第一，\n加强领导。\n第二，\n落实责任。",
			titles: []string{""},
		},
		{
			name:   "第一场 is a count",
			text:   "开展义诊。\n第一场\n城关镇。\n第二场\n新河镇。",
			titles: []string{""},
		},
		{
			name:   "第3篇 still numbers reports",
			text:   "第1篇 卫生院工作总结\n正文。\n第2篇 卫生院工作计划\n正文。",
			titles: []string{"第1篇 卫生院工作总结", "第2篇 卫生院工作计划"},
		},
		{
			name:   "sentences mentioning 第N篇 are not titles",
			text:   "在报纸上发表了第1篇文章。\n又发表了第2篇文章。",
			titles: []string{""},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps := splitReports(tt.text)
			var got []string
			for _, p := range ps {
				got = append(got, tt.text[p.title.Start:p.title.End])
				if p.body.Start < 0 || p.body.End > len(tt.text) || p.body.Start > p.body.End {
					t.Errorf("bad body span %+v", p.body)
				}
			}
			if strings.Join(got, "|") != strings.Join(tt.titles, "|") {
				t.Errorf("titles = %q, want %q", got, tt.titles)
			}
		})
	}
}

func TestBoilerplate(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"首页 > 工作相关 > 总结报告 > 工作总结 > 单位工作总结 > 2023年卫生局工作总结【推荐8篇】正文", true},
		{"当前位置：首页 » 范文 » 工作总结", true},
		{"前言:一篇好文章的诞生,需要你不断地搜集资料、整理思路,本站小编为你收集了丰富的乡镇外宣工作总结主题范文,仅供参考,欢迎阅读并收藏。", true},
		{"导语:年度卫生工作计划一文来源于网友上传,不代表本站观点,若需要原创文章可咨询客服老师,欢迎参考。", true},
		{"導語:年度衛生工作計劃一文來源于網友上傳,不代表本站觀點,若需要原創文章可咨詢客服老師,歡迎參考。", true},
		{"时间:2022-03-19 04:18:00", true},
		{"時間:", true},
		{"《2023年卫生局工作总结【推荐8篇】》", true},
		{"2023年卫生局工作总结(精选8篇)", true},
		{"上一篇：2022年工作总结", true},
		{"分享到：微信 微博 QQ", true},
		{"设为首页     加入收藏", true},
		{"一、2023年度工作总结", false},
		{"（三）医师注册管理", false},
		{"全年报告传染病病例8350例,全部及时完成审核,完成率100%。", false},
		{"2023年卫生局工作总结 篇1", false},
		{"时间：全年共开展义诊活动12场", false},
		{"时间：2026年2月3日", true},
		{"来源：四川日报", true},
		{"患者就诊→检查→取药→结算，全程平均30分钟", false},
		{"挂号→就诊→检查→取药，实现一站式服务", false},
		{"挂号→就诊→检查→取药", false},
		{"预约 > 签到 > 就诊", true},
		{`<legend id="h4sia"></legend><samp id="h4sia"></samp>`, true}, // a page's markup
		{`  • <input id="h4sia"><address id="h4sia"></address>`, true},
		{"2089", false}, // a table's cell
		{"微信公众号 联系我们 关于我们 3618客服热线:020-32784919   推广热线:020-32780069", true},
		{"开通微信公众号发布信息120条", false},
		{"开通客服热线，受理咨询300件", false},
		{"血压<140/90mmHg的患者", false},
		{"打印 关闭", true},                            // a page's buttons
		{"某市人民医院版权所有！备案许可证编号：浙ICP备12345678", true}, // a site's footer
		{"医院地址:某市某路1号 电话(传真):0570-1234567 技术支持：某某网络", true},
		{"技术支持：省疾控中心派专家驻点指导", false},
		{"记者：石小宏", true}, // a reporter credited by name alone
		{"通讯员 王明 李华", true},
		{"记者：请问今年有哪些新举措？", false}, // a reporter's question in a transcript
		{"记者从市卫健委获悉", false},
		{"完成备案的民营医疗机构12家", false},
		{"【打印】【关闭】", true},
		{"(萨日娜供稿)", true}, // a byline alone
		{"（通讯员 王明）", true},
		{"原文链接:http://wjw.example.gov.cn/xwzx/gzdt/202302/t20230203_2226138.html", true},
		{"(一)组织领导", false},
		{"（2023年）", false},
		{"中小学生近视防控", false},
		{"加强宣传,在本站点和微信公众号发布信息120条,通过多种渠道宣传健康知识,覆盖全县城乡居民,群众知晓率明显提高,取得了良好的社会效果和宣传成效。", false},
	}
	for _, tt := range tests {
		if got := isBoilerplate(Simplify(tt.line)); got != tt.want {
			t.Errorf("isBoilerplate(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

func TestCleanTextKeepsOffsets(t *testing.T) {
	text := "首页 > 工作 > 总结\n一、总体情况\n正文。\n时间:2022-03-19\n"
	work, removed := cleanText(text)
	if len(work) != len(text) {
		t.Fatalf("cleaning changed the length: %d -> %d", len(text), len(work))
	}
	if len(removed) != 2 {
		t.Fatalf("removed %v, want the breadcrumb and the time line", removed)
	}
	if !strings.Contains(work, "一、总体情况\n正文。") || strings.Contains(work, "首页") || strings.Contains(work, "时间") {
		t.Errorf("cleaned text: %q", work)
	}
}

// "第N篇" over chapters are the parts of one document (a national plan),
// not a collection's reports; a title broken inside its book-title marks is
// one line.
func TestPartsOfOneDocument(t *testing.T) {
	text := "中共中央 国务院印发《“某某2030”规划\n纲要》\n序言\n健康是发展的基础。\n" +
		"第一篇 总体战略\n第一章 指导思想\n坚持以人民为中心。\n第二章 战略目标\n到2030年，人均预期寿命达到79岁。\n" +
		"第二篇 普及健康生活\n第三章 加强健康教育\n提高全民健康素养。\n第四章 塑造自主自律的健康行为\n引导合理膳食。\n"
	doc := Parse("plan.txt", text, Meta{}, Options{})
	if len(doc.Reports) != 1 {
		t.Fatalf("%d reports, want 1", len(doc.Reports))
	}
	if got := doc.Reports[0].Title; got != "中共中央 国务院印发《“某某2030”规划纲要》" {
		t.Errorf("title %q", got)
	}
	// A collection's numbered articles still split.
	coll := "卫生院工作总结 篇1\n今年以来，我院稳步推进工作。\n卫生院工作总结 篇2\n今年以来，全院完成各项任务。\n"
	if n := len(Parse("c.txt", coll, Meta{}, Options{}).Reports); n != 2 {
		t.Errorf("collection read as %d reports, want 2", n)
	}
}
