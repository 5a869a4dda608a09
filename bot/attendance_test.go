package bot_test

import (
	"strings"
	"testing"
)

// A meeting's attendance, written as a list of who came and a count of
// people who 参加, answers "到场的有多少人" as 参加人数, not as the count of
// the last group listed (made-up news report).
func TestMeetingAttendance(t *testing.T) {
	b := botOver(t, map[string]string{
		"huiyi.txt": "桃源县召开2022年卫生健康工作务虚会\n2月9日，桃源县卫生健康局召开全县卫健系统务虚工作会议，各乡镇卫生院主要负责人、局机关负责人共60余人参加了会议。\n会议指出，要深化医共体建设。\n",
	})
	a := ask(t, b, nil, "桃源县卫健系统开务虚会，到场的大概有多少人？")
	if first := firstLine(a.Text); !strings.Contains(first, "参加人数") || !strings.Contains(first, "60余人") {
		t.Errorf("want the attendance, not the count of the last group listed:\n%s", a.Text)
	}
}
