package bot_test

import (
	"strings"
	"testing"
)

// A question counting a thing in no unit ("清走了多少垃圾") is answered by
// the figure whose label ends with that thing, in whatever unit it is
// measured (吨), though its verb is the report's own (清理).
func TestCountedThingInAnyUnit(t *testing.T) {
	b := botOver(t, map[string]string{
		"某县爱国卫生月总结.txt": "某县2024年爱国卫生月活动总结\n" +
			"组织开展环境卫生集中整治行动。据统计,2024年7月全县累计清理垃圾86.5吨,清理积水512处,疏通沟渠203处。\n",
	})
	a := ask(t, b, nil, "某县2024年7月搞卫生大扫除，一共清走了多少垃圾？")
	if first := firstLine(a.Text); !strings.Contains(first, "86.5吨") {
		t.Errorf("want 清理垃圾 86.5吨 first:\n%s", a.Text)
	}
}
