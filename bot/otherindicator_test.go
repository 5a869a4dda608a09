package bot_test

import (
	"strings"
	"testing"
)

// A figure of another indicator of the catalogue written beside the one
// asked ("新生儿死亡率" beside "婴儿死亡率") is not listed with it.
func TestNeighbouringIndicatorNotListed(t *testing.T) {
	b := botOver(t, map[string]string{
		"某区2022年卫生健康工作总结.txt": "某区卫生健康局2022年工作总结\n一、主要工作\n" +
			"全区孕产妇死亡率为0，新生儿、婴儿和5岁以下儿童死亡率分别为0.81‰、1.47‰、2.06‰。\n",
	})
	a := ask(t, b, nil, "某区2022年婴儿死亡率是多少？")
	if !strings.Contains(a.Text, "1.47‰") {
		t.Fatalf("answer lacks 1.47‰: %s", a.Text)
	}
	for _, other := range []string{"0.81‰", "2.06‰"} {
		if strings.Contains(a.Text, other) {
			t.Errorf("answer lists %s, another indicator's figure: %s", other, a.Text)
		}
	}
}
