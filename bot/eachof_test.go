package bot_test

import (
	"strings"
	"testing"
)

// A figure asked of several things at once ("三级、二级、一级各有多少家") is
// looked up for each; kinds of one thing are not in conflict.

// hospitalGrades is a made-up statistical bulletin (the figures are
// invented).
var hospitalGrades = map[string]string{
	"某省2023年卫生健康事业发展统计公报.txt": "某省2023年卫生健康事业发展统计公报\n一、卫生资源\n" +
		"2023年全省医院共812家，其中综合医院431家、专科医院230家、民族医院6家。" +
		"按医院等级分，全省三级医院96家(其中三甲医院60家)、二级医院345家、一级医院270家、未定级医院101家。\n",
}

func TestEachOfSeveralThings(t *testing.T) {
	b := botOver(t, hospitalGrades)
	for _, q := range []string{
		"某省的医院按等级分，三级、二级、一级各有多少家？",
		"某省三级医院、二级医院和一级医院分别有多少家？",
	} {
		a := ask(t, b, nil, q)
		for _, want := range []string{"96家", "345家", "270家"} {
			if !strings.Contains(a.Text, want) {
				t.Errorf("%s: answer lacks %s: %s", q, want, a.Text)
			}
		}
		for _, w := range a.Warnings {
			if strings.Contains(w, "不一致") {
				t.Errorf("%s: kinds of hospital reported as a conflict: %s", q, w)
			}
		}
	}
}

func TestKindsAreNoConflict(t *testing.T) {
	b := botOver(t, hospitalGrades)
	a := ask(t, b, nil, "某省医院有多少家？")
	if !strings.Contains(a.Text, "812家") {
		t.Fatalf("answer lacks 812家: %s", a.Text)
	}
	for _, w := range a.Warnings {
		if strings.Contains(w, "不一致") {
			t.Errorf("专科医院 or 民族医院 reported as another value of 医院: %s", w)
		}
	}
}

// Kinds that are institutions of their own keep their names; a bare kind
// ("基层") takes the classified noun.
func TestEachOfInstitutionKinds(t *testing.T) {
	b := botOver(t, map[string]string{
		"某省2019年统计公报.txt": "某省2019年国民经济和社会发展统计公报\n卫生\n" +
			"年末全省拥有医疗卫生机构30512所，其中，医院1206所，基层医疗卫生机构28640所，专业公共卫生机构588所。\n",
	})
	a := ask(t, b, nil, "某省2019年的医疗卫生机构按类别分，医院、基层、专业公共卫生机构各多少所？")
	for _, want := range []string{"1206所", "28640所", "588所"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("answer lacks %s: %s", want, a.Text)
		}
	}
}

// Kinds named after the whole they are of ("医院里公立的和民营的各有多少家")
// are each asked as that whole of the kind (made-up bulletin).
func TestEachOfKindsAfterTheirWhole(t *testing.T) {
	b := botOver(t, map[string]string{
		"gongbao.txt": "某省2023年卫生健康事业发展统计公报\n一、卫生资源\n全省医院812家。按经济类型分,公立医院348家、民营医院464家。\n",
	})
	a := ask(t, b, nil, "某省2023年的医院里公立的和民营的各有多少家？")
	for _, want := range []string{"公立医院为348家", "民营医院为464家"} {
		if !strings.Contains(a.Text, "根据资料，2023年"+want) {
			t.Errorf("no answer of its own for %s: %s", want, a.Text)
		}
	}
}

// A pair named by one word ("城乡", or "城里和农村") with 各 asks each
// member's figure, as the reports split it (城市低保标准, 农村低保标准); one
// of them alone is no answer.
func TestEachOfAPair(t *testing.T) {
	b := botOver(t, map[string]string{"某省2025年民政工作总结.txt": "某省2025年民政工作总结\n一、兜底保障\n" +
		"2025年，城乡低保标准分别增长9.9%、13.2%，困难残疾人生活补贴标准提高25%。\n"})
	for _, q := range []string{"某省2025年城乡低保标准各涨了多少？", "某省2025年城里和农村的低保标准分别涨了多少？"} {
		a := ask(t, b, nil, q)
		for _, want := range []string{"9.9%", "13.2%"} {
			if !strings.Contains(a.Text, want) {
				t.Errorf("%s: answer lacks %s: %s", q, want, a.Text)
			}
		}
	}
}
