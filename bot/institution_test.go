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

// A question pointing at one institution ("河下那家社区医院") asks
// something of it, not how many such institutions there are (made-up
// report).
func TestPointedInstitutionIsNotCounted(t *testing.T) {
	b := botOver(t, map[string]string{
		"huaian.txt": "淮安市2024年基层卫生工作亮点\n全市共有社区卫生服务中心25家。\n河下社区卫生服务中心,一家社区医院,2024年门诊量达21.8万人次,住院1.1万人次。\n",
	})
	a := ask(t, b, nil, "淮安河下那家社区医院2024年看了多少门诊？")
	if first := firstLine(a.Text); !strings.Contains(first, "21.8万人次") {
		t.Errorf("want its outpatient visits, 21.8万人次:\n%s", a.Text)
	}
}

// A hospital named by its own name ("华侨医院", "协和医院"), the short way
// staff write it ("闽江协和医院" for 闽江大学附属协和医院), or by its number
// ("二院", "市二院": 第二人民医院) is the one asked; another hospital's figure of the
// same measure is no answer (made-up introductions).
func TestHospitalNamedByItsOwnName(t *testing.T) {
	b := botOver(t, map[string]string{
		"huaqiao.txt": "华侨医院简介\n医院核定床位200张，实际开放床位120张。\n",
		"xiehe.txt":   "闽江大学附属协和医院简介\n医院核定床位500张，实际开放床位450张。\n",
		"di2.txt":     "市二院新院区简介\n医院核定床位800张，实际开放床位680张。\n",
	})
	for q, want := range map[string]string{
		"华侨医院实际开了多少张床？":  "120张",
		"闽江协和医院核定床位多少张？": "500张",
		"二院开放了多少张床？":     "680张",
	} {
		if a := ask(t, b, nil, q); !strings.Contains(firstLine(a.Text), want) {
			t.Errorf("%s: want %s:\n%s", q, want, a.Text)
		}
	}
}

// A title naming the institution asked in a short form after its place
// ("兰州手足医院年会感言" for 兰州手足外科医院) is about it: its figures
// ("该院…做手术7869台") answer, said to be undated (made-up news).
func TestInstitutionShortFormInTitle(t *testing.T) {
	b := botOver(t, map[string]string{
		"nianhui.txt": "兰州手足医院年会感言\n春节在即。兰州手足外科医院举行年会。去年该院接诊17604例、住院7539人次,做手术7869台。\n",
	})
	if a := ask(t, b, nil, "兰州手足外科医院去年一共做了几台手术？").Text; !strings.Contains(a, "7869台") {
		t.Errorf("want the operations, 7869台:\n%s", a)
	}
}

// A label that is the very term a lay phrase asked stands for ("住院" for
// "住进医院的病人") answers, however short; the institution asked
// ("手足外科医院") names no kind of the measure said to be missing
// (made-up news).
func TestBareTermLabelOfTheInstitution(t *testing.T) {
	b := botOver(t, map[string]string{
		"nianhui.txt": "兰州手足医院年会感言\n春节在即。兰州手足外科医院举行年会。去年该院接诊17604例、住院7539人次,做手术7869台。\n",
	})
	a := ask(t, b, nil, "兰州手足外科医院去年住进医院的病人有多少？").Text
	if !strings.Contains(a, "7539人次") || strings.Contains(a, "没有分出") {
		t.Errorf("want the admissions, 7539人次, with no kind missing:\n%s", a)
	}
}
