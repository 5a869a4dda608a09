package bot

import (
	"slices"
	"testing"
)

func TestMarkerOrder(t *testing.T) {
	for h, want := range map[string]int{"12.实施癌症防治行动": 12, "（三）防控重大疾病": 3, "十二、": 12, "二十三、": 23, "十、": 10, "第四章": 4, "保障措施": 1 << 30} {
		if got := markerOrder(h); got != want {
			t.Errorf("markerOrder(%q) = %d, want %d", h, got, want)
		}
	}
}

func TestNumberedLines(t *testing.T) {
	text := "（三）防控重大疾病。\n11.实施心脑血管疾病防治行动。心脑血管疾病是第一死因。\n（1）引导居民学习急救知识。\n12.实施癌症防治行动。倡导积极预防。\n"
	got := numberedLines(text, "（三）防控重大疾病")
	want := []string{"11.实施心脑血管疾病防治行动", "12.实施癌症防治行动"}
	if !slices.Equal(got, want) {
		t.Errorf("numberedLines = %q, want %q", got, want)
	}
}

func TestNamesTitle(t *testing.T) {
	for _, c := range []struct {
		q, title string
		want     bool
	}{
		{"国务院实施健康中国行动的意见里，2030年人均预期寿命的目标是多少？", "国务院关于实施健康中国行动的意见", true},
		{"天津今年卫生健康这块打算怎么干？", "2025年天津市政府工作报告", false},
		{"按新修订的传染病防治法，甲类传染病多久报告？", "中华人民共和国传染病防治法", true},
	} {
		if got := namesTitle(c.q, c.title); got != c.want {
			t.Errorf("namesTitle(%q, %q) = %v", c.q, c.title, got)
		}
	}
}
