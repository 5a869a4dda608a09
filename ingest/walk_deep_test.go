package ingest

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// deepTree makes depth nested folders under root, each named "d", with a
// document at the top, one in the middle and one at the bottom, and
// returns the names the walk must list.
func deepTree(tb testing.TB, root string, depth int) []string {
	tb.Helper()
	rel := strings.TrimSuffix(strings.Repeat("d/", depth), "/")
	if err := os.MkdirAll(filepath.Join(root, filepath.FromSlash(rel)), 0o755); err != nil {
		tb.Fatal(err)
	}
	mid := strings.TrimSuffix(strings.Repeat("d/", depth/2), "/")
	want := []string{"a.txt", mid + "/m.txt", rel + "/z.txt"}
	for _, n := range want {
		if err := os.WriteFile(filepath.Join(root, filepath.FromSlash(n)), []byte("2023年工作总结"), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	return want
}

// TestDeepTree walks 2,000 nested folders (issue 15: 2,100 took 113 s,
// the walk was cubic in the depth) and finds every document in them.
func TestDeepTree(t *testing.T) {
	depth := 2000
	if testing.Short() {
		depth = 200
	}
	root := t.TempDir()
	want := deepTree(t, root, depth)
	for _, follow := range []bool{false, true} {
		files, skipped, err := walk(root, follow)
		if err != nil {
			t.Fatal(err)
		}
		if len(skipped) != 0 {
			t.Errorf("follow=%v: skipped %v", follow, skipped)
		}
		var got []string
		for _, f := range files {
			got = append(got, f.Name)
		}
		if strings.Join(got, "|") != strings.Join(slices.Sorted(slices.Values(want)), "|") {
			t.Errorf("follow=%v: walk found %d files, want %d", follow, len(got), len(want))
		}
	}
}

// BenchmarkWalkDeep walks nested folders of several depths: time per walk
// should grow in proportion to the depth.
func BenchmarkWalkDeep(b *testing.B) {
	for _, depth := range []int{250, 500, 1000, 2000} {
		b.Run(fmt.Sprintf("depth%d", depth), func(b *testing.B) {
			root := b.TempDir()
			deepTree(b, root, depth)
			for _, follow := range []bool{false, true} {
				name := "nofollow"
				if follow {
					name = "follow"
				}
				b.Run(name, func(b *testing.B) {
					for b.Loop() {
						if _, _, err := walk(root, follow); err != nil {
							b.Fatal(err)
						}
					}
				})
			}
		})
	}
}
