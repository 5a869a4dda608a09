package retrieval

import (
	"slices"
	"testing"

	"github.com/healthbot/healthbot/corpus"
)

// TestWeaviateWhere checks the filters of a search as Weaviate where
// filters (the GraphQL the client sends): exact years, kind, organisation
// and file as the embedded index's filterQuery and vecFilter apply them,
// the document kind always, and no hidden access folder.
func TestWeaviateWhere(t *testing.T) {
	tests := []struct {
		name   string
		doc    string
		f      corpus.Filters
		hidden []string
		want   string
	}{
		{"nothing but the kind of document", wvDocChunk, corpus.Filters{}, nil,
			`where:{operator: Equal path: ["doc"] valueText: "chunk"}`},
		{"one year", wvDocChunk, corpus.Filters{Years: []int{2023}}, nil,
			`where:{operator: And operands:[{operator: Equal path: ["doc"] valueText: "chunk"},{operator: Equal path: ["year"] valueInt: 2023}]}`},
		{"any of two years and a kind", wvDocChunk, corpus.Filters{Years: []int{2022, 2023}, Kind: corpus.KindPlan}, nil,
			`where:{operator: And operands:[{operator: Equal path: ["doc"] valueText: "chunk"},{operator: Or operands:[{operator: Equal path: ["year"] valueInt: 2022},{operator: Equal path: ["year"] valueInt: 2023}]},{operator: Equal path: ["kind"] valueText: "plan"}]}`},
		{"organisation and file of a figure; place only ranks", wvDocFigure, corpus.Filters{Org: "南陵县卫生健康委员会", File: "a/b \"c\".txt", Place: "南陵县"}, nil,
			`where:{operator: And operands:[{operator: Equal path: ["doc"] valueText: "figure"},{operator: Equal path: ["org"] valueText: "南陵县卫生健康委员会"},{operator: Equal path: ["file"] valueText: "a/b \"c\".txt"}]}`},
		{"hidden access folders", wvDocChunk, corpus.Filters{}, []string{"人事", "财务"},
			`where:{operator: And operands:[{operator: Equal path: ["doc"] valueText: "chunk"},{operator: NotEqual path: ["access"] valueText: "人事"},{operator: NotEqual path: ["access"] valueText: "财务"}]}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := wvWhere(tt.doc, tt.f, tt.hidden).String(); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
	if got, want := wvByKeys(wvDocChunk, []string{"a1", "b2"}).String(), `where:{operator: And operands:[{operator: Equal path: ["doc"] valueText: "chunk"},{operator: ContainsAny path: ["key"] valueText: ["a1","b2"]}]}`; got != want {
		t.Errorf("by keys: got %s, want %s", got, want)
	}
}

// TestHiddenFoldersHideTheSameFiles checks that leaving out the access
// folders hiddenFolders lists leaves out exactly the files the embedded
// index's hiddenFiles does, for every reader.
func TestHiddenFoldersHideTheSameFiles(t *testing.T) {
	a := Access{
		Folders: []string{"人事", "公开", "财务"},
		Files:   map[string]string{"人事/a.txt": "人事", "人事/b.txt": "人事", "财务/c.txt": "财务", "公开/d.txt": "公开"},
	}
	ix := &Index{access: a}
	files := []string{"人事/a.txt", "人事/b.txt", "财务/c.txt", "公开/d.txt", "e.txt"}
	for _, r := range []corpus.Readable{{}, {All: true}, {Folders: []string{"公开"}}, {Folders: []string{"人事", "公开"}}, {Folders: []string{"财务", "人事", "公开"}}} {
		hiddenF := ix.hiddenFiles(r)
		hiddenK := hiddenFolders(a, r)
		for _, f := range files {
			byFile := slices.Contains(hiddenF, f)
			byFolder := slices.Contains(hiddenK, a.Files[f])
			if byFile != byFolder {
				t.Errorf("reader %+v, file %s: hidden by file %v, by folder %v (folders %v)", r, f, byFile, byFolder, hiddenK)
			}
		}
	}
}
