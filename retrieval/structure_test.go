package retrieval

import (
	"context"
	"strings"
	"testing"

	"github.com/healthbot/healthbot/corpus"
)

// A question naming a part of a plan ("保障措施") finds that part first,
// although every passage of the plan repeats the plan's long name.
func TestPlanPartNamedInTheQuestionRanksFirst(t *testing.T) {
	name := "将健康融入所有政策"
	text := "句容市" + name + "工作实施方案\n一、指导思想\n推进" + name + "工作，运用" + name + "策略应对健康问题。\n" +
		"二、主要目标\n1. 开展" + name + "体系建设。\n2. 提升" + name + "工作能力。\n" +
		"三、工作内容\n（一）开展" + name + "体系建设\n1. 建立" + name + "工作机制。\n" +
		"四、保障措施\n1. 加强组织领导。各级党委、政府要将提高健康水平作为重要目标。\n2. 加强能力建设。\n3. 加强监测评价。\n"
	doc := corpus.Parse("plan.txt", text, corpus.Meta{}, corpus.Options{ChunkRunes: 60})
	dir := t.TempDir()
	emb := localEmbedder(t, DefaultLocalDim)
	if _, err := Build(context.Background(), dir, []*corpus.Document{&doc}, emb, BuildOptions{}); err != nil {
		t.Fatal(err)
	}
	w := DefaultWeights()
	w.Vector = LocalVectorWeight
	ix, err := Open(dir, emb, OpenOptions{Weights: w})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	res, err := ix.Search(context.Background(), corpus.Query{Text: "句容推进" + name + "有哪些保障措施？", K: 3})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Hits) == 0 || !strings.HasPrefix(res.Hits[0].Section, "四、保障措施") {
		t.Errorf("the 保障措施 passage is not first: %v", hitTitles(res.Hits))
	}
}
