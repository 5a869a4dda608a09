package corpus

import "testing"

// A unit's name on the line above a title that names no place is part of
// the title; a place's bureau above a title of its own place is not added.
func TestUnitNameAboveTitle(t *testing.T) {
	for text, want := range map[string]string{
		"大足区智凤街道社区卫生服务中心\n2026年部门预算情况说明\n一、单位基本情况\n本单位为公益一类事业单位。\n": "大足区智凤街道社区卫生服务中心 2026年部门预算情况说明",
		"\n  巫山县人民医院\n\n2025年部门决算情况说明\n一、单位基本情况\n本单位为公益二类事业单位。\n":   "巫山县人民医院 2025年部门决算情况说明",
		"各科室：\n巫山县2026年部门预算情况说明\n一、单位基本情况\n本单位为公益一类事业单位。\n":         "巫山县2026年部门预算情况说明",
	} {
		if got := Parse("t.txt", text, Meta{}, Options{}).Reports[0].Title; got != want {
			t.Errorf("title %q, want %q", got, want)
		}
	}
}
