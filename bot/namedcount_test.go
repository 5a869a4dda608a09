package bot_test

import (
	"strings"
	"testing"
)

// A set named by its number ("三大提升行动") answers a question naming it
// so ("那三个提升行动都有哪些"): the items enumerated right before its
// name, else the ordinal items after it.
func TestSetNamedByItsNumber(t *testing.T) {
	b := botOver(t, map[string]string{
		"某区卫生健康工作会议.txt": "某区召开2025年卫生健康工作会议\n" +
			"会议明确,2025年全系统创新开展守护群众健康医疗服务、卫生应急、行业治理等“三大品质提升行动”,增强群众获得感。\n",
		"某县卫生健康工作会议.txt": "某县召开2025年卫生健康工作会议\n" +
			"会议提出,今年实施“两项惠民工程”。一是实施基层能力提升工程,新建村卫生室10个。二是实施健康体检工程,为老人免费体检。\n",
	})
	a := ask(t, b, nil, "某区2025年那三个提升行动都有哪些？")
	for _, want := range []string{"“医疗服务”", "“卫生应急”", "“行业治理”"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("want item %s:\n%s", want, a.Text)
		}
	}
	// Named in quotes in the question, listed before its name with the
	// last two joined by 和, after a preposition.
	b2 := botOver(t, map[string]string{
		"某县卫生健康工作会议2023.txt": "2023年某县卫生健康工作会议召开\n" +
			"会议要求,2023年全县卫生健康系统要以党建工作、医疗服务能力、公共卫生服务水平和生育支持服务“四个提升年”为抓手,谋划好全县卫生健康工作。\n",
	})
	a = ask(t, b2, nil, "某县2023年卫健工作说的“四个提升年”是哪几个方面？")
	for _, want := range []string{"“党建工作”", "“医疗服务能力”", "“公共卫生服务水平”", "“生育支持服务”"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("want item %s:\n%s", want, a.Text)
		}
	}
	a = ask(t, b, nil, "某县2025年那两项工程分别是什么？")
	for _, want := range []string{"一是实施基层能力提升工程", "二是实施健康体检工程"} {
		if !strings.Contains(a.Text, "“"+want) {
			t.Errorf("want item %s:\n%s", want, a.Text)
		}
	}
}

// A set named by its number and listed after 分别是 ("涵盖四大行动,分别是:
// A、B、C、D。") answers a question asking its members by kind ("方案里都有
// 哪些行动"), item by item.
func TestSetListedAfterItsNumber(t *testing.T) {
	b := botOver(t, map[string]string{
		"某区实施方案解读.txt": "某区人均预期寿命提升实施方案解读\n二、总体目标和重点行动\n" +
			"一是总体目标。到2027年,全区人均预期寿命达到80岁。二是重点行动。涵盖四大行动,分别是:居民健康素养提升行动、重大疾病攻坚行动、母婴健康保障行动、意外伤害遏制行动。\n",
	})
	a := ask(t, b, nil, "某区提升人均寿命的方案里都有哪些行动？")
	for _, want := range []string{"“居民健康素养提升行动”", "“意外伤害遏制行动”"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("want item %s:\n%s", want, a.Text)
		}
	}
}
