package bot_test

import (
	"strings"
	"testing"
)

// A monthly bulletin compares each count with the month before and with
// the same month a year earlier, the bases in brackets: each question gets
// the change against the base it names, for the notifiable diseases as a
// whole (法定传染病), not their deaths (made-up bulletin).
func TestMonthlyChangeAgainstTheBaseAsked(t *testing.T) {
	b := botOver(t, map[string]string{
		"yuebao.txt": "2020年5月重庆市法定传染病疫情概况\n2020年5月,全市共报告法定传染病病例10087例,较上月同期(9013例)上升11.92%,较去年同期(24437例)下降58.72%;" +
			"死亡90例,较上月同期(70例)上升28.57%,较去年同期(95例)下降5.26%。\n",
	})
	for q, want := range map[string]string{
		"重庆2020年5月法定传染病总数跟去年5月比降了多少？": "58.72%",
		"重庆2020年5月法定传染病比上月涨了多少？":      "11.92%",
	} {
		a := ask(t, b, nil, q)
		if first := firstLine(a.Text); !strings.Contains(first, want) {
			t.Errorf("%s: want %s:\n%s", q, want, a.Text)
		}
		if want == "11.92%" && strings.Contains(a.Text, "58.72%") {
			t.Errorf("%s: the change over the year before listed too:\n%s", q, a.Text)
		}
		if want == "58.72%" && strings.Contains(a.Text, "11.92%") {
			t.Errorf("%s: the change over the month before listed too:\n%s", q, a.Text)
		}
	}
}

// A change in brackets after the level it is the change of ("病床增加到
// 15994张(增长2.9%)") is quoted with that level, which a question asking
// both ("加到多少张了，比上年涨了百分之几") wants too (made-up news).
func TestChangeQuotedWithItsLevel(t *testing.T) {
	b := botOver(t, map[string]string{
		"huiyi.txt": "中山市2022年卫生健康工作综述\n2022年,我市医疗资源提质扩容,全市医疗卫生机构总数增加到1180个(增长10.8%),病床增加到15994张(增长2.9%)。\n",
	})
	a := ask(t, b, nil, "中山2022年病床加到多少张了，比上年涨了百分之几？")
	for _, want := range []string{"15994张", "2.9%"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("%s missing:\n%s", want, a.Text)
		}
	}
	if strings.Contains(a.Text, "10.8%") {
		t.Errorf("another measure's change quoted:\n%s", a.Text)
	}
}

// A change given as an amount then in percent ("较上年决算数增加10,123.06
// 万元,增长8.7%") is quoted whole; asked "去年…比前年多了多少", the change
// over the year before answers, not the same amount named as a reason
// elsewhere (made-up accounts).
func TestChangeAmountQuotedWithItsPercent(t *testing.T) {
	b := botOver(t, map[string]string{
		"juesuan.txt": "开州区人民医院2023年度部门决算情况说明\n1.总体情况。2023年度收入总计119,973.58万元。收支较上年决算数增加12,019.38万元,增长10.13%,主要原因是本年收入合计数增加9,123.06万元,年初结转和结余减少420.01万元。\n" +
			"2.收入情况。2023年度收入合计116,023.94万元,较上年决算数增加9,123.06万元,增长8.5%,主要原因是:2023年度事业收入同比增加10,421.88万元。\n",
	})
	a := ask(t, b, nil, "开州区人民医院2023年收入合计比上年多了多少？")
	_, quoted, _ := strings.Cut(a.Text, "原文：")
	quoted, _, _ = strings.Cut(quoted, "\n")
	for _, want := range []string{"9,123.06万元", "8.5%"} {
		if !strings.Contains(quoted, want) {
			t.Errorf("%s not quoted:\n%s", want, a.Text)
		}
	}
}

// Money spent asked in speech ("花出去的钱比前年少了多少") is answered by
// the accounts' change of 支出, a label that is exactly the official term
// the lay words stand for (made-up accounts).
func TestSpendingAskedInSpeech(t *testing.T) {
	b := botOver(t, map[string]string{
		"juesuan.txt": "重庆市梁平区梁山街道社区卫生服务中心2024年度决算公开说明\n1.收入情况。2024年度收入合计5436.03万元,与2023年度相比,减少213.57万元。\n" +
			"2.支出情况。2024年度支出合计5372.59万元,与2023年度相比,减少123.79万元,下降2.1%。\n",
	})
	a := ask(t, b, nil, "梁山街道社区中心2024年花出去的钱比上年少了多少？")
	if first := firstLine(a.Text); !strings.Contains(first, "123.79万元") {
		t.Errorf("want the spending's change, 123.79万元:\n%s", a.Text)
	}
}

// A gap asked against a whole area ("比全国高出多少") is answered by the
// gap to that area, not by the change over the year before beside it
// (made-up bulletin).
func TestGapToTheAreaAsked(t *testing.T) {
	b := botOver(t, map[string]string{
		"jiance.txt": "2019年福建省居民健康素养监测结果\n2019年福建省居民总体健康素养水平为20.98%,比2018年提升2.41个百分点,比全国健康素养水平高出1.81个百分点。\n",
	})
	a := ask(t, b, nil, "福建2019年居民健康素养水平比全国高出多少？")
	if first := firstLine(a.Text); !strings.Contains(first, "1.81个百分点") {
		t.Errorf("want the gap to the country, 1.81个百分点:\n%s", a.Text)
	}
}
