package bot

import "testing"

// Sentences holding the same words of the question score the same, however
// the words are summed: the first in the text comes first, every time.
func TestExtractTiesKeepTextOrder(t *testing.T) {
	t.Parallel()
	text := "民生实事落实情况一览表。第一季度进度。龙岗区改扩建。南湾人民医院进度表。工程形象进度。" +
		"南湾人民医院改扩建工程开展机电安装及外环境施工,完成总形象进度至70%。" +
		"南湾人民医院改扩建工程开展机电安装及外环境施工,完成总形象进度至80%。" +
		"南湾人民医院改扩建工程开展机电安装及外环境施工,完成总形象进度至90%。"
	src := []Source{{N: 1, Title: "2023年龙岗区政府民生实事落实情况一览表", Text: text}}
	q := "龙岗区去年民生实事表里，南湾人民医院改扩建工程二季度形象进度排到多少？"
	want := ""
	for range 100 { // map order differs run to run: a tie broken by it shows within a few
		got := extracts(q, "南湾人民医院改扩建工程 形象进度 民生实事 二季度", src, 4).Text
		if want == "" {
			want = got
		}
		if got != want {
			t.Fatalf("the same question answered two ways:\n%s\n%s", want, got)
		}
	}
}
