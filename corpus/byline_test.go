package corpus

import (
	"strings"
	"testing"
)

// A reporter's name in brackets after a story's last sentence is blanked;
// brackets inside a sentence and a year or title note in brackets stay.
func TestTrailingBylineBlanked(t *testing.T) {
	cases := []struct{ line, want string }{
		{"为加快建设全国绿色发展示范区筑牢健康之基。(郑可)", "为加快建设全国绿色发展示范区筑牢健康之基。"},
		{"会议要求落实落细各项任务。（记者 张三 通讯员 李四）", "会议要求落实落细各项任务。"},
		{"全年共完成体检1.2万人次（含复查）。", "全年共完成体检1.2万人次（含复查）。"},
		{"建成胸痛中心(国家级)", "建成胸痛中心(国家级)"},
		{"完成年度任务。(2023年)", "完成年度任务。(2023年)"},
	}
	for _, c := range cases {
		work, _ := cleanText(c.line + "\n")
		if got := strings.TrimRight(work, " \n"); got != c.want {
			t.Errorf("cleanText(%q) = %q, want %q", c.line, got, c.want)
		}
		if len(work) != len(c.line)+1 {
			t.Errorf("cleanText(%q) changed the length", c.line)
		}
	}
}
