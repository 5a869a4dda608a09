package bot

import (
	"strings"
	"testing"
)

// A question naming an age group is answered only by a number in a clause
// naming that group, in either script; the age itself is no such number.
func TestQuotesAgeAsked(t *testing.T) {
	for _, tt := range []struct {
		text, question string
		want           bool
	}{
		{"1. “18歲以上人群接種率95.76%,列七縣市區第一;” [1]\n2. “提高60歲以上人群接種率工作” [1]", "60岁以上老人的加强针打了多少？", false},
		{"1. “60歲以上人群接種率達到91.2%” [1]", "60岁以上老人的加强针打了多少？", true},
		{"1. “18歲以上人群接種率95.76%” [1]", "加强针打了多少？", true},
	} {
		if got := quotesAgeAsked(tt.text, tt.question); got != tt.want {
			t.Errorf("quotesAgeAsked(%q, %q) = %v, want %v", tt.text, tt.question, got, tt.want)
		}
	}
}

// A question naming a disease is answered only by a number in a clause
// naming it.
func TestQuotesDiseaseAsked(t *testing.T) {
	for _, tt := range []struct {
		text, question string
		want           bool
	}{
		{"1. “报告丙类传染病7种37378例…” [1]\n2. “需重点关注麻疹及手足口病等传染病的防控” [2]", "湖北3月手足口病报了多少例？", false},
		{"1. “手足口病报告发病12345例,居丙类首位” [1]", "湖北3月手足口病报了多少例？", true},
		// A rank is no count of the disease.
		{"1. “报告发病数居前5位的病种依次为病毒性肝炎、肺结核、梅毒、痢疾以及淋病…” [1]", "2019年7月全国报告了多少例梅毒？", false},
		{"1. “报告丙类传染病7种37378例” [1]", "湖北3月丙类传染病报了多少例？", true},
	} {
		if got := quotesDiseaseAsked(tt.text, tt.question); got != tt.want {
			t.Errorf("quotesDiseaseAsked(%q, %q) = %v, want %v", tt.text, tt.question, got, tt.want)
		}
	}
}

// A question on a vaccine against a disease asks no cases: the doses
// quoted answer it though their clause names no disease.
func TestVaccineAskedIsNoCases(t *testing.T) {
	if !quotesDiseaseAsked("1. “海南省共有15.93萬人完成了第1針疫苗接種” [1]", "海南去年免费打乙肝疫苗，第一针一共打了多少人？") {
		t.Errorf("a vaccine's doses taken for cases of the disease")
	}
}

// An aside after a value is cut from its quote, but a bracket holding only
// the value in percent stays: it is the same change.
func TestElideAsideKeepsThePercent(t *testing.T) {
	for clause, want := range map[string]string{
		"较上年减少18.50万元(65.37%)":     "较上年减少18.50万元(65.37%)",
		"申请44件(其中:网上申请42件)":        "申请44件",
		"较上年减少18.50万元(65.37%)(含…)": "较上年减少18.50万元(65.37%)",
	} {
		if got := elideAside(clause, "18.50万元"); strings.Contains(clause, "18.50") && got != want {
			t.Errorf("elideAside(%q) = %q, want %q", clause, got, want)
		}
		if got := elideAside(clause, "44件"); strings.Contains(clause, "44件") && got != want {
			t.Errorf("elideAside(%q) = %q, want %q", clause, got, want)
		}
	}
}
