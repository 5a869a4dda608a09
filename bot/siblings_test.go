package bot_test

import (
	"strings"
	"testing"
)

// A statistics section gives the whole's beds and then, in clauses of
// their own, the parts' with the measure left to the unit: a question
// naming a part (基层机构) is answered by that part's figure.
func TestPartNamedBeforeTheMeasure(t *testing.T) {
	b := botOver(t, map[string]string{
		"某市2023年统计公报.txt": "某市2023年国民经济和社会发展统计公报\n七、卫生健康\n" +
			"年末全市各类卫生机构拥有床位4820张,比上年增长3.2%。其中,医院3310张,增长1.5%;基层医疗卫生机构1365张,增长8.1%;专业公共卫生机构145张,下降2.0%。\n",
	})
	a := ask(t, b, nil, "某市2023年乡镇卫生院、社区这些基层机构的床位有多少张？")
	first := firstLine(a.Text)
	if !strings.Contains(first, "1365张") {
		t.Errorf("want 基层医疗卫生机构 1365张 first:\n%s", a.Text)
	}
	a = ask(t, b, nil, "某市2023年各类卫生机构一共有多少张床位？")
	if first := firstLine(a.Text); !strings.Contains(first, "4820张") {
		t.Errorf("want the whole's 4820张 first for the whole asked:\n%s", a.Text)
	}
}

// Of a change given for a whole and its parts, the part the question
// names (社区卫生服务中心门诊) answers; a sibling of another measure whose
// unit does not carry the words asked (公开信息 for 行政处罚信息) does not.
func TestNamedSiblingOfAChange(t *testing.T) {
	b := botOver(t, map[string]string{
		"某区2024年工作总结.txt": "某区卫生健康委2024年工作总结\n一、医疗服务\n" +
			"本年度,区属公立医疗机构门急诊982.10万人次,同比增长3.61%。其中公立医院门急诊402.30万人次,同比增长1.12%;社区卫生服务中心门诊579.80万人次,同比增长5.4%。\n",
		"某区2024年信息公开年报.txt": "某区卫生健康委2024年政府信息公开工作年度报告\n一、总体情况\n" +
			"2024年共计公开信息57条,其中行政许可信息31条,行政处罚信息6条。\n",
	})
	a := ask(t, b, nil, "某区2024年社区卫生服务中心看门诊的人比上年多了百分之几？")
	if first := firstLine(a.Text); !strings.Contains(first, "5.4%") {
		t.Errorf("want 社区卫生服务中心门诊 5.4%% first:\n%s", a.Text)
	}
	a = ask(t, b, nil, "某区卫健委2024年行政处罚的信息公开了几条？")
	if first := firstLine(a.Text); !strings.Contains(first, "6条") {
		t.Errorf("want 行政处罚信息 6条 first:\n%s", a.Text)
	}
}
