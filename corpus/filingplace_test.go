package corpus

import "testing"

// A national press conference filed from Beijing ("记者王芳 发自北京") is the
// country's, not Beijing's; a report about a city still names it (made-up
// news).
func TestFilingPlaceIsNotTheSubject(t *testing.T) {
	cases := []struct{ name, text, place string }{
		{"01_news_2020.txt", "国家卫健委:出生人口性别比下降\n2020/10/29\n本报记者王芳 发自北京 国务院新闻办公室10月28日举行新闻发布会。\n我国居民人均预期寿命从76.3岁提高到77.3岁。本报记者王芳 发自北京\n", NationalPlace},
		{"02_news_2021.txt", "新华社北京3月5日电 国家卫健委5日介绍，我国孕产妇死亡率降至16.9/10万，全国婴儿死亡率降至5.4‰，全国新生儿死亡率降至3.1‰。\n", NationalPlace},
		{"03_news_2022.txt", "本报讯 记者王芳 发自北京\n北京市卫健委通报，北京市今年新增养老床位2000张，北京市社区卫生服务中心达到350家。\n", "北京市"},
	}
	for _, c := range cases {
		if got := Parse(c.name, c.text, Meta{}, Options{}).Reports[0].Place; got != c.place {
			t.Errorf("%s: place %q, want %q", c.name, got, c.place)
		}
	}
}
