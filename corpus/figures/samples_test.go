package figures

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// splitSentences splits a text the way the caller does: at 。！？；and
// line breaks.
func splitSentences(s string) []string {
	var out []string
	start := 0
	for i, c := range s {
		switch c {
		case '。', '！', '？', '；', '\n', '!', '?', ';':
			if seg := strings.TrimSpace(s[start:i]); seg != "" {
				out = append(out, seg)
			}
			start = i + len(string(c))
		}
	}
	if seg := strings.TrimSpace(s[start:]); seg != "" {
		out = append(out, seg)
	}
	return out
}

// loadSamples returns the sentences of every sample file, keyed by file
// name prefix ("000", "004", …).
func loadSamples(tb testing.TB) map[string][]string {
	tb.Helper()
	files, err := filepath.Glob(filepath.Join("..", "samples", "*.txt"))
	if err != nil || len(files) == 0 {
		tb.Skip("no samples")
	}
	m := map[string][]string{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		key := filepath.Base(f)[:3]
		m[key] = splitSentences(string(b))
	}
	return m
}
