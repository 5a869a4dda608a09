package bot_test

import (
	"strings"
	"testing"
)

// A change asked from a year named ("2023年跟2020年比") is answered by the
// change measured from that year, not the one over the year before.
func TestChangeFromTheYearAsked(t *testing.T) {
	b := botOver(t, map[string]string{
		"bulletin.txt": "2023年我国卫生健康事业发展统计公报\n2023年,全国医疗卫生机构总诊疗人次95.5亿,比上年增加11.3亿人次。\n",
		"review.txt":   "十四五以来卫生健康事业发展情况\n2023年,全国医疗卫生机构总诊疗人次95.5亿人次,比2020年增长23.4%。\n",
	})
	a := ask(t, b, nil, "全国看病人次涨了多少，2023年跟2020年比？")
	if !strings.Contains(firstLine(a.Text), "23.4%") {
		t.Errorf("want the change from 2020:\n%s", a.Text)
	}
}

// A difference asked of a rate is answered by one in percentage points:
// the gap to the target asked ("超出省定目标任务(60%)22.33个百分点"), and,
// asked over the year before, that change rather than the gap to the
// country's average beside it.
func TestPercentagePointDifferences(t *testing.T) {
	b := botOver(t, map[string]string{
		"驻马店妇幼.txt": "驻马店市2022年妇幼重点项目进展\n全市共进行免费超声筛查33672人,筛查率82.33%,超出省定目标任务(60%)22.33个百分点。\n",
		"厦门健康.txt":  "厦门市2024年卫生健康工作\n2024年,厦门居民健康素养水平达到39.06%,比全国平均水平高出7.19个百分点,比上年度提高3.03个百分点。\n",
	})
	a := ask(t, b, nil, "驻马店2022年超声筛查率比省里定的目标高了多少？")
	if !strings.Contains(firstLine(a.Text), "22.33个百分点") {
		t.Errorf("want the gap to the target:\n%s", a.Text)
	}
	a = ask(t, b, nil, "厦门2024年居民健康素养水平比上一年涨了多少？")
	if !strings.Contains(firstLine(a.Text), "3.03个百分点") {
		t.Errorf("want the change over the year before:\n%s", a.Text)
	}
}

// A change asked over the year before is answered by the change measured
// from the year before the figure's own, when the report names that year
// ("较我省2022年上升了3.13个百分点" of 2023), not by the level reached nor
// by the gap to the country beside it, which is not listed either (made-up
// bulletin).
func TestChangeOverTheYearNamedBefore(t *testing.T) {
	b := botOver(t, map[string]string{
		"云溪健康素养.txt": "2023年云溪省居民健康素养水平达到30.60%\n记者获悉,2023年云溪省居民健康素养水平达到30.60%,比全国居民健康素养水平高0.9个百分点,较我省2022年上升了3.13个百分点。\n",
	})
	for _, q := range []string{"云溪省2023年健康素养水平比上年提高了多少？", "云溪省去年健康素养水平比前年提高了多少？"} {
		if a := ask(t, b, nil, q); !strings.Contains(firstLine(a.Text), "3.13个百分点") || strings.Contains(a.Text, "0.9个百分点") {
			t.Errorf("%s: want the change over 2022 alone:\n%s", q, a.Text)
		}
	}
}
