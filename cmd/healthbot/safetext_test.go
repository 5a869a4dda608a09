package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestSafe(t *testing.T) {
	for in, want := range map[string]string{
		"2023年总结.txt":         "2023年总结.txt",
		"a\x1b[2Jb.txt":       `a\x1b[2Jb.txt`,
		"a\nIngested 999.txt": `a\nIngested 999.txt`,
		"a\rb":                `a\rb`,
		"a\u202egnp.exe":      `a\u202egnp.exe`,
		"a\u2066b\u2069":      `a\u2066b\u2069`,
		"a\u0085b\x7f":        `a\u0085b\x7f`,
		"tab\there":           `tab\there`,
		"普通\\反斜杠":             "普通\\反斜杠",
	} {
		if got := safe(in); got != want {
			t.Errorf("safe(%q) = %q, want %q", in, got, want)
		}
	}
}

// File names with terminal escapes, line breaks and bidi overrides are
// printed escaped by ingest and inspect: no name can forge a line of the
// summary or reach the terminal as a control sequence.
func TestHostileFileNamesEscaped(t *testing.T) {
	t.Parallel()
	corpus := t.TempDir()
	sample, err := os.ReadFile(filepath.Join(samples, "002_658e6bb8e14e66b9.txt"))
	if err != nil {
		t.Fatal(err)
	}
	names := []string{
		"ok\nIngested 999 files: all good.\n.txt", // skipped: empty
		"esc\x1b[2J\x1b[31mred.txt",               // skipped: empty
		"cr\rIngested 999 files: all good.txt",    // skipped: empty
		"bidi\u202etxt.exe\u2066x\u2069.txt",      // skipped: empty
		"c1\u009b31m.txt",                         // skipped: empty
		"report\x1b]0;title\x07\n2023年总结.txt",     // read
	}
	for i, name := range names {
		data := []byte{}
		if i == len(names)-1 {
			data = sample
		}
		if err := os.WriteFile(filepath.Join(corpus, name), data, 0o644); err != nil {
			t.Skipf("this file system refuses the name %q: %v", name, err)
		}
	}
	var paths []string
	for _, n := range names {
		paths = append(paths, filepath.Join(corpus, n))
	}
	runs := map[string][]string{
		"ingest":  {"ingest", "--corpus", corpus, "--index", t.TempDir()},
		"inspect": append([]string{"inspect"}, paths...),
	}
	for name, args := range runs {
		code, out, errOut := runCLI(t, nil, args...)
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", name, code, errOut)
		}
		for _, line := range strings.Split(out, "\n") {
			if strings.HasPrefix(line, "Ingested 999") || strings.HasPrefix(line, ".txt") {
				t.Errorf("%s: a file name forged the line %q:\n%s", name, line, out)
			}
		}
		if i := strings.IndexFunc(out, func(r rune) bool { return r != '\n' && unsafeRune(r) }); i >= 0 {
			t.Errorf("%s: raw control character %q in the output:\n%q", name, out[i:min(i+8, len(out))], out)
		}
		for _, want := range []string{`esc\x1b[2J\x1b[31mred.txt`, `bidi\u202etxt.exe\u2066x\u2069.txt`, `report\x1b]0;title\x07\n2023年总结.txt`} {
			if name == "ingest" && strings.HasPrefix(want, "report") {
				continue // read, so not named in the summary
			}
			if !strings.Contains(out, want) {
				t.Errorf("%s: the name is not shown escaped as %s:\n%s", name, want, out)
			}
		}
	}
}
