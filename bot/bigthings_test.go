package bot_test

import (
	"strings"
	"testing"
)

// "打算干哪些大事" asks the field's plans as a whole, in no words a passage
// repeats: the plan paragraph's items answer, not its opening alone
// (made-up news).
func TestBigThingsPlannedForTheField(t *testing.T) {
	b := botOver(t, map[string]string{
		"news.txt": "云溪县卫生健康事业高质量发展综述\n2023年,云溪县打造次中心3个,项目建设总投资9.05亿元。\n" +
			"县卫生健康局负责人说道:“2024年,县卫生健康局将继续推进健康云溪建设。开工建设突发公共卫生事件应急救援中心,加快建设县疾控中心迁建工程。" +
			"建设急诊急救“五大中心”,争创市级以上重点专科6个。持续推进紧密型县域医共体建设。”\n",
	})
	a := ask(t, b, nil, "云溪县卫健2024年打算干哪些大事？")
	for _, want := range []string{"应急救援中心", "五大中心"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("plan item %q missing:\n%s", want, a.Text)
		}
	}
}
