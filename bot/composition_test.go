package bot_test

import (
	"strings"
	"testing"
)

// "那个年报都分哪几块" is answered by the sentence that says what parts the
// report is made of, not by the passages' other sentences.
func TestCompositionAsked(t *testing.T) {
	b := botOver(t, map[string]string{
		"某区年报.txt": "某区卫生健康局2025年政府信息公开工作年度报告\n" +
			"根据《中华人民共和国政府信息公开条例》的有关规定，编制本报告。本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、存在的主要问题及改进情况、其他需要报告的事项五个部分组成。" +
			"报告中所列数据截止日期为2025年12月31日。\n一、总体情况\n2025年，我局主动公开政府信息120条。\n",
	})
	a := ask(t, b, nil, "某区卫健局2025年那个信息公开年报都分哪几块？")
	first := firstExtract(a.Text)
	if !strings.Contains(first, "五个部分组成") {
		t.Errorf("want the sentence naming the parts first: %s", a.Text)
	}
}
