package figures

import "testing"

// A task given in brackets after its name ("全年筛查任务(6.6万人)") or after
// 为 is a target; tasks counted as done ("完成国家任务310个") and a share of
// a task ("占目标任务的53%") are not.
func TestTaskGivenIsTarget(t *testing.T) {
	for _, c := range []struct {
		sentence, raw string
		target        bool
	}{
		{"全市共进行宫颈癌筛查68059人,占全年筛查任务(6.6万人)的103.12%。", "6.6", true},
		{"全市共进行宫颈癌筛查68059人,占全年筛查任务(6.6万人)的103.12%。", "68059", false},
		{"完成“双随机、一公开”国家任务310个、省级任务150个。", "310", false},
		{"完成对上争取1316万元，占目标任务的53%。", "53", false},
	} {
		if f := figureOf(t, c.sentence, c.raw); f.Raw != "" && f.Target != c.target {
			t.Errorf("%s %s: target %v, want %v", c.sentence, c.raw, f.Target, c.target)
		}
	}
}

// A table row read as a sentence ("中医医院 88 21856 23478 8335 10389") gives
// no figure whose label holds the row's other cells.
func TestTableRowIsNoSentence(t *testing.T) {
	for _, f := range Extract("    中医医院 88 21856 23478 8335 10389") {
		if numberFields(f.Label) >= 2 {
			t.Errorf("label of cells: %q = %s", f.Label, f.Raw)
		}
	}
}
