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

// TestSamples runs Extract over every sentence of the sample reports and
// checks properties that must hold globally.
func TestSamples(t *testing.T) {
	samples := loadSamples(t)
	counts := map[string]int{}
	missing := map[string]int{}
	for key, sentences := range samples {
		for _, s := range sentences {
			figs := Extract(s)
			checkInvariants(t, s, figs)
			for _, f := range figs {
				counts[key]++
				if f.Missing {
					missing[key]++
				}
				after := s[f.End:]
				for _, w := range []string{"年", "月", "日", "号", "时", "届"} {
					if strings.HasPrefix(after, w) {
						t.Errorf("%s: figure %q before %q is a date or year: %q", key, s[f.Start:f.End], w, s)
					}
				}
				if f.Unit == "" && f.Value >= 1900 && f.Value <= 2100 && f.Value == float64(int(f.Value)) {
					t.Errorf("%s: unitless year-like figure %q in %q", key, f.Raw, s)
				}
				if !f.Missing && strings.ContainsAny(s[f.Start:f.End], "_＿*＊") {
					t.Errorf("%s: blank read as a value: %q in %q", key, s[f.Start:f.End], s)
				}
				if key == "004" {
					t.Logf("%-20s %10s %-6s %-12s y=%d tgt=%v | %s", f.Label, f.Raw, f.Unit, f.Qualifier, f.Year, f.Target, s[f.Start:f.End])
				}
			}
		}
	}
	t.Logf("figures per file: %v; missing: %v", counts, missing)
	if counts["004"] < 95 {
		t.Errorf("004: %d figures, want at least 95", counts["004"])
	}
	if missing["000"] < 90 {
		t.Errorf("000: %d missing figures, want at least 90", missing["000"])
	}
	if counts["000"]-missing["000"] > 5 {
		t.Errorf("000: %d figures with values in a template full of blanks", counts["000"]-missing["000"])
	}
	if missing["004"] != 0 {
		t.Errorf("004 has no blanks but %d missing figures", missing["004"])
	}
}
