package bot_test

import (
	"strings"
	"testing"
)

// "十三五这几年…从多少涨到了多少" asks the change over the plan's years: its
// start is of the year before them (2015), kept beside the end.
func TestTrendOverAPlanPeriodKeepsItsStart(t *testing.T) {
	b := botOver(t, map[string]string{"a.txt": "某省十四五医疗卫生服务体系规划\n一、发展基础\n每千人口床位数、执业(助理)医师数,与2015年相比,分别从4.61张、2.25人增长到2020年的5.94张、3.22人。\n"})
	a := ask(t, b, nil, "十三五这几年，每千人口执业（助理）医师从多少涨到了多少？")
	for _, want := range []string{"2.25人", "3.22人"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("answer lacks %s: %s", want, a.Text)
		}
	}
}
