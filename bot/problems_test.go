package bot_test

import (
	"strings"
	"testing"
)

// "有哪些短板" is answered by the shortcomings the report states, the whole
// list, not by its other sentences on the topic (made-up news).
func TestShortcomingsAsked(t *testing.T) {
	b := botOver(t, map[string]string{
		"zhongyi.txt": "云溪县召开2023年中医药发展工作推进会\n会议指出,近年来全县中医药事业发展成效明显,建成中医馆18个。" +
			"但仍然存在中医药人才资源总量不足,高层次人才匮乏;中医药特色不突出,中医重点专科建设薄弱,竞争力不强;中药材种植基地规模较小等突出问题。\n",
	})
	a := ask(t, b, nil, "云溪搞中医药现在主要有哪些短板？")
	for _, w := range []string{"人才资源总量不足", "中医重点专科建设薄弱"} {
		if !strings.Contains(a.Text, w) {
			t.Errorf("want the shortcomings, %s among them:\n%s", w, a.Text)
		}
	}
	if strings.Contains(a.Text, "建成中医馆18个") {
		t.Errorf("an achievement quoted as a shortcoming:\n%s", a.Text)
	}
}
