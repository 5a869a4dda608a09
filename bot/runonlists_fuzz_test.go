package bot

import (
	"strings"
	"testing"
)

// fuzzListReader fuzzes a reader of run-on lists with seeds: no panic, and
// either no list or lo..hi non-empty items.
func fuzzListReader(f *testing.F, seeds []string, read func(string) ([]listItem, bool), lo, hi int) {
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		items, ok := read(text)
		if !ok {
			return
		}
		if len(items) < lo || len(items) > hi {
			t.Fatalf("%q: %d items", text, len(items))
		}
		for _, it := range items {
			if strings.TrimSpace(it.text) == "" {
				t.Fatalf("%q: empty item", text)
			}
		}
	})
}

// FuzzSemicolonItems checks the semicolon list reader on any text.
func FuzzSemicolonItems(f *testing.F) {
	fuzzListReader(f, []string{
		"《规划》明确5个方面的具体目标:甲更加健康,乙;丙更加强大;丁;戊。", "提出三项任务：一;二;三", "明确两个方面:", "10项:;;;",
		"", "\xff5个方面:\xfe;\xfd", strings.Repeat("3个方面:甲;", 20),
	}, func(text string) ([]listItem, bool) {
		return semicolonItems("定了哪几个方面的目标，有哪几项", []Source{{N: 1, Text: text}})
	}, 2, 99)
}

// FuzzColonItems checks the reader of lists run on after a colon on any
// text.
func FuzzColonItems(f *testing.F) {
	fuzzListReader(f, []string{
		"对2020年重点工作进行安排部署:一是攻克难点,落地;二是抓牢重点;三是夯实支点。", "重点工作:一是", "重点工作：一是甲二是乙三是丙",
		"", "\xff重点工作:一是\xfe二是", strings.Repeat("重点工作:一是甲;", 12),
	}, func(text string) ([]listItem, bool) {
		return colonItems("会上安排了哪几件重点工作", []Source{{N: 1, Text: text}})
	}, 2, maxColonItems)
}

// FuzzNamedCountItems checks the reader of sets named by their number on
// any text: as many items as the question's number.
func FuzzNamedCountItems(f *testing.F) {
	fuzzListReader(f, []string{
		"开展医疗服务、卫生应急、行业治理等“三大品质提升行动”。", "实施“三大提升行动”。一是甲。二是乙。三是丙。", "等“三大提升行动", "、、等三大提升行动",
		"", "\xff等三大提升行动\xfe", strings.Repeat("甲、", 10) + "等三大提升行动",
	}, func(text string) ([]listItem, bool) {
		return namedCountItems("那三个提升行动都有哪些", []Source{{N: 1, Text: text}})
	}, 3, 3)
}

// FuzzListedSetItems checks the reader of sets listed after their number
// on any text.
func FuzzListedSetItems(f *testing.F) {
	fuzzListReader(f, []string{
		"涵盖三大行动,分别是:甲行动、乙行动、丙行动。", "三大行动分别是", "2项工程包括:、", "", "\xff三大行动,分别是:\xfe、\xfd",
		strings.Repeat("甲、", 30),
	}, func(text string) ([]listItem, bool) {
		return listedSetItems("方案里都有哪些行动？", []Source{{N: 1, Text: text}})
	}, 2, 99)
}

// FuzzTitleHolderItems checks the reader of a title's holder on any text:
// no panic, and either nothing or one non-empty clause.
func FuzzTitleHolderItems(f *testing.F) {
	fuzzListReader(f, []string{
		"县委副书记、统战部部长唐伟文出席并讲话，副县长李艳辉、县政协副主席梁黎超参加。", "副县长", "副县长李艳", "县长王强出席",
		"", "\xff副县长\xfe李", strings.Repeat("副县长甲乙、", 20),
	}, func(text string) ([]listItem, bool) {
		return titleHolderItems("是哪位副县长参加的", []Source{{N: 1, Text: text}})
	}, 1, 1)
}
