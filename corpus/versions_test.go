package corpus

import (
	"strings"
	"testing"
)

// versionText is a report long enough to compare, with its title and its
// signing rate.
func versionText(title, rate string) string {
	return title + "\n一、2023年工作总结\n（一）基本公共卫生服务\n全年建立居民电子健康档案32万份，规范管理高血压患者2.1万人，糖尿病患者0.8万人。" +
		"家庭医生总签约率为" + rate + "，重点人群签约率达到75%。全年报告传染病病例8350例，全部及时审核。" +
		"（二）医疗服务能力\n县人民医院新增床位200张，胸痛中心、卒中中心通过省级验收，县域就诊率达到90.5%。\n"
}

func TestFinalVersionAnswersAndDisagreementsAreRecorded(t *testing.T) {
	opts := Options{}
	draft := Parse("reports/2023总结初稿.txt", versionText("南陵县卫生健康委2023年工作总结（初稿）", "48.7%"), Meta{}, opts)
	final := Parse("reports/2023总结终稿.txt", versionText("南陵县卫生健康委2023年工作总结（终稿）", "50.2%"), Meta{}, opts)
	// The draft comes first in the corpus order: the final must still answer.
	Dedupe([]*Document{&draft, &final})
	d, f := draft.Reports[0], final.Reports[0]
	if f.DuplicateOf != "" || d.DuplicateOf != f.Ref() {
		t.Fatalf("final duplicate of %q, draft duplicate of %q; want the draft collapsed into the final", f.DuplicateOf, d.DuplicateOf)
	}
	if len(f.Disagreements) != 1 || !strings.Contains(f.Disagreements[0], "50.2%") || !strings.Contains(f.Disagreements[0], "48.7%") {
		t.Errorf("disagreements: %q", f.Disagreements)
	}
	// Unmarked versions keep the corpus order.
	a := Parse("a.txt", versionText("南陵县卫生健康委2023年工作总结", "50.2%"), Meta{}, opts)
	b := Parse("b.txt", versionText("南陵县卫生健康委2023年工作总结", "50.2%"), Meta{}, opts)
	Dedupe([]*Document{&a, &b})
	if a.Reports[0].DuplicateOf != "" || b.Reports[0].DuplicateOf != a.Reports[0].Ref() || len(a.Reports[0].Disagreements) != 0 {
		t.Errorf("unmarked versions: a %q b %q, disagreements %q", a.Reports[0].DuplicateOf, b.Reports[0].DuplicateOf, a.Reports[0].Disagreements)
	}
}

func TestVersionRank(t *testing.T) {
	cases := map[string]int{"工作总结（终稿）": 3, "工作总结": 2, "工作总结（征求意见稿）": 1, "工作总结（初稿）": 0, "草稿-工作计划": 0}
	for title, want := range cases {
		if got := versionRank(&Report{Title: title, File: "x.txt"}); got != want {
			t.Errorf("versionRank(%q) = %d, want %d", title, got, want)
		}
	}
}

func TestDedupeCachedMarksAsDedupe(t *testing.T) {
	opts := Options{}
	docs := func() []*Document {
		a := Parse("a.txt", versionText("南陵县卫生健康委2023年工作总结（初稿）", "48.7%"), Meta{}, opts)
		b := Parse("b.txt", versionText("南陵县卫生健康委2023年工作总结（终稿）", "50.2%"), Meta{}, opts)
		c := Parse("c.txt", "短文。", Meta{}, opts)
		return []*Document{&a, &b, &c}
	}
	want := docs()
	Dedupe(want)
	cache := map[uint64]Signature{}
	for round := range 2 { // the second round reads every signature from the cache
		got := docs()
		DedupeCached(got, cache)
		for i := range got {
			for j := range got[i].Reports {
				g, w := got[i].Reports[j], want[i].Reports[j]
				if g.DuplicateOf != w.DuplicateOf || strings.Join(g.Duplicates, ",") != strings.Join(w.Duplicates, ",") {
					t.Errorf("round %d, %s: duplicate of %q (%v), Dedupe says %q (%v)", round, got[i].File, g.DuplicateOf, g.Duplicates, w.DuplicateOf, w.Duplicates)
				}
			}
		}
	}
	if len(cache) == 0 {
		t.Error("nothing cached")
	}
}
