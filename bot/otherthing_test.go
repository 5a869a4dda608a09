package bot_test

import (
	"strings"
	"testing"
)

// A count of another thing of the kind asked ("新增停车位10万个" for 托位) is
// never stated as the answer (made-up report).
func TestOtherThingOfTheKindAsked(t *testing.T) {
	b := botOver(t, map[string]string{
		"报告.txt": "某市2025年政府工作报告\n三、2025年主要任务\n加快城市更新,新增停车位8万个,改造老旧小区120个。\n",
	})
	a := ask(t, b, nil, "某市2025年准备新增多少个托位？")
	if strings.Contains(a.Text, "为8万个") {
		t.Errorf("the parking places stated as 托位:\n%s", a.Text)
	}
}
