package bot_test

import (
	"strings"
	"testing"
)

// A size asked of a building is the area in the sentence on that building,
// whatever the figure's label ("建筑规模"), not another building's.
func TestAreaOfTheBuildingAsked(t *testing.T) {
	b := botOver(t, map[string]string{
		"summary.txt": "南陵县卫生健康局2018年工作总结\n一、项目建设\n建筑规模8500平方米的妇幼保健院、苏基卫生院、卫生监督所综合服务楼项目主体工程完工,达到入住条件。建筑规模约10000平方米的县中医院迁建项目完成主体建设。\n",
	})
	a := ask(t, b, nil, "南陵县新盖的妇幼保健院、苏基卫生院、卫监所那栋综合服务楼多大面积？")
	head, _, _ := strings.Cut(a.Text, "\n")
	if !strings.Contains(head, "8500平方米") || strings.Contains(head, "10000") {
		t.Errorf("want the service building's 8500平方米:\n%s", a.Text)
	}
}
