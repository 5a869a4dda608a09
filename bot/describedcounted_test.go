package bot

import "testing"

func TestDescribedCounted(t *testing.T) {
	cases := []struct {
		topic, counted, label string
		want                  bool
	}{
		{"省属医院这次调价方案 上调的项目 个", "项目", "上调医疗服务项目价格", true},
		{"省属医院这次调价方案 上调的项目 个", "项目", "下调医疗服务项目价格", false}, // the other direction
		{"省属医院这次调价方案 上调的项目 个", "项目", "综合上调比例", false},     // not the things counted
		{"涨价的项目", "", "上调医疗服务项目价格", false},
	}
	for _, c := range cases {
		if got := describedCounted(c.topic, c.counted, c.label); got != c.want {
			t.Errorf("describedCounted(%q, %q, %q) = %v, want %v", c.topic, c.counted, c.label, got, c.want)
		}
	}
}
