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
