package corpus

import (
	"maps"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// A crawled table of two hospitals, its cells run together on one line
// (made-up figures), gives each value its own row and column: the days of
// one hospital are not the other's, nor both under one label.
func TestRunTogetherTable(t *testing.T) {
	text := "云溪县公立医院2023年质量信息公示\n现将我县公立医院2023年质量信息指标公开如下：" +
		"质量信息公示表 运行指标县医院县中医院门诊人次412233156070" +
		"平均住院天数7.95天8.42天门急诊次均费用236.18元198.40元住院次均费用6871.20元4420.95元" +
		"药品收入（不含中药饮片）占比28.15%31.02%检查化验收入占比30.11%27.80%" +
		" 云溪县卫生健康局 2024年1月20日\n"
	r := Parse("x.txt", text, Meta{}, Options{}).Reports[0]
	want := map[string]string{
		"7.95":    "平均住院天数 县医院",
		"8.42":    "平均住院天数 县中医院",
		"198.40":  "门急诊次均费用 县中医院",
		"6871.20": "住院次均费用 县医院",
		"31.02":   "药品收入（不含中药饮片）占比 县中医院",
		"30.11":   "检查化验收入占比 县医院",
	}
	for _, f := range r.Figures {
		if f.Raw == "412233156070" {
			t.Errorf("values run together read as one: %+v", f)
		}
		if l, ok := want[f.Raw]; ok {
			if f.Label != l {
				t.Errorf("%s: label %q, want %q", f.Raw, f.Label, l)
			}
			delete(want, f.Raw)
		}
	}
	if len(want) > 0 {
		t.Errorf("not read: %v", want)
	}
}

// The rows are set on lines between bars; values that cannot be told apart
// stay as written, after the table; the signature stays below.
func TestSplitRunTogetherTables(t *testing.T) {
	in := "公示表 指标甲镇卫生院乙镇卫生院门诊人次5321748门诊次均费用81.20元76.55元住院天数6.1天5.8天药占比40.12%38.90% 县卫健局 2024年2月1日"
	want := "公示表\n指标 | 甲镇卫生院 | 乙镇卫生院\n门诊次均费用 | 81.20元 | 76.55元\n住院天数 | 6.1天 | 5.8天\n药占比 | 40.12% | 38.90%\n门诊人次5321748\n县卫健局 2024年2月1日"
	if got := splitRunTogetherTables(in); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	for _, prose := range []string{
		// Two rows only: too few to tell a table.
		"主要指标：门诊次均费用81.20元76.55元，住院天数6.1天5.8天。",
		// A sentence with figures after 指标: no column names before them.
		"各项指标完成良好，门诊次均费用81.20元76.55元住院天数6.1天5.8天药占比40.12%38.90%",
	} {
		if got := splitRunTogetherTables(prose); got != prose {
			t.Errorf("prose rewritten:\n%s", got)
		}
	}
}

// Values with no unit between them split by their decimals or ratio
// marks; integers run together do not split.
func TestSplitNumberRun(t *testing.T) {
	for run, want := range map[string]string{
		"300.27231.86": "300.27|231.86",
		"8.288.38":     "8.28|8.38",
		"1:0.371：0.78": "1:0.37|1：0.78",
		"26.31%24.86%": "26.31%|24.86%",
		"564672203588": "",
		"12.5":         "12.5",
		"7.8‰6.9‰":     "7.8‰|6.9‰",
		"1:2.5":        "1:2.5",
	} {
		if got := strings.Join(splitNumberRun(run), "|"); got != want {
			t.Errorf("%s: got %q, want %q", run, got, want)
		}
	}
}

// Splitting a run table only moves text and adds bars and line breaks:
// every other character of the input stays, once.
func FuzzSplitRunTogetherTables(f *testing.F) {
	f.Add("公示表 指标甲镇卫生院乙镇卫生院门诊人次5321748门诊次均费用81.20元76.55元住院天数6.1天5.8天药占比40.12%38.90% 县卫健局 2024年2月1日")
	f.Add("资源配置指标区医院中医院床医比1:0.371：0.78床护比1:0.711：0.8平均住院天数8.288.38抗菌药物使用强度39.4834.68")
	f.Add("项目A县B县C县甲1.1‰2.2‰3.3‰乙4%5%6%丙7.17.27.3")
	f.Fuzz(func(t *testing.T, s string) {
		got := splitRunTogetherTables(s)
		if utf8.ValidString(s) && !utf8.ValidString(got) {
			t.Fatalf("invalid UTF-8 from valid input: %q", got)
		}
		if a, b := runeCounts(s), runeCounts(got); !maps.Equal(a, b) {
			t.Fatalf("text changed:\n%q\n%q", s, got)
		}
	})
}

// runeCounts counts a text's characters other than bars and white space.
func runeCounts(s string) map[rune]int {
	out := map[rune]int{}
	for _, r := range s {
		if r != '|' && !unicode.IsSpace(r) {
			out[r]++
		}
	}
	return out
}
