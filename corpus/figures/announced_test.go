package figures

import "testing"

// A result announced in one clause and given by a copula alone in the
// next is labelled by the thing announced.
func TestAnnouncedValue(t *testing.T) {
	cases := []struct{ sentence, raw, want string }{
		{"中新网北京1月2日电 北京市2024年居民健康素养监测结果公布,为44.6%,达到12年来最高水平。", "44.6", "居民健康素养监测结果"},
		{"全市孕产妇死亡率数据发布,为8.5/10万。", "8.5", "孕产妇死亡率数据"},
	}
	for _, c := range cases {
		if f := figureOf(t, c.sentence, c.raw); f.Label != c.want {
			t.Errorf("%s: %s labelled %q, want %q", c.sentence, c.raw, f.Label, c.want)
		}
	}
}
