package bot_test

import (
	"strings"
	"testing"
)

// Items run in after their lead's colon ("主要通过三种方式进行：一是…；二是
// …；三是…"), asked how in lay words (省电: 节能, 节约用电) that the lead
// and only the second item repeat: all of them answer, the first too, not
// the sentences around that name 节能 (made-up news).
func TestRunInItemsAfterTheLeadsColon(t *testing.T) {
	b := botOver(t, map[string]string{
		"news.txt": "某县人民医院获评节约型公共机构\n近日，省里通报表扬某县人民医院等节能单位。国家、省市节能领导小组多次莅临某县人民医院参观指导节能工作。通过连续四年的数据对比，某县人民医院综合能耗下降了10.6%。今后，某县人民医院将持续提高节能管理水平，积极为生态建设贡献力量。\n近年来，某县人民医院高度重视节能降耗工作，陆续开展了合同能源管理等节能工作。医院在节约用电方面，主要通过三种方式进行：一是建设能耗监测平台，实时掌握各楼宇用能情况；二是推进照明节能改造，统一更换LED灯具；三是空调集中管控，合理设置空调温度。\n",
	})
	a := ask(t, b, nil, "医院省电这块是怎么做的？")
	for _, want := range []string{"能耗监测平台", "照明节能改造", "空调集中管控"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("want %s among the measures:\n%s", want, a.Text)
		}
	}
}
