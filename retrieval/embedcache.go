package retrieval

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"hash"
	"hash/crc32"
	"io"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sync"
)

// CachedEmbedder wraps an Embedder with a persistent cache keyed by the
// inner embedder's Name and the SHA-256 of each text, so that re-ingests and
// restarts only embed texts not seen before. It is safe for concurrent use.
//
// The cache file holds the vectors of one embedder: a file written for
// another Name or Dim is ignored (LoadErr says so) and replaced on Save.
//
// File format (little endian): magic "HBEMBC01", name length uint32, name,
// dim uint32, count uint64, then count entries of a 32-byte SHA-256 and dim
// float32s, then a CRC-32C of everything before it.
type CachedEmbedder struct {
	inner Embedder
	name  string
	dim   int
	path  string

	saveMu sync.Mutex // serialises Save

	mu      sync.Mutex
	entries map[[32]byte][]float32 // vectors are never modified once stored
	touched map[[32]byte]struct{}  // used or added since load: what Save keeps
	hits    int
	misses  int
	loadErr error
}

var _ Embedder = (*CachedEmbedder)(nil)

const (
	cacheMagic      = "HBEMBC01"
	cacheMaxNameLen = 1 << 16
)

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// NewCachedEmbedder wraps inner with the cache stored at path, loading it if
// present. A missing file starts an empty cache; an unreadable, corrupt or
// foreign file also starts an empty cache, and LoadErr reports why. An empty
// path keeps the cache in memory only (Save does nothing).
func NewCachedEmbedder(inner Embedder, path string) (*CachedEmbedder, error) {
	if inner == nil {
		return nil, errors.New("embedding cache: no embedder")
	}
	if inner.Dim() <= 0 {
		return nil, fmt.Errorf("embedding cache: embedder %s has dimension %d", inner.Name(), inner.Dim())
	}
	c := &CachedEmbedder{
		inner:   inner,
		name:    inner.Name(),
		dim:     inner.Dim(),
		path:    path,
		entries: make(map[[32]byte][]float32),
		touched: make(map[[32]byte]struct{}),
	}
	if path != "" {
		entries, err := readEmbedCache(path, c.name, c.dim)
		if err != nil {
			c.loadErr = err
		} else if entries != nil {
			c.entries = entries
		}
	}
	return c, nil
}

// Name is the inner embedder's Name.
func (c *CachedEmbedder) Name() string { return c.name }

// Dim is the inner embedder's Dim.
func (c *CachedEmbedder) Dim() int { return c.dim }

// LoadErr tells why the cache file could not be used at start (nil if it
// was loaded or did not exist).
func (c *CachedEmbedder) LoadErr() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.loadErr
}

// Stats returns how many input texts were served from the cache (hits,
// including repeats of a text within one call) and how many were sent to
// the inner embedder (misses).
func (c *CachedEmbedder) Stats() (hits, misses int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.hits, c.misses
}

// Embed returns one vector per text. Texts in the cache are not sent again;
// the others, without repeats, go to the inner embedder in one call. The
// returned slices belong to the caller. Two concurrent calls missing the
// same text may both send it.
func (c *CachedEmbedder) Embed(ctx context.Context, texts []string) ([][]float32, error) {
	out := make([][]float32, len(texts))
	if len(texts) == 0 {
		return out, nil
	}
	keys := make([][32]byte, len(texts))
	for i, t := range texts {
		keys[i] = sha256.Sum256([]byte(t))
	}

	var (
		missText []string
		missAt   map[[32]byte]int // key -> index in missText
	)
	c.mu.Lock()
	for i, k := range keys {
		if v, ok := c.entries[k]; ok {
			out[i] = v // shared for now, copied below
			c.touched[k] = struct{}{}
			continue
		}
		if missAt == nil {
			missAt = make(map[[32]byte]int)
		}
		if _, ok := missAt[k]; !ok {
			missAt[k] = len(missText)
			missText = append(missText, texts[i])
		}
	}
	c.hits += len(texts) - len(missText)
	c.misses += len(missText)
	c.mu.Unlock()

	for i, v := range out {
		if v != nil {
			out[i] = slices.Clone(v)
		}
	}
	if len(missText) == 0 {
		return out, nil
	}

	vecs, err := c.inner.Embed(ctx, missText)
	if err != nil {
		return nil, err
	}
	if len(vecs) != len(missText) {
		return nil, fmt.Errorf("embedding cache: %s returned %d vectors for %d texts", c.name, len(vecs), len(missText))
	}
	for _, v := range vecs {
		if len(v) != c.dim {
			return nil, fmt.Errorf("embedding cache: %s returned a %d-dimensional vector, want %d", c.name, len(v), c.dim)
		}
	}

	stored := make([][]float32, len(vecs))
	for j, v := range vecs {
		stored[j] = slices.Clone(v)
	}
	c.mu.Lock()
	for k, j := range missAt {
		c.entries[k] = stored[j]
		c.touched[k] = struct{}{}
	}
	c.mu.Unlock()

	given := make([]bool, len(vecs))
	for i, k := range keys {
		if out[i] != nil {
			continue
		}
		j := missAt[k]
		if given[j] {
			out[i] = slices.Clone(vecs[j])
		} else {
			out[i] = vecs[j]
			given[j] = true
		}
	}
	return out, nil
}

// Save writes the entries used or added since load to the cache file,
// atomically: a temporary file in the same directory is written, synced and
// renamed over the old one, and the directory is synced. Entries loaded but
// not used since are dropped from the file.
func (c *CachedEmbedder) Save() error {
	if c.path == "" {
		return nil
	}
	c.saveMu.Lock()
	defer c.saveMu.Unlock()

	c.mu.Lock()
	keys := make([][32]byte, 0, len(c.touched))
	for k := range c.touched {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b [32]byte) int { return bytes.Compare(a[:], b[:]) })
	vecs := make([][]float32, len(keys))
	for i, k := range keys {
		vecs[i] = c.entries[k]
	}
	c.mu.Unlock()

	if err := writeEmbedCache(c.path, c.name, c.dim, keys, vecs); err != nil {
		return fmt.Errorf("save embedding cache: %w", err)
	}
	return nil
}

func writeEmbedCache(path, name string, dim int, keys [][32]byte, vecs [][]float32) (err error) {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	f, err := os.CreateTemp(dir, filepath.Base(path)+".tmp-*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(tmp)
		}
	}()

	crc := crc32.New(castagnoli)
	w := bufio.NewWriterSize(io.MultiWriter(f, crc), 1<<20)
	hdr := make([]byte, 0, len(cacheMagic)+4+len(name)+4+8)
	hdr = append(hdr, cacheMagic...)
	hdr = binary.LittleEndian.AppendUint32(hdr, uint32(len(name)))
	hdr = append(hdr, name...)
	hdr = binary.LittleEndian.AppendUint32(hdr, uint32(dim))
	hdr = binary.LittleEndian.AppendUint64(hdr, uint64(len(keys)))
	if _, err = w.Write(hdr); err != nil {
		return err
	}
	buf := make([]byte, 32+4*dim)
	for i, k := range keys {
		copy(buf, k[:])
		for j, x := range vecs[i] {
			binary.LittleEndian.PutUint32(buf[32+4*j:], math.Float32bits(x))
		}
		if _, err = w.Write(buf); err != nil {
			return err
		}
	}
	if err = w.Flush(); err != nil {
		return err
	}
	if _, err = f.Write(binary.LittleEndian.AppendUint32(nil, crc.Sum32())); err != nil {
		return err
	}
	if err = f.Sync(); err != nil {
		return err
	}
	if err = f.Close(); err != nil {
		return err
	}
	if err = os.Rename(tmp, path); err != nil {
		return err
	}
	return syncDir(dir)
}

func syncDir(dir string) error {
	if runtime.GOOS == "windows" {
		return nil // directories cannot be opened for sync there
	}
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}

// crcReader feeds everything read through it to a hash.
type crcReader struct {
	r io.Reader
	h hash.Hash32
}

func (c *crcReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.h.Write(p[:n])
	return n, err
}

// readEmbedCache loads a cache file written for name and dim. A missing file
// gives (nil, nil).
func readEmbedCache(path, name string, dim int) (map[[32]byte][]float32, error) {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("embedding cache %s: %w", path, err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("embedding cache %s: %w", path, err)
	}
	size := st.Size()
	corrupt := func(what string) error {
		return fmt.Errorf("embedding cache %s is corrupt (%s); starting empty", path, what)
	}

	br := bufio.NewReaderSize(f, 1<<20)
	cr := &crcReader{r: br, h: crc32.New(castagnoli)}
	fixed := make([]byte, len(cacheMagic)+4)
	if _, err := io.ReadFull(cr, fixed); err != nil {
		return nil, corrupt("short header")
	}
	if string(fixed[:len(cacheMagic)]) != cacheMagic {
		return nil, corrupt("not an embedding cache file")
	}
	nameLen := binary.LittleEndian.Uint32(fixed[len(cacheMagic):])
	if nameLen > cacheMaxNameLen {
		return nil, corrupt("bad header")
	}
	rest := make([]byte, int(nameLen)+4+8)
	if _, err := io.ReadFull(cr, rest); err != nil {
		return nil, corrupt("short header")
	}
	fileName := string(rest[:nameLen])
	fileDim := int(binary.LittleEndian.Uint32(rest[nameLen:]))
	count := binary.LittleEndian.Uint64(rest[nameLen+4:])
	headerLen := int64(len(fixed) + len(rest))
	if fileDim <= 0 {
		return nil, corrupt("bad dimension")
	}
	entrySize := int64(32 + 4*fileDim)
	body := size - headerLen - 4
	if body < 0 || body%entrySize != 0 || count != uint64(body/entrySize) {
		return nil, corrupt(fmt.Sprintf("size %d does not match %d entries", size, count))
	}
	if fileName != name || fileDim != dim {
		return nil, fmt.Errorf("embedding cache %s holds vectors of %s (dim %d), not %s (dim %d); starting empty",
			path, fileName, fileDim, name, dim)
	}

	n := int(count)
	entries := make(map[[32]byte][]float32, n)
	slab := make([]float32, n*dim)
	buf := make([]byte, entrySize)
	for i := 0; i < n; i++ {
		if _, err := io.ReadFull(cr, buf); err != nil {
			return nil, corrupt("truncated")
		}
		var k [32]byte
		copy(k[:], buf[:32])
		v := slab[i*dim : (i+1)*dim : (i+1)*dim]
		for j := range v {
			v[j] = math.Float32frombits(binary.LittleEndian.Uint32(buf[32+4*j:]))
		}
		entries[k] = v
	}
	want := cr.h.Sum32()
	var trailer [4]byte
	if _, err := io.ReadFull(br, trailer[:]); err != nil {
		return nil, corrupt("truncated")
	}
	if binary.LittleEndian.Uint32(trailer[:]) != want {
		return nil, corrupt("checksum mismatch")
	}
	return entries, nil
}
