package corpus

import "testing"

// A saved page's divider and the lines that only point at files or a
// site's folders are no text of the report; a sentence with a date written
// with slashes is.
func TestSavedPageDebris(t *testing.T) {
	for _, l := range []string{
		"==================== 正文 ====================",
		"-----",
		"本地目录: zwgk/zdlyxxgk/ylws_1/201904/13199_平潭综合实验区卫生和计划生育局关于印发方案的通知",
		"页面链接与图片详见 links.tsv(同目录)",
	} {
		if !isBoilerplate(l) {
			t.Errorf("%q kept as text", l)
		}
	}
	for _, l := range []string{
		"截至2023/12/01，全市接种疫苗12万剂",
		"全市卫生健康系统坚持以人民健康为中心",
	} {
		if isBoilerplate(l) {
			t.Errorf("%q dropped", l)
		}
	}
}
