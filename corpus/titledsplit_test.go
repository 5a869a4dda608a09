package corpus

import "testing"

// A file gathering a series of bulletins, each under its own title line
// (or, after the first, under its issuer and date) with its outline
// starting again at 一、, holds one report per bulletin, each of its own
// year; a title said again above the text it heads is one report.
func TestSeriesOfReportsInOneFile(t *testing.T) {
	titled := "2024年东莞市国民经济和社会发展统计公报\n\n一、综合\n全市卫生技术人员7.44万人。\n二、社会\n住院量146.95万人次。\n\n" +
		"2023年东莞市国民经济和社会发展统计公报\n\n一、综合\n全市卫生技术人员7.02万人。\n二、社会\n住院量135.74万人次。\n"
	dated := "南京市2024年国民经济和社会发展统计公报\n南京市统计局  国家统计局南京调查队\n2025年3月\n\n2024年是实现十四五规划目标任务的关键一年。\n一、综合\n年末全市卫生技术人员12.1万人。\n二、卫生\n床位6.5万张。\n\n" +
		"南京市统计局\n国家统计局南京调查队\n2024年3月\n\n2023年是全面贯彻党的二十大精神的开局之年，是经济恢复发展的一年。\n一、综合\n年末全市卫生技术人员11.5万人。\n二、卫生\n床位6.2万张。\n"
	for name, text := range map[string]string{"titled": titled, "dated": dated} {
		doc := Parse("t.txt", text, Meta{}, Options{})
		if len(doc.Reports) != 2 {
			t.Errorf("%s: %d reports, want 2", name, len(doc.Reports))
			continue
		}
		if doc.Reports[0].Year != 2024 || doc.Reports[1].Year != 2023 {
			t.Errorf("%s: years %d and %d, want 2024 and 2023", name, doc.Reports[0].Year, doc.Reports[1].Year)
		}
		for _, f := range doc.Reports[1].Figures {
			if f.Year != 2023 {
				t.Errorf("%s: the second bulletin's %s = %s%s is of %d", name, f.Label, f.Raw, f.Unit, f.Year)
			}
		}
	}
	repeated := "您当前的位置: 首页 > 总结计划\n\n中阳县卫生健康局2024年工作总结与2025年工作计划\n\n中阳县卫生健康局\n\n2024工作总结2025年工作计划\n\n" +
		"2024年以来,各项工作稳步推进。\n\n一、聚焦卫健民生需求\n(一)发展托育服务体系\n设有110个托位。\n二、下一步工作\n推进医共体建设。\n"
	if doc := Parse("t.txt", repeated, Meta{}, Options{}); len(doc.Reports) != 1 {
		t.Errorf("a title said again split the report in %d", len(doc.Reports))
	}
}
