package bot_test

import (
	"strings"
	"testing"
)

// A question naming one institution ("县人民医院") is not answered by the
// figure of a report about another of the county's (its 中医院), though it
// counts the same thing; a question naming that one is (made-up reports).
func TestFigureOfAnotherInstitution(t *testing.T) {
	b := botOver(t, map[string]string{
		"yusuan.txt": "桐城市中医院2024年部门预算情况说明\n一、基本情况\n医院现有2个院区，老院区编制床位255张，新城分院开放床位450张。\n",
	})
	a := ask(t, b, nil, "桐城市人民医院现在开了多少张床？")
	if strings.Contains(a.Text, "450") || strings.HasPrefix(a.Text, "根据资料") {
		t.Errorf("another hospital's beds given:\n%s", a.Text)
	}
	a = ask(t, b, nil, "桐城市中医院新城分院开了多少张床？")
	if !strings.Contains(firstLine(a.Text), "450张") {
		t.Errorf("want the 中医院's own beds:\n%s", a.Text)
	}
}

// A township health centre named without its grade ("武店镇卫生院") is the
// one whose name holds it ("凤阳县武店镇中心卫生院").
func TestInstitutionNamedWithoutGrade(t *testing.T) {
	b := botOver(t, map[string]string{
		"新闻.txt": "凤阳县武店镇中心卫生院新院区开工建设\n武店镇中心卫生院新院区建设所在位置X068县道与创新大道,占地面积60.31亩,建筑总面积12800平方米。\n",
	})
	a := ask(t, b, nil, "凤阳武店镇卫生院新院子占了多大一块地？")
	if !strings.Contains(firstLine(a.Text), "60.31亩") {
		t.Errorf("want 60.31亩:\n%s", a.Text)
	}
}
