package bot_test

import (
	"strings"
	"testing"
)

// "报得最多的是哪几种病" is answered by the sentence ranking them, the one
// about the class asked (乙类, named the sentence before), not by other
// lists of diseases.
func TestRankedItems(t *testing.T) {
	b := botOver(t, map[string]string{
		"某省2020年7月法定传染病疫情.txt": "某省2020年7月法定传染病疫情概况\n" +
			"2020年7月，全省共报告乙类传染病16种，发病10512例。无传染性非典型肺炎、脊髓灰质炎、血吸虫病、人感染H7N9禽流感发病报告;" +
			"报告发病数居前5位的病种依次为:肺结核、乙肝、梅毒、丙肝、艾滋病;报告死亡数居前3位的病种依次为:艾滋病、肺结核、乙肝。" +
			"同期，全省共报告丙类传染病9种，发病8556例。报告发病数居前3位的病种依次为:其它感染性腹泻病、手足口病、流行性腮腺炎。\n",
	})
	a := ask(t, b, nil, "某省2020年7月乙类传染病里报得最多的是哪几种病？")
	first := firstExtract(a.Text)
	if !strings.Contains(first, "肺结核、乙肝、梅毒") {
		t.Errorf("want the 乙类 ranking first: %s", a.Text)
	}
	a = ask(t, b, nil, "某省2020年7月丙类病里排前三的都是啥病？")
	first = firstExtract(a.Text)
	if !strings.Contains(first, "手足口病") {
		t.Errorf("want the 丙类 ranking first: %s", a.Text)
	}
}

// A ranking's own words decide before those of what it ranks: "死亡最多的"
// is the ranking of deaths, though the sentences before the ranking of
// cases name deaths too.
func TestRankedByOwnWords(t *testing.T) {
	b := botOver(t, map[string]string{
		"某省2020年7月法定传染病疫情.txt": "某省2020年7月法定传染病疫情概况\n" +
			"2020年7月，全省共报告乙类传染病16种，发病10512例，死亡85人。" +
			"报告发病数居前5位的病种依次为:肺结核、乙肝、梅毒、丙肝、艾滋病;报告死亡数居前3位的病种依次为:艾滋病、肺结核、乙肝。\n",
	})
	a := ask(t, b, nil, "某省2020年7月乙类传染病里死亡最多的是哪几种病？")
	first := firstExtract(a.Text)
	if !strings.Contains(first, "死亡数居前3位") {
		t.Errorf("want the ranking of deaths first: %s", a.Text)
	}
}

// "死人最多的是哪几种病" asks the ranking of deaths, in lay words: the
// report's 报告死亡数 ranking, not the cases' one before it (made-up
// bulletin).
func TestRankOfDeathsAskedInLayWords(t *testing.T) {
	b := botOver(t, map[string]string{
		"yuebao.txt": "2024年4月某省法定传染病疫情概况\n2024年4月,全省报告乙类传染病18种,发病42651例,死亡417人;报告发病数居前5位的病种依次为:乙肝、新型冠状病毒感染、梅毒、肺结核、百日咳;报告死亡数居前3位的病种依次为:艾滋病、肺结核、丙肝。\n",
	})
	a := ask(t, b, nil, "某省2024年4月乙类传染病里死人最多的是哪几种病？")
	if !strings.Contains(a.Text, "艾滋病") || strings.Contains(a.Text, "百日咳") {
		t.Errorf("want the deaths' ranking: %s", a.Text)
	}
}
