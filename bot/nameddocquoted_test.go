package bot_test

import (
	"strings"
	"testing"
)

// A question naming a plan ("十三五卫生与健康规划里，…婴儿死亡率要控制在多少")
// is answered by another text quoting the plan by its name ("《“十三五”卫生
// 与健康规划》提出,…婴儿死亡率应小于7.5‰"), not by that text's own
// figures (made-up texts).
func TestNamedDocumentQuotedElsewhere(t *testing.T) {
	b := botOver(t, map[string]string{
		"02_guihua.txt":  "国务院印发“十三五”卫生与健康规划\n规划提出，到2020年，人民健康水平持续提升，主要健康指标居于中高收入国家前列。\n",
		"03_gongbao.txt": "国家卫健委发布统计公报\n2018年，婴儿死亡率从6.8‰下降到6.1‰。\n《“十三五”卫生与健康规划》提出,到2020年我国婴儿死亡率应小于7.5‰。\n",
	})
	a := ask(t, b, nil, "十三五卫生与健康规划里，到2020年全国婴儿死亡率要控制在多少以内？").Text
	if first := firstLine(a); !strings.Contains(first, "7.5‰") {
		t.Errorf("want the plan's target quoted elsewhere, 7.5‰:\n%s", a)
	}
}
