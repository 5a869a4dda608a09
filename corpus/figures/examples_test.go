package figures

import "testing"

// Examples listed after a count up to 等 and the noun naming them all are
// one object: the count is of that noun, not of the first example.
func TestExamplesUpToDengNameTheCounted(t *testing.T) {
	for _, c := range []struct{ sentence, raw, label string }{
		{"对4361名红黄码、密接等风险人员进行流调复盘,查找并堵塞防控风险。", "4361", "红黄码、密接等风险人员"},
		{"培训300名医生、护士等医务人员。", "300", "培训医生、护士等医务人员"},
		{"新建5个卫生院、3个社区卫生服务中心。", "5", "新建卫生院"},
	} {
		if f := figureOf(t, c.sentence, c.raw); f.Raw != "" && f.Label != c.label {
			t.Errorf("%s: label %q, want %q", c.sentence, f.Label, c.label)
		}
	}
}

// Kinds counted right before a noun that another number measures ("12类基
// 本公共卫生服务资金3728万元") leave the noun to that number's label too.
func TestKindsLeaveTheNounToTheNextNumber(t *testing.T) {
	s := "2023年度12类基本公共卫生服务资金3728万元全部执行到位。"
	if f := figureOf(t, s, "3728"); f.Raw != "" && f.Label != "基本公共卫生服务资金" {
		t.Errorf("%s: label %q, want 基本公共卫生服务资金", s, f.Label)
	}
	if f := figureOf(t, "开展12类基本公共卫生服务项目。", "12"); f.Raw != "" && f.Label != "开展基本公共卫生服务项目" {
		t.Errorf("label %q, want 开展基本公共卫生服务项目", f.Label)
	}
}

// Two counts of services joined by 和, each object closed by its own verb
// ("宫颈癌检查和…乳腺癌检查"), keep their own words; an age range ("35—64
// 岁") names the people counted.
func TestServicesJoinedByHe(t *testing.T) {
	s := "今年将完成42000名35—64岁农村妇女宫颈癌检查和8000名适龄农村妇女乳腺癌检查。"
	for raw, label := range map[string]string{"42000": "35—64岁农村妇女宫颈癌检查", "8000": "适龄农村妇女乳腺癌检查"} {
		if f := figureOf(t, s, raw); f.Raw != "" && f.Label != label {
			t.Errorf("%s: label %q, want %q", raw, f.Label, label)
		}
	}
	s = "完成20家企业职业病危害监测和10家医院监督检查。"
	if f := figureOf(t, s, "20"); f.Raw != "" && f.Label != "企业职业病危害监测" {
		t.Errorf("20: label %q, want 企业职业病危害监测", f.Label)
	}
}
