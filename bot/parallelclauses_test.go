package bot_test

import (
	"strings"
	"testing"
)

// Clauses in a row that open with the verb the question asks about are
// the items of the list asked, from the first.
func TestParallelClausesAreTheItems(t *testing.T) {
	b := botOver(t, map[string]string{
		"huiyi.txt": "赤峰市召开2024年全市卫生健康工作会议\n会议指出，2023年全市医疗卫生服务能力持续增强，人民健康水平持续提升。" +
			"坚持规划引领，医疗资源布局更加优化；坚持提质增量，医疗服务能力全面提升；坚持改革先行，医药卫生体制改革持续深化；" +
			"坚持医防融合，重大疾病防控成果巩固夯实；坚持统筹兼顾，健康赤峰建设卓有成效。\n会议强调，2024年要坚持以人民健康为中心。\n",
	})
	a := ask(t, b, nil, "赤峰去年卫生健康工作坚持了哪几条？")
	for _, want := range []string{"规划引领", "医防融合", "统筹兼顾"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("item %s missing: %s", want, a.Text)
		}
	}
}
