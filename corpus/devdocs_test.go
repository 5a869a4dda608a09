package corpus

import (
	"context"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"unicode"

	"go.yaml.in/yaml/v3"
)

// The real documents of other bureaus live outside the repository (see
// ../shared/devdocs/SOURCES.md); the expectations written from reading them
// live in testdata/devdocs at the repository root. The tests skip when the
// documents are absent.
const devdocsDir = "../../shared/devdocs"

type sectionWant struct {
	File    string `yaml:"file"`
	Path    string `yaml:"path"`
	Year    int    `yaml:"year"`
	Kind    Kind   `yaml:"kind"`
	Part    string `yaml:"part"`
	Holdout bool   `yaml:"holdout"`
}

type figureWant struct {
	File     string  `yaml:"file"`
	Sentence string  `yaml:"sentence"`
	Label    string  `yaml:"label"`
	Value    float64 `yaml:"value"`
	Unit     string  `yaml:"unit"`
	Year     int     `yaml:"year"`
	Kind     Kind    `yaml:"kind"`
	Target   bool    `yaml:"target"`
	Holdout  bool    `yaml:"holdout"`
}

var (
	devdocsOnce sync.Once
	devdocsDocs map[string]Document
)

// loadDevdocs reads every document of the development set once.
func loadDevdocs(t *testing.T) map[string]Document {
	t.Helper()
	if _, err := os.Stat(devdocsDir); err != nil {
		t.Skip("../shared/devdocs is absent")
	}
	devdocsOnce.Do(func() {
		devdocsDocs = map[string]Document{}
		entries, err := os.ReadDir(devdocsDir)
		if err != nil {
			return
		}
		for _, e := range entries {
			name := e.Name()
			if e.IsDir() || !strings.Contains(name, "_") || strings.HasSuffix(name, ".md") {
				continue
			}
			doc, err := ReadFile(context.Background(), filepath.Join(devdocsDir, name), name, ReadOptions{})
			if err == nil {
				devdocsDocs[name] = doc
			}
		}
	})
	if len(devdocsDocs) == 0 {
		t.Fatal("no document of ../shared/devdocs could be read")
	}
	return devdocsDocs
}

func loadYAML[T any](t *testing.T, path string) []T {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []T
	dec := yaml.NewDecoder(strings.NewReader(string(data)))
	dec.KnownFields(true)
	if err := dec.Decode(&out); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return out
}

// score counts checks, split into the tuning set and the held-out one.
type score struct{ ok, n [2]int }

func (s *score) add(holdout, ok bool) {
	i := 0
	if holdout {
		i = 1
	}
	s.n[i]++
	if ok {
		s.ok[i]++
	}
}

func (s score) rate(i int) float64 {
	if s.n[i] == 0 {
		return 1
	}
	return float64(s.ok[i]) / float64(s.n[i])
}

// TestDevdocsSections checks the year, kind and part of every section
// named in testdata/devdocs/sections.yaml (a path prefix stands for the
// whole subtree).
func TestDevdocsSections(t *testing.T) {
	t.Parallel()
	docs := loadDevdocs(t)
	var sc score
	for _, w := range loadYAML[sectionWant](t, "../testdata/devdocs/sections.yaml") {
		doc, ok := docs[w.File]
		if !ok {
			t.Errorf("%s: not read", w.File)
			continue
		}
		matched := 0
		for _, r := range doc.Reports {
			for _, s := range r.Sections {
				if !strings.HasPrefix(s.PathString(), w.Path) {
					continue
				}
				matched++
				good := s.Year == w.Year && s.Kind == w.Kind && s.Part == w.Part
				sc.add(w.Holdout, good)
				if !good {
					t.Logf("%s [%s]: %s %d %s, want %s %d %s (holdout %v)", w.File, s.PathString(), s.Kind, s.Year, s.Part, w.Kind, w.Year, w.Part, w.Holdout)
				}
			}
		}
		if matched == 0 {
			sc.add(w.Holdout, false)
			t.Logf("%s: no section under %q", w.File, w.Path)
		}
	}
	t.Logf("sections: dev %d/%d = %.3f, held out %d/%d = %.3f", sc.ok[0], sc.n[0], sc.rate(0), sc.ok[1], sc.n[1], sc.rate(1))
	// A floor against regressions; the goal is 0.95 (issue 10). What is
	// missing: documents whose own year is not found yet (11, 12, 13).
	if sc.rate(0) < 0.9 || sc.rate(1) < 0.9 {
		t.Errorf("section year and kind right for %.3f (dev) and %.3f (held out), want ≥ 0.9", sc.rate(0), sc.rate(1))
	}
}

// TestDevdocsFigures checks the figures named in testdata/devdocs/figures.yaml.
func TestDevdocsFigures(t *testing.T) {
	docs := loadDevdocs(t)
	var sc score
	for _, w := range loadYAML[figureWant](t, "../testdata/devdocs/figures.yaml") {
		doc, ok := docs[w.File]
		if !ok {
			t.Errorf("%s: not read", w.File)
			continue
		}
		var found *Figure
		for _, r := range doc.Reports {
			for i, f := range r.Figures {
				if strings.Contains(f.Sentence, w.Sentence) && math.Abs(f.Value-w.Value) < 1e-9 && !f.Missing {
					found = &r.Figures[i]
					break
				}
			}
			if found != nil {
				break
			}
		}
		if found == nil {
			sc.add(w.Holdout, false)
			t.Logf("%s: no figure %v in %q (holdout %v)", w.File, w.Value, w.Sentence, w.Holdout)
			continue
		}
		f := *found
		good := strings.Contains(f.Label, w.Label) && f.Unit == w.Unit && f.Year == w.Year && f.Kind == w.Kind && f.Target == w.Target
		sc.add(w.Holdout, good)
		if !good {
			t.Logf("%s %q: got %s %v %s %d %s target=%v, want %s %s %d %s target=%v (holdout %v)", w.File, w.Sentence,
				f.Label, f.Value, f.Unit, f.Year, f.Kind, f.Target, w.Label, w.Unit, w.Year, w.Kind, w.Target, w.Holdout)
		}
	}
	t.Logf("figures: dev %d/%d = %.3f, held out %d/%d = %.3f", sc.ok[0], sc.n[0], sc.rate(0), sc.ok[1], sc.n[1], sc.rate(1))
	// A floor against regressions; the goal is 0.9 (issue 10).
	if sc.rate(0) < 0.8 || sc.rate(1) < 0.7 {
		t.Errorf("figures right for %.3f (dev) and %.3f (held out), want ≥ 0.8 and 0.7", sc.rate(0), sc.rate(1))
	}
}

// webDebris are the lines of the saved pages that are not report text:
// navigation, font-size and share bars, page furniture, link lists.
var webDebris = regexp.MustCompile(`^(?:【?字[体号][:：]?|大|中|小|加大|还原|减小|】|【|下载|打印|全屏|收藏|\||分享[到:：]?.*|首页|>|当前位置[:：]|您的位置[:：]|` +
	`发表时间[:：]|发布日期[:：].*|阅读量[:：]|来源[:：].*|时间[:：].*|责任编辑[:：]|编辑[:：].*|扫一扫在手机打开当前页|相关报道[:：]|相关文档[:：]|相关附件>>|相关链接>>|` +
	`打印本页|关闭窗口|×|》》点击图片进入专题《《|[0-9a-f]{32}:|\+关注|访问量[:：].*|[0-9]{4}年[0-9]{2}月[0-9]{2}日 [0-9]{2}时[0-9]{2}分|` +
	`[0-9]{4}-[0-9]{2}-[0-9]{2}(?: [0-9:]+)?|（?\(?来源[:：].*|政务信息|宁夏要闻|云南要闻|政府信息公开|政府工作报告|省政府工作报告|.*\| .*)$`)

// squeeze drops white space, so text compares across line breaks and the
// spaces of table cells.
func squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || r == '\u3000' {
			return -1
		}
		return r
	}, s)
}

// TestDevdocsNothingLost checks that every body sentence of every document
// is in some chunk (or, for a heading, in a section path or a title).
func TestDevdocsNothingLost(t *testing.T) {
	docs := loadDevdocs(t)
	total, lost := 0, 0
	for name, doc := range docs {
		var all strings.Builder
		for _, r := range doc.Reports {
			all.WriteString(squeeze(r.Title))
			for _, c := range r.Chunks {
				all.WriteString(squeeze(c.Text))
			}
			for _, s := range r.Sections {
				all.WriteString(squeeze(strings.Join(s.Path, "")))
				all.WriteString(squeeze(s.Heading))
			}
		}
		have := all.String()
		for _, l := range lines(doc.Text) {
			line := strings.TrimSpace(doc.Text[l.Start:l.End])
			if line == "" || webDebris.MatchString(line) {
				continue
			}
			for _, s := range sentences(line, Span{0, len(line)}) {
				sent := squeeze(line[s.Start:s.End])
				if sent == "" {
					continue
				}
				total++
				if !strings.Contains(have, sent) {
					lost++
					t.Errorf("%s: sentence lost: %q", name, truncateRunes(sent, 60))
				}
			}
		}
	}
	t.Logf("body sentences: %d, lost: %d", total, lost)
	if total == 0 {
		t.Error("no body sentence checked")
	}
}

func truncateRunes(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}
