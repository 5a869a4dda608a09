package bot_test

import (
	"strings"
	"testing"
)

// A topic made of lay words only ("管宣传、管网上舆论") is named by the run-in
// heading holding the official term for them (意识形态): the items under it
// answer.
func TestLayTopicNamedByItsTerm(t *testing.T) {
	b := botOver(t, map[string]string{
		"青阳.txt": "县卫健委2023年工作总结\n一、党建工作\n" +
			"一是加强党性学习教育。开展集中学习70余次。二是加强党对意识形态工作的领导。严格落实定期分析研判制度。" +
			"执行信息“三审”制度,规范“健康青阳”微信公众号管理。三是落实全面从严治党主体责任。班子成员严格落实“一岗双责”。\n",
	})
	a := ask(t, b, nil, "青阳县卫健委2023年在管宣传、管网上舆论这块都做了些啥？")
	if !strings.Contains(a.Text, "三审") {
		t.Errorf("want the items under 意识形态:\n%s", a.Text)
	}
}
