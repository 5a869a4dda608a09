package corpus

import "testing"

// Two projects named by their size before 的 in one paragraph: each size
// is labelled with its project, so the two are told apart (made-up sizes).
func TestProjectNamedAfterItsSize(t *testing.T) {
	text := "某县卫生健康局2018年工作总结\n一、项目建设\n建筑规模约10000平方米的县中医院迁建项目完成主体建设,正在进行二次结构设施建设。" +
		"建筑规模8500平方米的妇幼保健院、卫生监督所综合服务楼项目主体工程完工。总投资2.3亿元的县人民医院新院区开工。\n"
	r := Parse("x.txt", text, Meta{}, Options{}).Reports[0]
	got := map[string]string{}
	for _, f := range r.Figures {
		got[f.Raw] = f.Label
	}
	for v, want := range map[string]string{
		"10000": "县中医院迁建项目 建筑规模",
		"8500":  "妇幼保健院、卫生监督所综合服务楼项目 建筑规模",
		"2.3":   "县人民医院新院区 总投资",
	} {
		if got[v] != want {
			t.Errorf("%s labelled %q, want %q", v, got[v], want)
		}
	}
}
