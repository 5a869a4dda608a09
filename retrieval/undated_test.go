package retrieval

import (
	"context"
	"testing"

	"github.com/healthbot/healthbot/corpus"
)

// A report of the place asked that states no year may be of the year
// asked: the search does not say the year is missing. Without a place
// asked, or for another place, it still does.
func TestUndatedReportOfThePlaceAsked(t *testing.T) {
	undated := corpus.Parse("renwu.txt", "具体任务\n深入开展爱国卫生运动，举办同心县第四届运动会，创建全国卫生县。\n", corpus.Meta{}, corpus.Options{})
	dated := corpus.Parse("zongjie.txt", "海原县2021年卫生健康工作总结\n2021年，海原县举办第三届运动会，参赛群众2000人。\n", corpus.Meta{}, corpus.Options{})
	if undated.Reports[0].Year != 0 || undated.Reports[0].Place != "同心县" {
		t.Fatalf("fixture: undated report is %d %q", undated.Reports[0].Year, undated.Reports[0].Place)
	}
	dir := t.TempDir()
	emb := localEmbedder(t, DefaultLocalDim)
	if _, err := Build(context.Background(), dir, []*corpus.Document{&undated, &dated}, emb, BuildOptions{}); err != nil {
		t.Fatal(err)
	}
	ix, err := Open(dir, emb, OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	cases := []struct {
		place  string
		noYear bool
	}{
		{"同心县", false},
		{"", true},
		{"海原县", true},
	}
	for _, c := range cases {
		res, err := ix.Search(context.Background(), corpus.Query{Text: "运动会办第几届", Filters: corpus.Filters{Years: []int{2023}, Place: c.place}, K: 5})
		if err != nil {
			t.Fatal(err)
		}
		if res.NoYear != c.noYear {
			t.Errorf("place %q: NoYear %v, want %v (note %q)", c.place, res.NoYear, c.noYear, res.Note)
		}
	}
}
