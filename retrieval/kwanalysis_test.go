package retrieval

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis"
	index "github.com/blevesearch/bleve_index_api"
)

// bleveTerms analyses s by the index mapping's analyzer named name, as
// bleve's TextField.Analyze does.
func bleveTerms(t testing.TB, name, s string) kwTerms {
	an := testAnalyzers()[name]
	if an == nil {
		t.Fatalf("no analyzer %s", name)
	}
	tokens := an.Analyze([]byte(s))
	return kwTerms{length: len(tokens), freqs: analysis.TokenFrequency(tokens, nil, index.IndexField)}
}

// testAnalyzers are the mapping's analyzers by name.
var testAnalyzers = sync.OnceValue(func() map[string]analysis.Analyzer {
	m := keywordMapping()
	return map[string]analysis.Analyzer{"cjk": m.AnalyzerNamed("cjk"), charsAnalyzer: m.AnalyzerNamed(charsAnalyzer)}
})

// sameTerms reports how a and b differ ("" when they do not).
func sameTerms(a, b kwTerms) string {
	if a.length != b.length {
		return "lengths differ"
	}
	if len(a.freqs) != len(b.freqs) {
		return "term counts differ"
	}
	for k, v := range a.freqs {
		w, ok := b.freqs[k]
		if !ok || v.Frequency() != w.Frequency() || string(v.Term) != k || string(w.Term) != k || len(w.Locations) != 0 {
			return "term " + k + " differs"
		}
	}
	return ""
}

// checkFast compares analyzeFast with bleve's analyzers on s; it reports
// whether s was analysed fast.
func checkFast(t *testing.T, s string) bool {
	t.Helper()
	fast := false
	for _, bigrams := range []bool{true, false} {
		got, ok := analyzeFast(s, bigrams)
		if !ok {
			continue
		}
		fast = true
		name := charsAnalyzer
		if bigrams {
			name = "cjk"
		}
		if d := sameTerms(got, bleveTerms(t, name, s)); d != "" {
			t.Fatalf("%s analysis of %q: %s", name, s, d)
		}
	}
	return fast
}

func TestFastAnalysisMatchesBleve(t *testing.T) {
	t.Parallel()
	// The texts of the sample and golden reports, whole and line by line.
	var texts []string
	files, _ := filepath.Glob("../corpus/samples/*.txt")
	golden, _ := filepath.Glob("../corpus/testdata/golden/*.txt")
	dev, _ := filepath.Glob("../testdata/devdocs/*.txt")
	if extra := os.Getenv("HEALTHBOT_ANALYSIS_DIR"); extra != "" {
		more, _ := filepath.Glob(filepath.Join(extra, "*"))
		files = append(files, more...)
	}
	for _, f := range append(append(files, golden...), dev...) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(data))
		texts = append(texts, strings.Split(string(data), "\n")...)
	}
	if len(texts) == 0 {
		t.Fatal("no texts")
	}
	fast := 0
	for _, s := range texts {
		if checkFast(t, s) {
			fast++
		}
	}
	t.Logf("%d of %d texts analysed fast", fast, len(texts))
	if fast < len(texts)/2 {
		t.Errorf("only %d of %d texts analysed fast", fast, len(texts))
	}

	// Every Han character the fast analysis handles, alone, beside
	// another and beside a word.
	var han strings.Builder
	for r := rune(0x3400); r <= 0x9FFF; r++ {
		if runeClass(r) != rcHan {
			continue
		}
		c := string(r)
		han.WriteString(c + "中" + c + "a1" + c + " " + c + "，")
		if han.Len() > 2000 || r == 0x9FA5 {
			if !checkFast(t, han.String()) {
				t.Fatalf("%q not analysed fast", han.String())
			}
			han.Reset()
		}
	}

	// Random strings of the runes the rules of word boundaries treat
	// apart, and of runes the fast analysis leaves to bleve.
	alphabet := []rune("中国人口aZz09 \n\t.,;:'’‘．，；：·‧＇%（）、。《》“”—…-_!?&@#/\\ａ０ｶﾞ\u200b\u00a0\u3000éカなX")
	for r := rune(0); r < 0x3000; r++ {
		if c := runeClass(r); c != rcOther && c != rcHan {
			alphabet = append(alphabet, r)
		}
	}
	for r := rune(0xFF00); r < 0xFFFF; r++ {
		if c := runeClass(r); c != rcOther {
			alphabet = append(alphabet, r)
		}
	}
	// And of the runes that join words or break them, closer together.
	joining := []rune("中国aB1_.,;:'’．，；：·＇ 、-")
	rng := rand.New(rand.NewPCG(1, 2))
	for _, runes := range [][]rune{alphabet, joining} {
		for range 100000 {
			n := rng.IntN(10)
			var sb strings.Builder
			for range n {
				sb.WriteRune(runes[rng.IntN(len(runes))])
			}
			checkFast(t, sb.String())
		}
	}
}

func BenchmarkAnalysis(b *testing.B) {
	data, err := os.ReadFile("../corpus/samples/" + firstSample(b))
	if err != nil {
		b.Fatal(err)
	}
	lines := strings.Split(string(data), "\n")
	b.Run("fast", func(b *testing.B) {
		for b.Loop() {
			for _, l := range lines {
				analyzeFast(l, true)
			}
		}
	})
	b.Run("bleve", func(b *testing.B) {
		an := keywordMapping().AnalyzerNamed("cjk")
		for b.Loop() {
			for _, l := range lines {
				analysis.TokenFrequency(an.Analyze([]byte(l)), nil, index.IndexField)
			}
		}
	})
}

func firstSample(b *testing.B) string {
	files, _ := filepath.Glob("../corpus/samples/*.txt")
	if len(files) == 0 {
		b.Fatal("no samples")
	}
	return filepath.Base(files[0])
}
