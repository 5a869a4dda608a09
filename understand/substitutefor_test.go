package understand

import (
	"slices"
	"strings"
	"testing"
)

// A lay phrase with several official terms is put in the words of the
// label it is matched against: "派出去" is 派车 for 急救派车, 出车 for 出车.
func TestSubstituteForLabel(t *testing.T) {
	topic := Topic("淮南今年国庆那八天救护车一共派出去多少次？")
	for label, want := range map[string]string{"急救派车": "派车", "平均每天急救出车": "出车", "": "出车"} {
		if got := SubstituteFor(topic, label); !strings.Contains(got, want) {
			t.Errorf("SubstituteFor(%q, %q) = %q, want %s in it", topic, label, got, want)
		}
	}
	// "出生的娃" is 出生人口, or 活产 for a label counting live births.
	topic = Topic("瑞安那边去年出生的娃比2017年少了多少？")
	for label, want := range map[string]string{"瑞安籍活产数": "活产", "出生人口": "出生人口"} {
		if got := SubstituteFor(topic, label); !strings.Contains(got, want) {
			t.Errorf("SubstituteFor(%q, %q) = %q, want %s in it", topic, label, got, want)
		}
	}
}

// The lay phrases of a topic word are found longest first, each with its
// official terms.
func TestLayPhrases(t *testing.T) {
	got := LayPhrases("对外公开把关")
	if len(got) != 2 || got[0].Lay != "对外公开" || got[1].Lay != "把关" {
		t.Fatalf("LayPhrases = %+v, want 对外公开 then 把关", got)
	}
	if !slices.Contains(got[1].Terms, "审核") {
		t.Errorf("把关 stands for %v, want 审核 among them", got[1].Terms)
	}
}

// A longer lay phrase wins: "刚出生的娃娃" is 新生儿, not the 出生人口 of
// the "出生的娃" inside it.
func TestNewbornBeforeBirths(t *testing.T) {
	if got := Substitute(Topic("南岳那边去年给刚出生的娃娃免费筛查做了多少个？")); !strings.Contains(got, "新生儿") || strings.Contains(got, "出生人口") {
		t.Errorf("Substitute = %q, want 新生儿", got)
	}
}

// A lay phrase whose words a question word split ("生了多少个娃": the topic
// keeps "生 娃"; "两针都打完": "两针 打完") is read whole; a word is never run
// into the next by one character of it ("救护车 派出去" holds no "车派出去").
func TestLayPhraseAcrossAGap(t *testing.T) {
	if terms := OfficialTerms(Topic("平湖去年一整年生了多少个娃？")); !slices.Contains(terms, "出生") {
		t.Errorf("生了多少个娃: terms %v, want 出生", terms)
	}
	if terms := OfficialTerms(Topic("潼关到6月底新冠疫苗两针都打完的有多少人了？")); !slices.Contains(terms, "全程接种") {
		t.Errorf("两针都打完: terms %v, want 全程接种", terms)
	}
	if terms := OfficialTerms(Topic("宿城区双庄那个社区卫生服务中心一共管着多少口人？")); !slices.Contains(terms, "服务人口") {
		t.Errorf("管着多少口人: terms %v, want 服务人口", terms)
	}
	if got := acrossGaps("国庆 救护车 派出去 次"); got != "国庆 救护车 派出去 次" {
		t.Errorf("acrossGaps ran a part of a word into the next: %q", got)
	}
}
