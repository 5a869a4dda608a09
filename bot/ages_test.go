package bot

import (
	"testing"

	"github.com/healthbot/healthbot/corpus"
)

// An age a question asks about is named by a label of the same age group,
// written as a bound or as a range.
func TestSameAges(t *testing.T) {
	for _, c := range []struct {
		question, label string
		want            bool
	}{
		{"14岁以下小孩 死亡率", "0-14岁儿童报告死亡率", true},
		{"7岁以下小孩 健康管理率", "0-6岁儿童健康管理率", true},
		{"65周岁以上老人 健康管理率", "65岁及以上老年人健康管理率", true},
		{"14岁以下小孩 死亡率", "5岁以下儿童死亡率", false},
		{"14岁以下小孩 死亡率", "户籍人口死亡率", false},
		{"死亡率", "0-14岁儿童报告死亡率", false},
	} {
		if got := sameAges(corpus.AgesNamed(c.question), c.label); got != c.want {
			t.Errorf("sameAges(%q, %q) = %v, want %v", c.question, c.label, got, c.want)
		}
	}
}

// An ordinal dose a question asks about is named by a figure's label or,
// for a label naming none, by its clause; another dose is another figure.
func TestOrdinalRelation(t *testing.T) {
	fig := func(label, sentence string) corpus.Figure {
		return corpus.Figure{Label: label, Sentence: sentence, Raw: "66.57", Unit: "%"}
	}
	for _, c := range []struct {
		question string
		fig      corpus.Figure
		want     int
	}{
		{"乙肝疫苗第3针的完成率", fig("完成第3针完成率", "10.6万人完成了第3针,完成率为66.57%"), 1},
		{"乙肝疫苗第三剂的完成率", fig("完成第3针完成率", "10.6万人完成了第3针,完成率为66.57%"), 1},
		{"乙肝疫苗第3针的完成率", fig("完成第2针完成率", "14.63万人完成了第2针,完成率为91.85%"), -1},
		{"乙肝疫苗的完成率", fig("完成第2针完成率", "14.63万人完成了第2针,完成率为91.85%"), 0},
		{"乙肝疫苗第3针的完成率", fig("完成率", "完成率为66.57%"), 0},
	} {
		if got := ordinalRelation(ordinalsOf(c.question), c.fig); got != c.want {
			t.Errorf("ordinalRelation(%q, %q) = %d, want %d", c.question, c.fig.Label, got, c.want)
		}
	}
}

// A class is named as 乙类, 甲乙类 or 三级; plain words name none.
func TestNamesClass(t *testing.T) {
	for text, want := range map[string]bool{"丙类传染病": true, "甲乙类传染病报告发病率": true, "三级医院": true, "法定传染病发病": false, "传染病": false} {
		if got := namesClass(text); got != want {
			t.Errorf("namesClass(%q) = %v, want %v", text, got, want)
		}
	}
}
