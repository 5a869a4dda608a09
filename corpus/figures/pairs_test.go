package figures

import (
	"strings"
	"testing"
)

// clausesBefore, one pass over the sentence, says what scanning back from
// each value says: the clause (back to ，,；;。) holds 从/由, holds 分别, and
// 分别 comes anywhere before. Checked at every character of a few sentences.
func TestClausesBeforeMatchesScanBack(t *testing.T) {
	for _, s := range []string{
		"城乡居民人均可支配收入从2021年的46503元和16935元分别提高到58794元和23184元",
		"分别从2020年的10%、20%提高到2025年的30%、40%；由5个增至8个，共计12个。分别",
		"孕产妇死亡率和婴儿死亡率分别为8.5/10万和3.2‰,比上年由9降到8;分",
		"分别",
		"",
	} {
		var figs []Figure
		for i := range s {
			figs = append(figs, Figure{Start: i})
		}
		figs = append(figs, Figure{Start: len(s)}, Figure{Start: 0}) // out of order too
		got := clausesBefore(s, figs)
		for i, f := range figs {
			before := s[:f.Start]
			k := strings.LastIndexAny(before, "，,；;。")
			want := clauseBefore{
				change:               strings.ContainsAny(before[k+1:], "从由"),
				respectively:         strings.Contains(before[k+1:], "分别"),
				respectivelyAnywhere: strings.Contains(before, "分别"),
			}
			if got[i] != want {
				t.Errorf("%q before byte %d: got %+v, want %+v", s, f.Start, got[i], want)
			}
		}
	}
}

// A kind of the same things after a comma ("新增托位1140个,普惠托位685个")
// counts new ones too; another measure after a comma keeps its label.
func TestNewVerbSharedAfterComma(t *testing.T) {
	got := map[string]string{}
	for _, f := range Extract("新增托位1140个,普惠托位685个,执业医师10人。") {
		got[f.Raw] = f.Label
	}
	for raw, want := range map[string]string{"1140": "新增托位", "685": "新增普惠托位", "10": "执业医师"} {
		if got[raw] != want {
			t.Errorf("%s labelled %q, want %q", raw, got[raw], want)
		}
	}
}

// A label read across a table row's bars keeps neither the bars nor the
// cell that numbers the row.
func TestCellLabel(t *testing.T) {
	for in, want := range map[string]string{"2 | 新增托位": "新增托位", "| 01 | `人均预期寿命": "人均预期寿命", "接种HPV疫苗` |的适龄女生": "接种HPV疫苗的适龄女生", "床位数": "床位数"} {
		if got := cellLabel(in); got != want {
			t.Errorf("cellLabel(%q) = %q, want %q", in, got, want)
		}
	}
}

// A part of the people named alone after 其中 ("其中男性81.25岁", in
// brackets too) is that part's value of the measure before it.
func TestPopulationPartOfMeasure(t *testing.T) {
	got := map[string]string{}
	for _, f := range Extract("2018年户籍人口期望寿命83.63岁(其中男性81.25岁,女性86.08岁),孕产妇死亡率1.15/10万。") {
		got[f.Raw] = f.Label
	}
	for raw, want := range map[string]string{"81.25": "男性户籍人口期望寿命", "86.08": "女性户籍人口期望寿命", "1.15": "孕产妇死亡率"} {
		if got[raw] != want {
			t.Errorf("%s labelled %q, want %q", raw, got[raw], want)
		}
	}
}

// A change written with its price basis ("按当年价格比上年下降5.0%", "按可
// 比价格下降5.2%") is a change of the measure before it, told from the
// other by its basis; 可比 is no comparison.
func TestPriceBasisOfChange(t *testing.T) {
	got := map[string]string{}
	for _, f := range Extract("2023年,医院次均住院费用10315.8元,按当年价格比上年下降5.0%,按可比价格下降5.2%;次均门诊费用361.6元。") {
		got[f.Raw] = f.Label + "|" + f.Qualifier
	}
	for raw, want := range map[string]string{"5.0": "医院次均住院费用按当年价格|比上年下降", "5.2": "医院次均住院费用按可比价格|下降"} {
		if got[raw] != want {
			t.Errorf("%s: %q, want %q", raw, got[raw], want)
		}
	}
}

// A manner of a word or two ("以信函形式申请35件") tells a count from its
// neighbours and stays in its label; a long one ("通过线上线下相结合的方式
// 培训") does not.
func TestShortMannerStays(t *testing.T) {
	got := map[string]string{}
	for _, f := range Extract("以信函形式申请35件,当面递交2件;通过线上线下相结合的方式培训1200人次。") {
		got[f.Raw] = f.Label
	}
	for raw, want := range map[string]string{"35": "信函形式申请", "2": "当面递交", "1200": "培训"} {
		if got[raw] != want {
			t.Errorf("%s labelled %q, want %q", raw, got[raw], want)
		}
	}
}

// "筛查率82.33%，超出省定目标任务(60%)22.33个百分点": 60% is the rate's
// target, 22.33 points how far it passed it.
func TestTargetInBracketsAfterRate(t *testing.T) {
	for _, f := range Extract("全市共进行免费超声筛查33672人,筛查率82.33%,超出省定目标任务(60%)22.33个百分点。") {
		switch f.Raw {
		case "60":
			if f.Label != "进行免费超声筛查率目标" || !f.Target {
				t.Errorf("60%%: %+v", f)
			}
		case "22.33":
			if f.Target || !strings.Contains(f.Label, "超出目标") {
				t.Errorf("22.33: %+v", f)
			}
		}
	}
}

// "每千人口托位数达到3.64个,超出省定3.4个任务指标": 3.4个 is the target the
// measure before was set, not a count of 任务指标.
func TestTargetCountAfterComparison(t *testing.T) {
	found := false
	for _, f := range Extract("全市建成托位数3918个,每千人口托位数达到3.64个,超出省定3.4个任务指标,7家托育机构全部完成示范创建工程。") {
		if f.Raw == "3.4" {
			found = true
			if f.Label != "每千人口托位数目标" || !f.Target {
				t.Errorf("3.4个: %+v", f)
			}
		}
	}
	if !found {
		t.Errorf("3.4个 not extracted")
	}
}

// A value right before "的目标" is the goal it names ("实现…接种率达到95%
// 的目标"), whatever verb comes before it.
func TestValueOfNamedGoal(t *testing.T) {
	for _, f := range Extract("实现以乡镇为单位适龄儿童免疫规划疫苗接种率达到95%的目标,现公布如下。") {
		if f.Raw == "95" && !f.Target {
			t.Errorf("95%% is no target: %+v", f)
		}
	}
}
