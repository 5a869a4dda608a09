package retrieval

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
)

// countingEmbedder returns fakeVec vectors and records what it was asked.
type countingEmbedder struct {
	name string
	dim  int
	err  error

	mu    sync.Mutex
	calls [][]string
}

func (c *countingEmbedder) Name() string { return c.name }
func (c *countingEmbedder) Dim() int     { return c.dim }

func (c *countingEmbedder) Embed(ctx context.Context, texts []string) ([][]float32, error) {
	c.mu.Lock()
	c.calls = append(c.calls, slices.Clone(texts))
	c.mu.Unlock()
	if c.err != nil {
		return nil, c.err
	}
	out := make([][]float32, len(texts))
	for i, t := range texts {
		out[i] = fakeVec(t, c.dim)
	}
	return out, nil
}

func (c *countingEmbedder) sent() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	var all []string
	for _, call := range c.calls {
		all = append(all, call...)
	}
	return all
}

func (c *countingEmbedder) numCalls() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.calls)
}

func newCounting() *countingEmbedder { return &countingEmbedder{name: "fake:m@16", dim: 16} }

func checkRaw(t *testing.T, in []string, got [][]float32, dim int) {
	t.Helper()
	if len(got) != len(in) {
		t.Fatalf("got %d vectors for %d texts", len(got), len(in))
	}
	for i := range in {
		if !slices.Equal(got[i], fakeVec(in[i], dim)) {
			t.Fatalf("vector %d is not that of %q", i, in[i])
		}
	}
}

func TestCachedEmbedderSecondCallNoRequest(t *testing.T) {
	f := &fakeOpenAI{key: testKey, dims: 8}
	srv := startFake(t, f)
	e := newTestEmbedder(t, srv, OpenAIConfig{Dimensions: 8, BatchSize: 4})
	path := filepath.Join(t.TempDir(), "embed.cache")
	c, err := NewCachedEmbedder(e, path)
	if err != nil {
		t.Fatal(err)
	}
	if c.LoadErr() != nil {
		t.Fatalf("LoadErr on a missing file: %v", c.LoadErr())
	}
	if c.Name() != e.Name() || c.Dim() != 8 {
		t.Errorf("Name/Dim %q %d", c.Name(), c.Dim())
	}
	in := texts(10)
	first, err := c.Embed(context.Background(), in)
	if err != nil {
		t.Fatal(err)
	}
	checkVectors(t, in, first, 8)
	calls := f.calls.Load()
	if calls != 3 {
		t.Errorf("%d requests, want 3", calls)
	}
	second, err := c.Embed(context.Background(), in)
	if err != nil {
		t.Fatal(err)
	}
	checkVectors(t, in, second, 8)
	if f.calls.Load() != calls {
		t.Errorf("second Embed made %d more requests", f.calls.Load()-calls)
	}
	if h, m := c.Stats(); h != 10 || m != 10 {
		t.Errorf("Stats() = %d hits, %d misses; want 10, 10", h, m)
	}

	// After a restart, the saved cache answers without the server.
	if err := c.Save(); err != nil {
		t.Fatal(err)
	}
	c2, err := NewCachedEmbedder(e, path)
	if err != nil || c2.LoadErr() != nil {
		t.Fatal(err, c2.LoadErr())
	}
	third, err := c2.Embed(context.Background(), in)
	if err != nil {
		t.Fatal(err)
	}
	checkVectors(t, in, third, 8)
	if f.calls.Load() != calls {
		t.Error("reloaded cache made requests")
	}
}

func TestCachedEmbedderDedupesAndCopies(t *testing.T) {
	inner := newCounting()
	c, err := NewCachedEmbedder(inner, "")
	if err != nil {
		t.Fatal(err)
	}
	in := []string{"a", "b", "a", "c", "b"}
	got, err := c.Embed(context.Background(), in)
	if err != nil {
		t.Fatal(err)
	}
	checkRaw(t, in, got, 16)
	if s := inner.sent(); !slices.Equal(s, []string{"a", "b", "c"}) || inner.numCalls() != 1 {
		t.Errorf("inner got %v in %d calls, want [a b c] in 1", inner.calls, inner.numCalls())
	}
	if h, m := c.Stats(); h != 2 || m != 3 {
		t.Errorf("Stats() = %d, %d; want 2 hits, 3 misses", h, m)
	}
	// Returned vectors are the caller's: changing them leaves the cache alone.
	got[0][0], got[2][0] = 1e9, 1e9
	again, err := c.Embed(context.Background(), []string{"a", "d"})
	if err != nil {
		t.Fatal(err)
	}
	checkRaw(t, []string{"a", "d"}, again, 16)
	if s := inner.sent(); !slices.Equal(s, []string{"a", "b", "c", "d"}) {
		t.Errorf("inner got %v", s)
	}
	// Nothing to do: no call.
	if got, err := c.Embed(context.Background(), nil); err != nil || len(got) != 0 || inner.numCalls() != 2 {
		t.Errorf("Embed(nil) = %v, %v (calls %d)", got, err, inner.numCalls())
	}
	if err := c.Save(); err != nil {
		t.Errorf("Save of a memory-only cache: %v", err)
	}
}

func TestCachedEmbedderInnerError(t *testing.T) {
	inner := newCounting()
	inner.err = errors.New("boom")
	c, _ := NewCachedEmbedder(inner, "")
	if _, err := c.Embed(context.Background(), []string{"x"}); !errors.Is(err, inner.err) {
		t.Fatalf("error %v", err)
	}
	inner.err = nil
	if _, err := c.Embed(context.Background(), []string{"x"}); err != nil {
		t.Fatal(err)
	}
	if n := inner.numCalls(); n != 2 {
		t.Errorf("%d calls: a failure must not be cached", n)
	}
}

func TestCachedEmbedderSaveReload(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "sub", "embed.cache")
	c, _ := NewCachedEmbedder(newCounting(), path)
	in := []string{"alpha", "beta", "gamma", "", "δέλτα 血压"}
	if _, err := c.Embed(context.Background(), in); err != nil {
		t.Fatal(err)
	}
	if err := c.Save(); err != nil {
		t.Fatal(err)
	}
	// Saving twice is fine and leaves no temporary files.
	if err := c.Save(); err != nil {
		t.Fatal(err)
	}
	names, _ := os.ReadDir(filepath.Dir(path))
	if len(names) != 1 || names[0].Name() != "embed.cache" {
		t.Errorf("directory holds %v", names)
	}

	inner := newCounting()
	c2, err := NewCachedEmbedder(inner, path)
	if err != nil || c2.LoadErr() != nil {
		t.Fatal(err, c2.LoadErr())
	}
	got, err := c2.Embed(context.Background(), in)
	if err != nil {
		t.Fatal(err)
	}
	checkRaw(t, in, got, 16)
	if inner.numCalls() != 0 {
		t.Errorf("reloaded cache called the embedder for %v", inner.sent())
	}
	if h, m := c2.Stats(); h != 5 || m != 0 {
		t.Errorf("Stats() = %d, %d", h, m)
	}
}

func TestCachedEmbedderSaveKeepsTouchedOnly(t *testing.T) {
	path := filepath.Join(t.TempDir(), "embed.cache")
	c1, _ := NewCachedEmbedder(newCounting(), path)
	if _, err := c1.Embed(context.Background(), []string{"a", "b", "c"}); err != nil {
		t.Fatal(err)
	}
	if err := c1.Save(); err != nil {
		t.Fatal(err)
	}

	// Next run uses a (hit) and adds d; b and c are gone from the corpus.
	inner2 := newCounting()
	c2, _ := NewCachedEmbedder(inner2, path)
	if _, err := c2.Embed(context.Background(), []string{"a", "d"}); err != nil {
		t.Fatal(err)
	}
	if s := inner2.sent(); !slices.Equal(s, []string{"d"}) {
		t.Errorf("second run sent %v, want [d]", s)
	}
	if err := c2.Save(); err != nil {
		t.Fatal(err)
	}

	inner3 := newCounting()
	c3, _ := NewCachedEmbedder(inner3, path)
	if c3.LoadErr() != nil {
		t.Fatal(c3.LoadErr())
	}
	if _, err := c3.Embed(context.Background(), []string{"a", "b", "c", "d"}); err != nil {
		t.Fatal(err)
	}
	if s := inner3.sent(); !slices.Equal(s, []string{"b", "c"}) {
		t.Errorf("third run sent %v, want [b c] (dropped by the second Save)", s)
	}
}

func TestCachedEmbedderCorruptFile(t *testing.T) {
	// A valid file to damage in various ways.
	dir := t.TempDir()
	good := filepath.Join(dir, "good.cache")
	c, _ := NewCachedEmbedder(newCounting(), good)
	if _, err := c.Embed(context.Background(), []string{"a", "b"}); err != nil {
		t.Fatal(err)
	}
	if err := c.Save(); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(good)
	if err != nil {
		t.Fatal(err)
	}
	flipped := slices.Clone(data)
	flipped[len(flipped)-20] ^= 0x40

	for _, tc := range []struct {
		name string
		data []byte
		want string
	}{
		{"garbage", []byte("this is not a cache file at all, sorry"), "corrupt"},
		{"empty", nil, "corrupt"},
		{"truncated", data[:len(data)-7], "corrupt"},
		{"flipped bit", flipped, "checksum"},
		{"huge count", append(slices.Clone(data[:len(data)-4-2*(32+16*4)-8]),
			0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f), "corrupt"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(dir, strings.ReplaceAll(tc.name, " ", "_")+".cache")
			if err := os.WriteFile(path, tc.data, 0o600); err != nil {
				t.Fatal(err)
			}
			inner := newCounting()
			c, err := NewCachedEmbedder(inner, path)
			if err != nil {
				t.Fatalf("corrupt cache is fatal: %v", err)
			}
			if c.LoadErr() == nil || !strings.Contains(c.LoadErr().Error(), tc.want) {
				t.Fatalf("LoadErr() = %v, want one mentioning %q", c.LoadErr(), tc.want)
			}
			got, err := c.Embed(context.Background(), []string{"a", "b"})
			if err != nil {
				t.Fatal(err)
			}
			checkRaw(t, []string{"a", "b"}, got, 16)
			if s := inner.sent(); !slices.Equal(s, []string{"a", "b"}) {
				t.Errorf("sent %v: cache should start empty", s)
			}
			// Saving repairs the file.
			if err := c.Save(); err != nil {
				t.Fatal(err)
			}
			c2, _ := NewCachedEmbedder(newCounting(), path)
			if c2.LoadErr() != nil {
				t.Errorf("after Save: %v", c2.LoadErr())
			}
		})
	}
}

func TestCachedEmbedderOtherEmbedderFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "embed.cache")
	c, _ := NewCachedEmbedder(newCounting(), path)
	if _, err := c.Embed(context.Background(), []string{"a"}); err != nil {
		t.Fatal(err)
	}
	if err := c.Save(); err != nil {
		t.Fatal(err)
	}
	other := &countingEmbedder{name: "openai:other@16", dim: 16}
	c2, err := NewCachedEmbedder(other, path)
	if err != nil {
		t.Fatal(err)
	}
	if c2.LoadErr() == nil || !strings.Contains(c2.LoadErr().Error(), "fake:m@16") {
		t.Errorf("LoadErr() = %v", c2.LoadErr())
	}
	if _, err := c2.Embed(context.Background(), []string{"a"}); err != nil {
		t.Fatal(err)
	}
	if other.numCalls() != 1 {
		t.Error("vectors of another embedder were used")
	}
}

func TestCachedEmbedderConcurrent(t *testing.T) {
	path := filepath.Join(t.TempDir(), "embed.cache")
	inner := newCounting()
	c, _ := NewCachedEmbedder(inner, path)
	var wg sync.WaitGroup
	errs := make(chan error, 64)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for round := 0; round < 20; round++ {
				in := make([]string, 10)
				for i := range in {
					in[i] = fmt.Sprintf("text %d", (g*7+round*3+i)%40)
				}
				got, err := c.Embed(context.Background(), in)
				if err != nil {
					errs <- err
					return
				}
				for i := range in {
					if !slices.Equal(got[i], fakeVec(in[i], 16)) {
						errs <- fmt.Errorf("wrong vector for %q", in[i])
						return
					}
				}
				if round%5 == 0 {
					if err := c.Save(); err != nil {
						errs <- err
						return
					}
					c.Stats()
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if h, m := c.Stats(); h+m != 8*20*10 {
		t.Errorf("hits %d + misses %d != %d", h, m, 8*20*10)
	}
	if err := c.Save(); err != nil {
		t.Fatal(err)
	}
	inner2 := newCounting()
	c2, _ := NewCachedEmbedder(inner2, path)
	all := make([]string, 40)
	for i := range all {
		all[i] = fmt.Sprintf("text %d", i)
	}
	got, err := c2.Embed(context.Background(), all)
	if err != nil || c2.LoadErr() != nil {
		t.Fatal(err, c2.LoadErr())
	}
	checkRaw(t, all, got, 16)
	if inner2.numCalls() != 0 {
		t.Errorf("reload missed %v", inner2.sent())
	}
}
