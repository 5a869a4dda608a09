package corpus

import (
	"strings"
	"testing"
	"unicode"
)

// wrapped is a paragraph as pdftotext gives it: cut at the page's width,
// numbers spaced from the characters around them.
const wrapped = "国务院关于实施健康中国行动的意见\n国发〔2019〕13 号\n\n各省、自治区、直辖市人民政府，国务院各部委:\n" +
	"人民健康是民族昌盛和国家富强的重要标志，预防是最经济最有\n" +
	"效的健康策略。党中央、国务院发布《“健康中国 2030”规划纲要》，\n" +
	"提出了健康中国建设的目标和任务。党的十九大作出实施健康中国战\n" +
	"略的重大决策部署，强调坚持预防为主，倡导健康文明生活方式，预\n" +
	"防控制重大疾病。\n" +
	"一、行动背景\n" +
	"新中国成立后特别是改革开放以来，我国卫生健康事业获得了长\n" +
	"足发展，居民主要健康指标总体优于中高收入国家平均水平。慢性病\n" +
	"导致的死亡人数占总死亡人数的 88%，导致的疾病负担占疾病总负\n" +
	"担的 70%以上。\n" +
	"（一）到 2022 年，全国居民健康素养水平不低于 22%，重大慢性病\n" +
	"过早死亡率明显降低。\n"

// brokenOverPages is wrapped text whose sentences a page break cut with a
// blank line, beside a real paragraph end and a heading.
const brokenOverPages = "第四十七条\n\n" +
	"学校、托育机构、养老机构、康复机构、福利机构、未成年人救\n\n" +
	"助保护机构、救助管理机构、体育场馆、监管场所、车站、港口、机场等重点场所\n" +
	"发现传染病患者、疑似患者时，应当按照国务院疾病预防控制部门的规定，向所在\n" +
	"地疾病预防控制机构报告有关信息。\n\n" +
	"检验检测机构等应当按照国务院疾病预防控制部门的规定，向所在地疾病预防\n" +
	"控制机构报告与传染病防治有关的信息。\n" +
	"第四章 疫情控制\n\n" +
	"医疗机构发现甲类传染病时，应当及时采取下列措施：对病人、病原携带者，予\n" +
	"以隔离治疗，隔离期限根据医学检查结果确定；对疑似病人，确诊前在指定场所\n" +
	"单独隔离治疗；对医疗机构内的病人、病原携带者、疑似病人的密切接触者，在\n"

func TestUnwrapJoinsAcrossAPageBreak(t *testing.T) {
	got := unwrap(brokenOverPages)
	for _, want := range []string{
		"第四十七条\n\n学校、托育机构、养老机构、康复机构、福利机构、未成年人救助保护机构、救助管理机构",
		"报告有关信息。\n\n检验检测机构",
		"报告与传染病防治有关的信息。\n第四章 疫情控制\n\n医疗机构",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("unwrapped text lacks %q:\n%s", want, got)
		}
	}
}

func TestUnwrapJoinsAPagesLines(t *testing.T) {
	got := unwrap(wrapped)
	for _, want := range []string{
		"人民健康是民族昌盛和国家富强的重要标志，预防是最经济最有效的健康策略。党中央、国务院发布《“健康中国2030”规划纲要》，提出了健康中国建设的目标和任务。党的十九大作出实施健康中国战略的重大决策部署，强调坚持预防为主，倡导健康文明生活方式，预防控制重大疾病。\n",
		"\n一、行动背景\n",
		"占总死亡人数的88%，导致的疾病负担占疾病总负担的70%以上。\n",
		"\n（一）到2022年，全国居民健康素养水平不低于22%，重大慢性病过早死亡率明显降低。\n",
		"国发〔2019〕13号\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("unwrapped text lacks %q:\n%s", want, got)
		}
	}
}

// Text that is not hard-wrapped (paragraphs on one line each, a table,
// short lines) is left as it is.
func TestUnwrapLeavesOtherTextAlone(t *testing.T) {
	for _, text := range []string{
		"一、工作总结\n全年完成家庭医生签约服务12万人，重点人群签约率达到75%，较上年提高3个百分点，群众满意度持续提升。\n二、存在问题\n基层人才不足。\n",
		"项目\t数量\t单位\n医院\t12\t家\n卫生院\t30\t家\n",
		"标题\n短行一\n短行二\n",
	} {
		if got := unwrap(text); got != text {
			t.Errorf("unwrap changed a text that is not wrapped:\n%q\n→\n%q", text, got)
		}
	}
}

// Parsed, the wrapped text gives whole sentences to search and figures
// with their labels.
func TestParseUnwrapsPDFText(t *testing.T) {
	doc := Parse("意见.txt", wrapped, Meta{}, Options{})
	var found bool
	for _, r := range doc.Reports {
		for _, f := range r.Figures {
			if f.Raw == "22" && strings.Contains(f.Label, "健康素养水平") {
				found = true
			}
		}
	}
	if !found {
		t.Errorf("the 22%% target lost its label; figures: %+v", doc.Reports)
	}
}

// FuzzUnwrap: unwrap only removes line breaks and spaces, never another
// rune, and never adds a line.
func FuzzUnwrap(f *testing.F) {
	f.Add(wrapped)
	f.Add("")
	f.Add(strings.Repeat("一二三四五六七八九十一二三四五六七八九十\n", 8))
	f.Add(strings.Repeat("一二三四五 6 七八九十一二三四五六七八九十\n", 8) + "一、\n")
	f.Fuzz(func(t *testing.T, s string) {
		got := unwrap(s)
		if strings.Count(got, "\n") > strings.Count(s, "\n") {
			t.Fatalf("unwrap added lines")
		}
		strip := func(x string) string {
			return strings.Map(func(r rune) rune {
				if r == '\n' || unicode.IsSpace(r) {
					return -1
				}
				return r
			}, x)
		}
		if strip(got) != strip(s) {
			t.Fatalf("unwrap changed text other than line breaks and spaces:\n%q\n%q", s, got)
		}
	})
}

// A page's breadcrumb and date line are lines of their own, however wide:
// the headline between them stays whole.
func TestUnwrapKeepsPageLines(t *testing.T) {
	text := "您当前的位置:首页 » 某县某镇卫生院2024年单位预算编制说明 » 详情\n" +
		"某县某镇卫生院2024年单位预算编制说明是本单位的预算公开说明文件\n" +
		"发布时间: 2024-04-10 来源: 区卫生健康局 信息类型: 2024年预算\n" +
		"2025-01-19 10:47:47 来源: 第1眼TV-华龙网 第1眼TV-华龙网讯记者报道\n" +
		"某市“十三五”卫生健康主要指标完成情况的详细数据和有关说明如下所示\n" +
		"来源: 健康某市 发布时间:2021-12-08 09:57 累计次数: 字体:[ ]\n" +
		wrapped
	got := unwrap(text)
	for _, l := range []string{"详情\n某县某镇卫生院", "说明文件\n发布时间", "2024年预算\n2025-01-19", "如下所示\n来源"} {
		if !strings.Contains(got, l) {
			t.Errorf("want %q kept on its line:\n%s", l, got)
		}
	}
}
