package corpus

import "testing"

// A level dated by an era ("新中国成立之初，…仅为35岁") is of no year, and
// the level now reached after 如今 is the text's year; a horizon's year
// ("达国家2030年目标值") dates nothing; a headline "从35岁到79.9岁" is no
// figure of a label "35岁".
func TestEraOpenerHorizonAndValueOnlyLabel(t *testing.T) {
	text := "从35岁到79.9岁，某省卫生健康事业发展综述\n" +
		"新中国成立以来，全省已有17项健康行动考核指标达国家2030年目标值。2023年，全省医疗卫生机构达88195个。\n" +
		"新中国成立之初，全省人均预期寿命仅为35岁，婴儿死亡率为200‰；如今，人均预期寿命翻番，达79.9岁。\n"
	doc := Parse("综述.txt", text, Meta{}, Options{})
	r := doc.Reports[0]
	if r.Year != 2023 {
		t.Errorf("report year %d, want 2023 (2030 is a horizon)", r.Year)
	}
	got := map[float64]Figure{}
	for _, f := range r.Figures {
		if f.Label == "35岁" {
			t.Errorf("a value as a label: %+v", f)
		}
		got[f.Value] = f
	}
	if f := got[35]; f.Year != 0 || !f.Base {
		t.Errorf("35岁 of the era: %+v, want no year, a base", f)
	}
	if f := got[200]; f.Year != 0 || !f.Base {
		t.Errorf("200‰ of the era: %+v, want no year, a base", f)
	}
	if f := got[79.9]; f.Label != "人均预期寿命" || f.Year != 2023 || f.Base {
		t.Errorf("79.9岁 now: %+v, want 人均预期寿命 of 2023", f)
	}
}

// A plan's review of the period before it: "到2020年…为80.25岁" in the
// “十四五” plan is what was reached, not a target, and the site's column
// above the title ("发展规划") is no title.
func TestDeadlineBeforeTitledPlanIsPast(t *testing.T) {
	text := "发展规划\n某市“十四五”国民健康规划\n为推进健康某市建设，特编制本规划。\n一、发展基础\n（一）基本情况\n" +
		"“十三五”时期，我市卫生健康事业稳步发展。\n1.健康城市建设快速推进\n" +
		"全市实施15个专项行动。到2020年,全市人均预期寿命为80.25岁,高于规划目标的77.3岁。\n"
	r := Parse("规划.txt", text, Meta{}, Options{}).Reports[0]
	if r.Title != "某市“十四五”国民健康规划" {
		t.Errorf("title %q", r.Title)
	}
	for _, f := range r.Figures {
		switch f.Value {
		case 80.25:
			if f.Target || f.Kind != KindSummary || f.Year != 2020 {
				t.Errorf("80.25岁 %+v, want 2020's actual", f)
			}
		case 77.3:
			if !f.Target || f.Label != "人均预期寿命目标" {
				t.Errorf("77.3岁 %+v, want the target", f)
			}
		}
	}
}

// A Traditional sentence is read with the reader's words ("基礎上" is
// 基础上): its figures are labelled as a Simplified one's, and their spans
// still point into the text as written.
func TestTraditionalSentenceReadAsSimplified(t *testing.T) {
	text := "「十四五」國民健康規劃公佈\n到2025年,人均預期壽命在2020年的基礎上繼續提高1歲左右。\n"
	doc := Parse("規劃.txt", text, Meta{}, Options{})
	var got []Figure
	for _, f := range doc.Reports[0].Figures {
		if f.Value == 1 {
			got = append(got, f)
		}
	}
	if len(got) != 1 || got[0].Label != "人均预期寿命" || got[0].Year != 2025 {
		t.Fatalf("got %+v", got)
	}
	if w := doc.Text[got[0].Span.Start:got[0].Span.End]; w != "1歲" {
		t.Errorf("span reads %q", w)
	}
	// A titled plan of no date is about the plan's years (「十四五」: from
	// 2021), not the base it builds on (在2020年的基礎上).
	if r := doc.Reports[0]; r.Year != 2021 || r.Kind != KindPlan {
		t.Errorf("report %d %s, want a plan of 2021", r.Year, r.Kind)
	}
}

// "截至2021年12月31日24时,…;18岁以上人群接种率95.76%,…": the status date
// that opens the sentence dates every semicolon clause after it.
func TestAsOfDateLeadsSemicolonClauses(t *testing.T) {
	text := "某县新冠疫苗接种情况\n2022-01-04 15:16:01\n自去年1月开展新冠病毒疫苗接种工作以来,各部门通力协作。截至2021年12月31日24时,全县3至11岁人群第一剂接种率95.91%,列全市第二;18岁以上人群接种率95.76%,列全市第一;全县常住人口50.81万人。\n"
	r := Parse("接种.txt", text, Meta{}, Options{}).Reports[0]
	for _, f := range r.Figures {
		if f.Year != 2021 {
			t.Errorf("%s = %s: year %d, want 2021", f.Label, f.Raw, f.Year)
		}
	}
}
