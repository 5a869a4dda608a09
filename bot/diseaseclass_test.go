package bot_test

import (
	"strings"
	"testing"
)

// A class of notifiable diseases asked by its examples and name in brackets
// ("像流感、腮腺炎这一类（丙类）的病一共报了多少") is answered by that
// class's cases, not the kinds of disease nor the classes counted together
// (made-up bulletin).
func TestDiseaseClassAskedByExamples(t *testing.T) {
	b := botOver(t, map[string]string{
		"yuebao.txt": "2019年12月甘肃省法定传染病疫情概况\n2019年12月,全省无甲类传染病报告,乙、丙类传染病报告20种12512例,死亡10例。" +
			"其中乙类传染病12种4188例;丙类传染病8种8324例,无死亡病例。\n",
	})
	a := ask(t, b, nil, "甘肃2019年12月像流感、腮腺炎、拉肚子这一类（丙类）的病一共报了多少？")
	if first := firstLine(a.Text); !strings.Contains(first, "8324例") {
		t.Errorf("want the class's cases, 8324例:\n%s", a.Text)
	}
}

// A class asked by name ("乙类传染病报了多少例") is not answered by another
// class's count ("丙类传染病中…其余8种传染病共报告发病39697例"), though that
// label shares more of its words (made-up bulletin).
func TestDiseaseClassNotAnotherClass(t *testing.T) {
	b := botOver(t, map[string]string{
		"yuebao.txt": "2019年4月某省法定传染病疫情\n2019年4月,全省共报告法定传染病发病46910例,死亡318人。" +
			"乙类传染病除传染性非典型肺炎、脊髓灰质炎等9种传染病无发病、死亡病例报告外,其余17种共报告发病16213例,死亡317人。\n" +
			"同期,全省丙类传染病中黑热病、包虫病和丝虫病无发病、死亡病例报告,其余8种传染病共报告发病30697例,死亡1人。\n",
	})
	a := ask(t, b, nil, "2019年4月乙类传染病报了多少例？")
	if first := firstLine(a.Text); !strings.Contains(first, "16213例") || strings.Contains(a.Text, "30697") {
		t.Errorf("want the class's cases, 16213例:\n%s", a.Text)
	}
}

// The classes asked together ("甲乙丙类…加起来") are answered by their total,
// not by one class's count (made-up bulletin table).
func TestDiseaseClassesTogether(t *testing.T) {
	b := botOver(t, map[string]string{
		"yuebao.txt": "2023年7月某省法定传染病疫情概况\n2023年7月,全省共报告甲类传染病发病1例;乙类传染病发病21537例;丙类传染病发病25019例。\n" +
			"病种 | 发病数 | 死亡数\n甲乙丙类总计 | 46557 | 261\n甲类传染病合计 | 1 | 0\n乙类传染病合计 | 21537 | 260\n",
	})
	a := ask(t, b, nil, "2023年7月甲乙丙类法定传染病加起来一共报了多少例？")
	if first := firstLine(a.Text); !strings.Contains(first, "46557") {
		t.Errorf("want the total 46557:\n%s", a.Text)
	}
}

// Two classes asked together by their names ("甲类乙类传染病") are answered
// by the count of both ("甲、乙类传染病11835例"), not dropped as naming
// 甲类 alone, nor answered by another class's count (made-up bulletin).
func TestDiseaseClassesAskedTogether(t *testing.T) {
	b := botOver(t, map[string]string{
		"yuebao.txt": "2018年8月某省法定传染病疫情概况\n2018年8月,全省共报告甲、乙类传染病11835例,死亡29人。同期,全省共报告丙类传染病11004例。\n",
	})
	a := ask(t, b, nil, "某省2018年8月甲类乙类传染病一共报了多少例？")
	if first := firstLine(a.Text); !strings.Contains(first, "11835例") {
		t.Errorf("want both classes' cases, 11835例:\n%s", a.Text)
	}
}

// "结核病新报告了多少人" asks the cases of TB (the table's 肺结核 发病数),
// not a class's count, nor TB's deaths broken down in a bracket (made-up
// bulletin).
func TestDiseaseCasesFromTheAnnexTable(t *testing.T) {
	b := botOver(t, map[string]string{
		"yuebao.txt": "2023年12月某市法定传染病疫情概况\n2023年12月,全市共报告法定传染病发病12240例,死亡131例(艾滋病113例、肺结核12例、丙肝4例)。乙类传染病共报告发病7739例。\n" +
			"附表:2023年12月某市法定传染病报告发病死亡统计表\n病名 | 发病数 | 死亡数1\n甲乙丙类总计 | 12096 | 128\n艾滋病 | 364 | 116\n肺结核8 | 1544 | 12\n百日咳 | 224 | 0\n",
	})
	for _, q := range []string{"某市2023年12月结核病新报告了多少人？", "某市2023年12月肺结核报了多少例？"} {
		if first := firstLine(ask(t, b, nil, q).Text); !strings.Contains(first, "1544") {
			t.Errorf("%s: want TB's cases, 1544: %s", q, first)
		}
	}
	// Deaths asked are not answered by the cases.
	if first := firstLine(ask(t, b, nil, "某市2023年12月艾滋病报告死亡多少人？").Text); strings.Contains(first, "364") {
		t.Errorf("deaths answered by the cases: %s", first)
	}
}

// One class asked ("丙类传染病报了多少例") is not answered by the sum of
// all classes, whose name holds it ("甲乙丙类传染病总计") (made-up bulletin).
func TestDiseaseClassNotTheSumOfClasses(t *testing.T) {
	b := botOver(t, map[string]string{
		"yuebao.txt": "2025年7月全国法定传染病疫情概况\n2025年7月,全国共报告法定传染病946063例。乙类传染病共报告发病513765例。丙类传染病共报告发病432295例。\n" +
			"2025年7月全国法定传染病报告发病、死亡统计表\n病名 | 发病数 | 死亡数\n甲乙丙类传染病总计 | 946063 | 2019\n甲乙类传染病合计 | 513768 | 2010\n",
	})
	if first := firstLine(ask(t, b, nil, "2025年7月全国丙类传染病报了多少例？").Text); !strings.Contains(first, "432295") {
		t.Errorf("want the class's cases, 432295: %s", first)
	}
}

// Deaths asked with which way they went ("死于疟疾…比2018年多了还是少了")
// are answered by the deaths of both years, not by the change of the
// cases in the sentence before (made-up news).
func TestDeathsChangeNotTheCasesChange(t *testing.T) {
	b := botOver(t, map[string]string{
		"01_quanguo_nueji_2020.txt": "中国连续3年无本土疟疾病例报告\n2019年全国报告疟疾病例2674例,较2018年减少了4例。\n2019年我国疟疾死亡病例数为19例,较2018年的7例有较多增加。\n",
	})
	first := firstLine(ask(t, b, nil, "2019年全国有多少人死于疟疾，比2018年多了还是少了？").Text)
	if !strings.Contains(first, "19例") || strings.Contains(first, "4例") {
		t.Errorf("want the deaths, 19例: %s", first)
	}
}
