package corpus

import (
	"strings"
	"testing"
)

// A list cut into short lines for phones is one sentence again: each line
// ending in the enumeration comma runs on into the next; other lines and
// table rows stay as they are.
func TestJoinOpenLines(t *testing.T) {
	in := "2025年\n将在医疗服务体系提质工程、\n中医药传承创新发展工程、 \n“一老一小”关爱工程等精准施策\n提升服务能力\n项目\t甲、\n乙\n"
	want := "2025年\n将在医疗服务体系提质工程、中医药传承创新发展工程、“一老一小”关爱工程等精准施策\n提升服务能力\n项目\t甲、\n乙\n"
	if got := joinOpenLines(in); got != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
	doc := Parse("会议.txt", "某市2025年卫生健康工作会议召开\n2025年,将在医疗服务体系提质工程、\n中医药传承创新发展工程、\n“一老一小”关爱工程等精准施策。\n", Meta{}, Options{})
	found := false
	for _, r := range doc.Reports {
		for _, c := range r.Chunks {
			found = found || strings.Contains(c.Text, "提质工程、中医药传承创新发展工程、“一老一小”关爱工程")
		}
	}
	if !found {
		t.Error("the list is not one sentence in the passages")
	}
}

func FuzzJoinOpenLines(f *testing.F) {
	for _, s := range []string{"甲、\n乙", "、\n", "\n、\n\n", "a\t、\nb", "、\r\n下"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := joinOpenLines(s)
		if strings.ReplaceAll(strings.Join(strings.Fields(got), ""), "\n", "") != strings.ReplaceAll(strings.Join(strings.Fields(s), ""), "\n", "") {
			t.Fatalf("%q → %q: text lost or added", s, got)
		}
	})
}
