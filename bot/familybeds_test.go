package bot_test

import (
	"strings"
	"testing"
)

// Family sickbeds (家庭病床) are set up in patients' homes and counted in
// 人次: asked in 张 as staff say it, they answer, not the hospitals' beds
// beside them (made-up tables).
func TestFamilySickbedsAreNotBeds(t *testing.T) {
	b := botOver(t, map[string]string{
		"tongji.txt": "崇明区2025年卫生统计\n医疗机构病床使用情况(2025年)\n年份 | 实际床位数 (张) | 病床周转次数 (次) |\n2025年 | 4174 | 20.15 |\n" +
			"家庭病床开展情况(2025年)\n年份 | 家庭卫生服务人次数 (次) | 年内新建家庭病床人数(人次) |\n2025年 | 21595 | 1592 |\n",
	})
	a := ask(t, b, nil, "崇明2025年新开了多少张家庭病床？")
	if first := firstLine(a.Text); !strings.Contains(first, "1592") {
		t.Errorf("want the family sickbeds, 1592:\n%s", a.Text)
	}
}
