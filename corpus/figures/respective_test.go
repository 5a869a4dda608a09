package figures

import "testing"

// Changes listed after 分别 take, in order, the labels of the levels just
// before them.
func TestRespectiveChanges(t *testing.T) {
	cases := []struct {
		sentence string
		want     map[string]string // raw value → label
	}{
		{"医院、卫生院拥有床位16.05万张,卫生技术人员16.32万人,分别较2012年增长45.63%、43.83%。",
			map[string]string{"45.63": "医院、卫生院拥有床位", "43.83": "卫生技术人员"}},
		{"这十年,合肥市医疗卫生机构3543家,增长68.72%,每千人口床位数7.24张、执业(助理)医师数3.26人、注册护士数4.09人,分别增长53.39%、68.04%、77.83%。",
			map[string]string{"68.72": "合肥市医疗卫生机构", "53.39": "每千人口床位数", "68.04": "每千人口执业医师数", "77.83": "每千人口注册护士数"}},
		// The last change after 和; the base before 分别.
		{"全区医疗卫生机构总数达到1234个、床位15678张、卫生技术人员21987人,分别比2012年增长18.5%、90%和120.25%。",
			map[string]string{"18.5": "医疗卫生机构总数", "90": "床位", "120.25": "卫生技术人员"}},
		// The levels before their object, which the changes follow.
		{"截至2015年,全省已有95.93%的社区卫生服务中心、91.97%的乡镇卫生院、61.28%的村卫生室能够提供中医药服务,分别比2012年增长22.33%、25.47%、3.78%。",
			map[string]string{"25.47": "乡镇卫生院提供中医药服务", "3.78": "村卫生室能够提供中医药服务"}},
		{"2023年某省城市居民健康素养水平为31.5%,农村居民为29.2%,较2022年分别增长2.8和3.4个百分点。",
			map[string]string{"29.2": "农村居民健康素养水平", "2.8": "某省城市居民健康素养水平", "3.4": "农村居民健康素养水平"}},
	}
	for _, c := range cases {
		got := map[string]string{}
		for _, f := range Extract(c.sentence) {
			got[f.Raw] = f.Label
		}
		for raw, label := range c.want {
			if got[raw] != label {
				t.Errorf("%s: %s labelled %q, want %q", c.sentence, raw, got[raw], label)
			}
		}
	}
}

// 分别 may follow the starts of the changes it lists ("从2015年的5.66张、
// 2.74人、3.58人分别增加至7.38张、3.57人、4.40人"): each start and end is its
// item's, the starts of the comparison's year.
func TestStartsThenRespectiveEnds(t *testing.T) {
	figs := Extract("全市每千人口医疗卫生机构床位数、执业医师(助理)数、注册护士数从2015年的5.66张、2.74人、3.58人分别增加至7.38张、3.57人、4.40人。")
	want := []struct {
		raw, label string
		base       bool
	}{
		{"5.66", "每千人口医疗卫生机构床位数", true}, {"2.74", "每千人口执业医师(助理)数", true}, {"3.58", "每千人口注册护士数", true},
		{"7.38", "每千人口医疗卫生机构床位数", false}, {"3.57", "每千人口执业医师(助理)数", false}, {"4.40", "每千人口注册护士数", false},
	}
	if len(figs) != len(want) {
		t.Fatalf("%d figures, want %d: %+v", len(figs), len(want), figs)
	}
	for i, w := range want {
		if f := figs[i]; f.Raw != w.raw || f.Label != w.label || f.Base != w.base || w.base && f.Year != 2015 {
			t.Errorf("figure %d: %s %q base %v year %d, want %s %q base %v", i, f.Raw, f.Label, f.Base, f.Year, w.raw, w.label, w.base)
		}
	}
}

// A share written without its subject after a count is the count's share.
func TestShareTakesTheCountsSubject(t *testing.T) {
	got := map[string]string{}
	for _, f := range Extract("其中执业(助理)医师为1534人,占卫生技术人员总数的43.25%,同比增长173.44%;注册护士为1519人,占卫生技术人员总数的42.82%,同比增长75%。") {
		got[f.Raw] = f.Label
	}
	for raw, want := range map[string]string{"43.25": "执业医师占卫生技术人员总数", "42.82": "注册护士占卫生技术人员总数"} {
		if got[raw] != want {
			t.Errorf("%s labelled %q, want %q", raw, got[raw], want)
		}
	}
}

// The items of a list of shares take the whole the first one is a share
// of, listed with 、 or each with its own 占.
func TestListedSharesTakeTheWhole(t *testing.T) {
	cases := []struct{ sentence, raw, label string }{
		{"提供中医服务的社区卫生服务中心占同类机构的99.5%,社区卫生服务站占93.4%,村卫生室占81.2%。", "81.2", "村卫生室占同类机构"},
		{"提供中医服务的社区卫生服务中心占同类机构的99.5%、社区卫生服务站93.4%、村卫生室81.2%。", "93.4", "社区卫生服务站占同类机构"},
		{"全市门诊量占全省的10.5%，住院量30万人次。", "30", "住院量"},
	}
	for _, c := range cases {
		if f := figureOf(t, c.sentence, c.raw); f.Label != c.label {
			t.Errorf("%s: %s labelled %q, want %q", c.sentence, f.Raw, f.Label, c.label)
		}
	}
}

// Short items of a respective list that name only a measure parallel to
// the first's ("基本医疗保险基金总收入、总支出", "医疗卫生机构诊疗人次、出院人次")
// take the subject the first opens with; items of their own length keep
// theirs.
func TestRespectiveItemsShareTheFirstsSubject(t *testing.T) {
	s := "2023年,基本医疗保险基金(含生育保险)总收入、总支出分别为3.33万亿元、2.81万亿元。"
	if f := figureOf(t, s, "2.81"); f.Label != "基本医疗保险基金总支出" {
		t.Errorf("2.81: label %q, want 基本医疗保险基金总支出", f.Label)
	}
	s = "孕产妇死亡率、婴儿死亡率分别为12.1/10万、3.5‰。"
	if f := figureOf(t, s, "3.5"); f.Label != "婴儿死亡率" {
		t.Errorf("3.5: label %q, want 婴儿死亡率", f.Label)
	}
}
