package bot_test

import (
	"strings"
	"testing"
)

// A change asked of a measure the question names with a 的 in it ("往基层
// 转诊的量涨了多少") is answered by the change of that measure (转诊量增长
// 90%), though the indicator the question names is not the label's.
func TestChangeOfAMeasureNamedWithDe(t *testing.T) {
	b := botOver(t, map[string]string{"某市2026年政府工作报告.txt": "某市2026年政府工作报告\n一、2025年工作回顾\n" +
		"扎实推进健康某市建设，三级公立医院提前两周向基层投放50%以上号源、转诊量增长90%，社区卫生服务中心实现儿科诊疗服务全覆盖。\n"})
	a := ask(t, b, nil, "某市2025年三级医院往基层转诊的量涨了多少？")
	if !strings.Contains(a.Text, "90%") {
		t.Errorf("answer lacks 90%%: %s", a.Text)
	}
}
