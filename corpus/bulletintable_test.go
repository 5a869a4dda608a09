package corpus

import (
	"strings"
	"testing"
)

// A monthly bulletin (made-up counts): the deaths broken down in brackets
// are deaths of each disease; the annex table's names carry notes' numbers
// ("肺结核8", "死亡数1") that are no part of them, and its 发病数 counts
// cases (例).
func TestBulletinBracketsAndAnnexTable(t *testing.T) {
	text := "2024年9月某市法定传染病疫情概况\n2024年9月,全市共报告法定传染病发病12240例,死亡131例(艾滋病113例、肺结核12例、丙肝4例)。\n" +
		"附表:2024年9月某市法定传染病报告发病死亡统计表\n病名 | 发病数 | 死亡数1\n甲乙丙类总计 | 12096 | 128\n艾滋病 | 364 | 116\n肺结核8 | 1544 | 12\n百日咳 | 224 | 0\n"
	r := Parse("yuebao.txt", text, Meta{}, Options{}).Reports[0]
	got := map[string]string{}
	for _, f := range r.Figures {
		got[f.Label] = f.Raw + f.Unit
	}
	want := map[string]string{
		"肺结核死亡":      "12例",
		"艾滋病死亡":      "113例",
		"肺结核 发病数":    "1544例",
		"肺结核 死亡数":    "12",
		"甲乙丙类总计 发病数": "12096例",
	}
	for label, v := range want {
		if got[label] != v {
			t.Errorf("%s = %q, want %q", label, got[label], v)
		}
	}
	for label := range got {
		if strings.HasSuffix(label, "8 发病数") || strings.Contains(label, "死亡数1") || label == "肺结核" {
			t.Errorf("label %q", label)
		}
	}
	if t.Failed() {
		t.Logf("figures: %v", got)
	}
}

// A national daily bulletin breaks a count down by province in brackets
// (made-up counts): each part is that count of its province, not a count
// labelled by the province's name alone.
func TestBulletinBracketsByPlace(t *testing.T) {
	text := "全国疫情日报\n3月2日0—24时,全国新增本土病例120例(吉林80例,山东25例,广东15例),新增死亡病例2例。\n"
	r := Parse("ribao.txt", text, Meta{}, Options{}).Reports[0]
	got := map[string]string{}
	for _, f := range r.Figures {
		got[f.Place+"|"+f.Raw] = f.Label
	}
	for key, want := range map[string]string{"吉林省|80": "新增本土病例", "山东省|25": "新增本土病例", "广东省|15": "新增本土病例"} {
		if got[key] != want {
			t.Errorf("%s labelled %q, want %q (figures: %v)", key, got[key], want, got)
		}
	}
}

// The national daily bulletin reports from every province: it is the
// country's, though it names one province more often than any other
// (made-up counts).
func TestNationalBulletinIsNational(t *testing.T) {
	text := "截至3月2日24时疫情最新情况\n3月2日0—24时，31个省（自治区、直辖市）和新疆生产建设兵团报告新增确诊病例120例。其中本土病例100例（吉林80例，其中长春市60例、吉林市20例；山东20例）。吉林省新增治愈出院10例，吉林省累计报告…\n"
	r := Parse("ribao.txt", text, Meta{}, Options{}).Reports[0]
	if r.Place != NationalPlace {
		t.Errorf("place %q, want %s", r.Place, NationalPlace)
	}
}

// Parts of a count of new cases, broken down after 其中, are new cases too,
// and so are their places' parts in brackets (made-up counts).
func TestPartsOfNewCasesAreNew(t *testing.T) {
	text := "全国疫情日报\n3月2日0—24时，31个省（自治区、直辖市）报告新增确诊病例120例。其中境外输入病例20例（上海12例，广东8例）；本土病例100例（吉林80例，山东20例）。\n"
	r := Parse("ribao.txt", text, Meta{}, Options{}).Reports[0]
	got := map[string]string{}
	for _, f := range r.Figures {
		got[f.Place+"|"+f.Raw] = f.Label
	}
	for key, want := range map[string]string{"全国|100": "新增本土病例", "吉林省|80": "新增本土病例", "上海市|12": "新增境外输入病例"} {
		if got[key] != want {
			t.Errorf("%s labelled %q, want %q (figures: %v)", key, got[key], want, got)
		}
	}
}
