package bot_test

import (
	"strings"
	"testing"
)

// "那8类大病具体是哪些病" is answered from the note that lists them, even
// when the note names the class after an example ("尿毒症等8类大病：…").
func TestMembersOfACountedClass(t *testing.T) {
	b := botOver(t, map[string]string{
		"某省2019年政府工作报告.txt": "某省2019年政府工作报告\n一、2019年主要任务\n" +
			"健全医疗保障制度，全面推开白内障等6类大病保障。加强基层医疗卫生服务。\n" +
			"附注：\n1、医联体：是指区域内医疗机构组成的联合体。\n" +
			"2、白内障等6类大病：白内障、唇腭裂、血友病、苯丙酮尿症、尿道下裂、儿童哮喘。\n",
	})
	a := ask(t, b, nil, "今年要推开的那6类大病保障，具体是哪些病？")
	for _, want := range []string{"唇腭裂", "血友病", "儿童哮喘"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("answer lacks %s: %s", want, a.Text)
		}
	}
}
