package figures

import "testing"

// A count whose clause's subject is only a place or a region ("渝东南地区已
// 有9家医院开通远程医疗服务") counts what the words after the number name,
// as after 全市; a subject naming more keeps its words.
func TestPlaceSubjectCountsWhatFollows(t *testing.T) {
	cases := []struct{ sentence, raw, want string }{
		{"2017年,渝东南地区已有9家医院开通远程医疗服务。", "9", "医院开通远程医疗服务"},
		{"湖南省已有9家医院开通远程医疗服务。", "9", "医院开通远程医疗服务"},
		{"湖南省卫生技术人员52万人。", "52", "湖南省卫生技术人员"},
	}
	for _, c := range cases {
		if f := figureOf(t, c.sentence, c.raw); f.Label != c.want {
			t.Errorf("%s: %s labelled %q, want %q", c.sentence, c.raw, f.Label, c.want)
		}
	}
}
