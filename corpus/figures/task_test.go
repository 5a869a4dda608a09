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
		{"截至5月底:糖尿病用药免费服用3120人,完成任务数的104.5%", "104.5", false},
		{"全市加强针目标人数是73万人,当日接种412剂次。", "412", false}, // the people to be reached: no goal of what follows
		{"全市加强针目标人数是73万人,当日接种412剂次。", "73", true},
		{"全市两癌免费检查目标人数15400人,已完成宫颈癌筛查10116人。", "15400", true},
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

// A task in brackets after the figure done ("筛查6186人(任务数6000)") is
// that figure's task, in its unit, and makes no target of the figures
// after the bracket.
func TestTaskInBracketsOfFigureBefore(t *testing.T) {
	sentence := "本年度已开展农村妇女宫颈癌筛查3186人(任务数3000)、乳腺癌筛查1208人(任务数1100),均超额完成年度目标任务。"
	want := map[string]struct {
		label, unit string
		target      bool
	}{
		"3186": {"开展农村妇女宫颈癌筛查", "人", false},
		"3000": {"开展农村妇女宫颈癌筛查任务数", "人", true},
		"1208": {"乳腺癌筛查", "人", false},
		"1100": {"乳腺癌筛查任务数", "人", true},
	}
	for _, f := range Extract(sentence) {
		w, ok := want[f.Raw]
		if !ok {
			continue
		}
		if f.Label != w.label || f.Unit != w.unit || f.Target != w.target {
			t.Errorf("%s: %q %q target %v, want %q %q %v", f.Raw, f.Label, f.Unit, f.Target, w.label, w.unit, w.target)
		}
		delete(want, f.Raw)
	}
	if len(want) > 0 {
		t.Errorf("not read: %v", want)
	}
}

// A part that only says a change ("其中今年新增431个") counts what its whole
// counts: 新增托位, and its bracketed task is that change's task.
func TestBareChangeNamedByItsWhole(t *testing.T) {
	want := map[string]string{"512": "新增托位", "400": "新增托位目标数"}
	for _, f := range Extract("截至目前,托位数累计1210个,其中今年新增512个(目标数400);") {
		if w, ok := want[f.Raw]; ok && f.Label != w {
			t.Errorf("%s: %q, want %q", f.Raw, f.Label, w)
		}
	}
}

// The number after "第20条和" numbers another article, no figure.
func TestArticleAfterAnOrdinal(t *testing.T) {
	for _, f := range Extract("认真对照梳理《条例》第19条和20条规定的信息公开情况,主动公开政府信息1350条。") {
		if f.Raw == "20" {
			t.Errorf("an article's number read as a figure: %s = %s%s", f.Label, f.Raw, f.Unit)
		}
	}
}

// A task a share is taken of ("占全年筛查任务(6.6万人)的103.12%") is the
// task of what the figure before counts: 宫颈癌筛查任务.
func TestTaskOfShare(t *testing.T) {
	want := map[string]string{"5.6": "宫颈癌筛查任务", "5.7": "乳腺癌筛查任务"}
	for _, f := range Extract("全市共进行宫颈癌筛查58059人,占全年筛查任务(5.6万人)的103.68%;乳腺癌筛查59832人,占全年筛查任务(5.7万人)的104.97%;") {
		if l, ok := want[f.Raw]; ok && (f.Label != l || !f.Target) {
			t.Errorf("%s: %q target %v, want %q, a target", f.Raw, f.Label, f.Target, l)
		}
	}
}
