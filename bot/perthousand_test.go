package bot_test

import (
	"strings"
	"testing"
)

// A count asked per thousand ("每一千个新生娃娃里…夭折的有几个") is a rate
// per mille, answered by the rate, not refused as a count.
func TestCountPerThousandIsARate(t *testing.T) {
	b := botOver(t, map[string]string{
		"公报.txt": "某县2023年国民经济和社会发展统计公报\n2023年全县传染病发病率200.17/10万，婴儿死亡率为14.8‰，孕产妇死亡率为37.91/10万。\n",
	})
	a := ask(t, b, nil, "某县2023年每一千个新生娃娃里，一岁以内夭折的大概有几个？")
	if !strings.Contains(firstLine(a.Text), "14.8‰") || strings.Contains(a.Text, "37.91") {
		t.Errorf("want the infant mortality rate alone:\n%s", a.Text)
	}
}
