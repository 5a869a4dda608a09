package bot_test

import (
	"strings"
	"testing"
)

// A question that names a whole and then, after a comma, the part of it
// asked ("主动公开的东西里，医疗卫生方面的有几条") is answered by the part's
// figure, not by one whose label shares more of the whole's words.
func TestPartAskedAfterItsWhole(t *testing.T) {
	b := botOver(t, map[string]string{
		"某县2022年信息公开年报.txt": "某县卫生健康局2022年政府信息公开工作年度报告\n一、总体情况\n" +
			"2022年我局通过政府信息公开平台主动公开工作信息20条,医疗卫生信息8条,财政管理信息6条,共公开信息44条。\n",
	})
	a := ask(t, b, nil, "某县卫健局2022年主动公开的东西里，医疗卫生方面的有几条？")
	first := strings.SplitN(a.Text, "\n", 2)[0]
	if !strings.Contains(first, "8条") {
		t.Errorf("want 医疗卫生信息 8条 first:\n%s", a.Text)
	}
}

// A part named as a kind of its whole ("医院这一类的医疗卫生机构") is
// answered by the part's count, though its label reads as another
// indicator than the whole the question names.
func TestKindOfWholeAsked(t *testing.T) {
	b := botOver(t, map[string]string{
		"吉林省2019年医疗机构统计.txt": "吉林省2019年医疗卫生机构统计\n" +
			"2019年吉林省医疗卫生机构数为34238个,比2018年减少了1791个。其中:基层医疗卫生机构数为32275个;医院医疗卫生机构数为1364个,比2018年减少了5个。\n",
	})
	a := ask(t, b, nil, "吉林省2019年医院这一类的医疗卫生机构有多少个？")
	first := strings.SplitN(a.Text, "\n", 2)[0]
	if !strings.Contains(first, "1364个") || strings.Contains(a.Text, "34238") {
		t.Errorf("want the 医院 row, 1364个, first and the whole's count nowhere:\n%s", a.Text)
	}
}
