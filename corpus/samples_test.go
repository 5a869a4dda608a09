package corpus

import (
	"strings"
	"testing"
)

// The acceptance checks on the bundled samples, stated as the issue states them.

func TestSample003EightReportsWithRepost(t *testing.T) {
	doc := parseSamples(t)["003_452a34ef8c3d0ccb.txt"]
	if len(doc.Reports) != 8 {
		t.Fatalf("got %d reports, want 8", len(doc.Reports))
	}
	first, last := doc.Reports[0], doc.Reports[7]
	if last.DuplicateOf != first.Ref() {
		t.Errorf("篇8 duplicate_of = %q, want %q", last.DuplicateOf, first.Ref())
	}
	if len(first.Duplicates) != 1 || first.Duplicates[0] != last.Ref() {
		t.Errorf("篇1 duplicates = %q, want [%s]", first.Duplicates, last.Ref())
	}
	for i, r := range doc.Reports[1:7] {
		if r.DuplicateOf != "" || len(r.Duplicates) != 0 {
			t.Errorf("篇%d wrongly marked: %q %q", i+2, r.DuplicateOf, r.Duplicates)
		}
	}
	for _, r := range doc.Reports {
		if strings.Contains(r.Title, "首页") || r.Year != 2023 {
			t.Errorf("report %q: year %d", r.Title, r.Year)
		}
	}
}

func TestSample004SummaryAndPlan(t *testing.T) {
	doc := parseSamples(t)["004_797ccc564263b7fa.txt"]
	if len(doc.Reports) != 1 {
		t.Fatalf("got %d reports, want 1", len(doc.Reports))
	}
	r := doc.Reports[0]
	if r.Year != 2023 || r.PlanYear != 2024 || r.Org != "南陵县" {
		t.Errorf("year %d plan year %d org %q; want 2023, 2024, 南陵县", r.Year, r.PlanYear, r.Org)
	}
	kinds := map[string]int{}
	for _, s := range r.Sections[1:] {
		kinds[string(s.Kind)+" "+itoaYear(s.Year)]++
		if strings.HasPrefix(s.PathString(), "二、2024年工作计划") != (s.Kind == KindPlan) {
			t.Errorf("section %q has kind %s", s.PathString(), s.Kind)
		}
	}
	if kinds["summary 2023"] < 20 || kinds["plan 2024"] < 10 || len(kinds) != 2 {
		t.Errorf("section kinds and years: %v", kinds)
	}
	found := false
	for _, f := range r.Figures {
		if f.Label == "家庭医生总签约率" {
			found = true
			if f.Value != 50.2 || f.Unit != "%" || f.Year != 2023 || f.Kind != KindSummary || f.Missing {
				t.Errorf("家庭医生总签约率: %+v", f)
			}
			if !strings.Contains(f.Sentence, "家庭医生总签约率为50.2%") {
				t.Errorf("sentence %q", f.Sentence)
			}
		}
	}
	if !found {
		t.Error("figure 家庭医生总签约率 not extracted")
	}
	want := "一、2023年度工作总结 > （三）健全公共卫生体系 > 2.探索医防融合多种路径"
	ok := false
	for _, s := range r.Sections {
		ok = ok || s.PathString() == want
	}
	if !ok {
		t.Errorf("no section with path %q", want)
	}
}

func TestSample000RunInHeadingsAndBlanks(t *testing.T) {
	doc := parseSamples(t)["000_dd78f70df59deb81.txt"]
	r := doc.Reports[0]
	if r.Title != "2022年卫生工作总结和卫生工作计划" {
		t.Errorf("title %q", r.Title)
	}
	var top, second []string
	for _, s := range r.Sections {
		switch s.Level {
		case 1:
			top = append(top, s.Path[0])
		case 2:
			second = append(second, s.Path[1])
		}
	}
	if strings.Join(top, "|") != "一、卫生工作取得的主要成效|二、面临的困难和问题|三、卫生工作目标任务" {
		t.Errorf("top-level headings %q", top)
	}
	if len(second) < 15 {
		t.Errorf("only %d second-level headings: %q", len(second), second)
	}
	missing, blankAsValue := 0, 0
	for _, f := range r.Figures {
		if f.Missing {
			missing++
		}
		if strings.Contains(f.Sentence, "___"+f.Unit) && !f.Missing && strings.Contains(f.Sentence, "___"+f.Raw) {
			blankAsValue++
		}
	}
	if missing < 50 {
		t.Errorf("only %d blank figures recorded as missing", missing)
	}
	cases := 0
	for _, f := range r.Figures {
		if f.Unit == "例" && f.Missing && strings.Contains(f.Sentence, "累计报告手足口病___例") {
			cases++
		}
	}
	if cases < 3 {
		t.Errorf("the ___例 figures of 手足口病 are not all missing values (%d found)", cases)
	}
	if blankAsValue > 0 {
		t.Errorf("%d blanks turned into values", blankAsValue)
	}
	// The plan part is dated the year after the summary.
	for _, s := range r.Sections {
		if strings.HasPrefix(s.PathString(), "三、") && (s.Kind != KindPlan || s.Year != 2023) {
			t.Errorf("section %q: %s %d", s.PathString(), s.Kind, s.Year)
		}
	}
}

func TestSample002TraditionalQuotedIndexedSimplified(t *testing.T) {
	doc := parseSamples(t)["002_658e6bb8e14e66b9.txt"]
	r := doc.Reports[0]
	if !r.Traditional || r.Kind != KindPlan || r.Year != 0 {
		t.Errorf("traditional %v kind %s year %d; want true, plan, 0 (the year is a template blank)", r.Traditional, r.Kind, r.Year)
	}
	if r.Title != "年度衛生工作計劃" {
		t.Errorf("title %q", r.Title)
	}
	if len(r.Chunks) == 0 {
		t.Fatal("no chunks")
	}
	for _, c := range r.Chunks {
		if strings.Contains(c.Text, "導語") || strings.Contains(c.Text, "網友上傳") {
			t.Errorf("boilerplate left in chunk %q", c.Text)
		}
	}
	c := r.Chunks[0]
	if !strings.Contains(c.Text, "衛生") || strings.Contains(c.Norm, "衛生") || !strings.Contains(c.Norm, "卫生") {
		t.Errorf("quote must stay Traditional and index text be Simplified:\ntext %q\nnorm %q", prefixRunes(c.Text, 40), prefixRunes(c.Norm, 40))
	}
	for _, f := range r.Figures {
		if strings.HasSuffix(f.Label, "人均") && f.Value == 15 && f.Unit == "元" { // of the 筹资机制 the clause before sets up
			return
		}
	}
	t.Errorf("figure 人均 15 元 not found in %d figures", len(r.Figures))
}
