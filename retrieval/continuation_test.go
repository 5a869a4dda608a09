package retrieval

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/healthbot/healthbot/corpus"
)

// A passage cut inside a long paragraph comes with the rest of that
// paragraph from the passage that continues it, and only that paragraph.
func TestHitCarriesTheRestOfItsParagraph(t *testing.T) {
	text := "江苏省2026年政府工作报告\n三、2026年重点工作\n" +
		strings.Repeat("着力稳就业促增收，实施城乡居民增收计划。", 4) + "加快建设健康江苏。推动新一轮高水平医院建设。" +
		strings.Repeat("推进紧密型县域医共体建设，加强基层医疗机构运行保障。", 3) + "统筹建强12356心理援助热线体系。\n" +
		"加强全生命周期人口服务。落实育儿补贴等生育支持政策。\n"
	doc := corpus.Parse("plan.txt", text, corpus.Meta{}, corpus.Options{ChunkRunes: 120})
	dir := t.TempDir()
	emb := localEmbedder(t, DefaultLocalDim)
	if _, err := Build(context.Background(), dir, []*corpus.Document{&doc}, emb, BuildOptions{}); err != nil {
		t.Fatal(err)
	}
	ix, err := Open(dir, emb, OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	res, err := ix.Search(context.Background(), corpus.Query{Text: "加快建设健康江苏有哪些打算", K: 3})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Hits) == 0 || !strings.Contains(res.Hits[0].Text, "加快建设健康江苏") {
		t.Fatalf("the 健康江苏 passage is not first: %+v", res.Hits)
	}
	h := res.Hits[0]
	if strings.Contains(h.Text, "12356") {
		t.Fatalf("the paragraph was not cut (test needs a smaller chunk): %q", h.Text)
	}
	if !strings.HasSuffix(h.Rest, "统筹建强12356心理援助热线体系。") {
		t.Errorf("rest of the paragraph = %q, want it to end with the paragraph's last sentence", h.Rest)
	}
	if strings.Contains(h.Rest, "人口服务") {
		t.Errorf("rest runs into the next paragraph: %q", h.Rest)
	}
	// The passage that continues the paragraph carries its opening
	// sentence.
	res, err = ix.Search(context.Background(), corpus.Query{Text: "12356心理援助热线", K: 3})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Hits) == 0 || !strings.Contains(res.Hits[0].Text, "12356") {
		t.Fatalf("the continuation is not first: %+v", res.Hits)
	}
	if lead := res.Hits[0].Lead; lead != "着力稳就业促增收，实施城乡居民增收计划。…" {
		t.Errorf("lead = %q, want the paragraph's opening sentence and an ellipsis", lead)
	}
}

// An index of an older layout is refused with ErrOldFormat, so that the
// commands that build a missing index rebuild it.
func TestOlderFormatIsErrOldFormat(t *testing.T) {
	emb := localEmbedder(t, DefaultLocalDim)
	doc := corpus.Parse("r.txt", "某县2023年卫生健康工作总结\n家庭医生签约率为50.2%。\n", corpus.Meta{}, corpus.Options{})
	dir := t.TempDir()
	if _, err := Build(context.Background(), dir, []*corpus.Document{&doc}, emb, BuildOptions{}); err != nil {
		t.Fatal(err)
	}
	gen, err := currentGeneration(dir)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(gen, manifestFile)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	m["format"] = formatVersion - 1
	data, _ = json.Marshal(m)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(dir, emb, OpenOptions{}); !errors.Is(err, ErrOldFormat) {
		t.Errorf("open of an older format: %v, want ErrOldFormat", err)
	}
	m["format"] = formatVersion + 1
	data, _ = json.Marshal(m)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(dir, emb, OpenOptions{}); err == nil || errors.Is(err, ErrOldFormat) {
		t.Errorf("open of a newer format: %v, want an unknown-format error", err)
	}
}

// The lead of a hit holding an announced list is the announcement itself;
// a paragraph cut mid-sentence gives its first sentence.
func TestParagraphLeadOfAnnouncedList(t *testing.T) {
	if got := paragraphLead("会议系统总结2025年工作。\n会议要求,重点抓好以下三项任务:"); got != "会议要求,重点抓好以下三项任务:" {
		t.Errorf("lead %q, want the announcement", got)
	}
	if got := paragraphLead("五年来，我们大力发展民生社会事业。全市新建"); got != "五年来，我们大力发展民生社会事业。…" {
		t.Errorf("lead %q, want the opening sentence", got)
	}
}

// A hit announcing a list by its last line takes the short numbered lines
// the next chunk opens with; otherwise nothing.
func TestAnnouncedItems(t *testing.T) {
	next := "一、提升医疗服务\n\n二、规范食品管理\n\n三、完善养老服务\n\n某市人民代表大会主席团"
	if got, want := announcedItems("依法票决产生了民生实事项目,共3项,分别是:", next), "\n一、提升医疗服务\n二、规范食品管理\n三、完善养老服务"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got := announcedItems("全年完成民生实事项目。", next); got != "" {
		t.Errorf("no announcement, got %q", got)
	}
	if got := announcedItems("分别是:", "一、提升医疗服务\n正文很长的一段话不是列表的一项"); got != "" {
		t.Errorf("one item, got %q", got)
	}
}
