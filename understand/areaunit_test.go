package understand

import "testing"

// A size asked in words ("多大面积", "占地多大") asks an area in any unit;
// an area unit named ("多少亩") is asked as named.
func TestAreaAsked(t *testing.T) {
	checkAskedUnits(t, map[string]string{
		"恩阳今年道地药材种了多大面积？": AreaUnit,
		"新院子占了多大一块地？":     AreaUnit,
		"新院区占地面积有多少？":     AreaUnit,
		"今年种了多少亩中药材？":     "亩",
		"新建业务用房多少平方米？":    "平方米",
		"今年一共开展了几天义诊？":    "天",
		"全县有多少家托育机构，面积呢":  "家",
	})
}

// A bare 几个 after the verb of a case counts cases (例).
func TestCasesCountedWithGe(t *testing.T) {
	checkAskedUnits(t, map[string]string{
		"苏仙区累计确诊了几个？":  "例",
		"全县一共感染了几个？":   "例",
		"筛查做了多少个？":     "",
		"确诊病例里有几个是学生？": "人",
	})
}

// A day and the 截至 before it are time, like the month ("截至2月6日"),
// and so is 累计: none of them is the topic.
func TestDayAndCumulativeAreNoTopic(t *testing.T) {
	for q, want := range map[string]string{
		"截至2月6日郴州资兴市累计确诊多少例？": "确诊 例",
		"截止到3月15号全县接种了多少剂次？":  "全县接种 剂次",
		"6月龄儿童有多少？":           "6月龄儿童",
	} {
		if got := Topic(q); got != want {
			t.Errorf("Topic(%q) = %q, want %q", q, got, want)
		}
	}
	if got := AskedUnit("120急救平均多少分钟能赶到现场？"); got != "分钟" {
		t.Errorf("AskedUnit(minutes) = %q", got)
	}
}

// checkAskedUnits checks the unit AskedUnit reads from each question.
func checkAskedUnits(t *testing.T, cases map[string]string) {
	t.Helper()
	for q, want := range cases {
		if got := AskedUnit(q); got != want {
			t.Errorf("AskedUnit(%q) = %q, want %q", q, got, want)
		}
	}
}
