package bot_test

import (
	"strings"
	"testing"
)

// A question naming a day is answered by the report counting up to that
// day, also from the sentences after the one that names it, and another
// day's count is not listed beside it (made-up reports).
func TestDayAskedOfAParagraph(t *testing.T) {
	b := botOver(t, map[string]string{
		"云溪0826.txt": "云溪市疫苗接种进展(8月)\n截至2021年8月26日,云溪市累计报告接种新冠病毒疫苗3878.98万剂次。累计接种2013.39万人,其中1877.02万人完成全程接种。全市18岁及以上常住人口全程接种率95.08%。\n",
		"云溪0906.txt": "云溪市疫苗接种进展(9月)\n截至2021年9月6日,云溪市累计报告接种新冠病毒疫苗3944.73万剂次。累计接种2029.11万人,其中1927.09万人完成全程接种。全市18岁及以上常住人口全程接种率96.59%。\n",
	})
	a := ask(t, b, nil, "云溪市2021年8月26号那会儿，18岁以上常住人口全程接种率到多少了？")
	if !strings.Contains(firstLine(a.Text), "95.08%") || strings.Contains(a.Text, "96.59") {
		t.Errorf("want 8月26日's 95.08%% alone:\n%s", a.Text)
	}
}

// "两针都打完" is what a report counts as 完成第二针剂接种 (made-up report).
func TestBothShotsAreTheSecondDose(t *testing.T) {
	b := botOver(t, map[string]string{
		"云溪0325.txt": "云溪市累计接种新冠疫苗1333.39万剂次\n截至25日17时30分,云溪市累计接种新冠疫苗1333.39万剂,累计接种832.43万人,其中完成第二针剂接种500.96万人,完成第一针剂接种331.47万人。\n",
	})
	a := ask(t, b, nil, "云溪市两针都打完的有多少人？")
	if !strings.Contains(firstLine(a.Text), "500.96万人") {
		t.Errorf("want the 500.96万人 who had the second dose:\n%s", a.Text)
	}
}

// "打上第一针" is what a report counts as 首剂次接种, and a place stating a
// target is its own (made-up news).
func TestFirstShotIsTheFirstDose(t *testing.T) {
	b := botOver(t, map[string]string{
		"疫苗接种进展.txt": "上海有序推进疫苗接种\n3月24日,上海市卫生健康系统有序推进新冠疫苗接种工作,累计接种245.8万人。一些城市已经拟定了接种覆盖率目标。例如,石家庄市明确,到今年4月底要完成401万人的首剂次接种。\n",
	})
	a := ask(t, b, nil, "石家庄打算4月底前让多少人打上第一针？")
	if !strings.Contains(firstLine(a.Text), "401万人") {
		t.Errorf("want 石家庄's 401万人:\n%s", a.Text)
	}
}
