package corpus

import "testing"

// News of data released ("发布死亡大数据:2020年…") is of the data's year, not
// of the day it was published (made-up page).
func TestReleasedDataYear(t *testing.T) {
	text := "成文日期 | 2021-06-16 | 公开方式 | 主动公开 |\n云溪市疾控中心发布死亡大数据:2020年云溪市居民人均预期寿命为81.04岁,其中男性为78.9岁。\n5种疾病占总死亡数的83.7%。\n"
	r := Parse("siyin.txt", text, Meta{}, Options{}).Reports[0]
	if r.Year != 2020 {
		t.Errorf("year %d, want 2020 (the data's)", r.Year)
	}
}
