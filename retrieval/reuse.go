package retrieval

import (
	"bufio"
	"cmp"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/blevesearch/bleve/v2"
)

// A build reuses the vectors of the live generation: a chunk whose
// embedded text (section path and passage, embedText) is unchanged keeps
// its vector, and only new text is embedded. Each generation stores, in
// textsFile, a 64-bit hash of the embedded text of every row of its vector
// file, in row order, so the next build can find them.
//
// The local embedder weighs n-grams by the corpus's IDF, which every
// changed file shifts a little: a build that reuses vectors keeps the live
// generation's IDF and embeds the new text with it, so questions and
// passages are still weighed alike. Manifest.Stale counts the chunks
// added or removed since that IDF was computed; once they are more than
// maxStaleShare of the chunks, the build starts over (every chunk
// embedded, a fresh IDF), as a cold build would. Other embedders' vectors
// do not depend on the corpus, so they are always reused.
const (
	textsFile     = "texts.bin"
	maxStaleShare = 0.1
)

// textHash is the key of a chunk's vector among builds.
func textHash(text string) uint64 {
	return fnvString(fnvOffset64, text)
}

// writeTexts stores the text hashes of the rows, in row order, sealed with
// key when key is not "" (a hash confirms a guessed passage).
func writeTexts(gen string, hashes []uint64, key string) error {
	data := make([]byte, 0, 8*len(hashes))
	for _, h := range hashes {
		data = binary.LittleEndian.AppendUint64(data, h)
	}
	if key != "" {
		var err error
		if data, err = seal(data, key); err != nil {
			return fmt.Errorf("write text hashes: %w", err)
		}
	}
	if err := os.WriteFile(filepath.Join(gen, textsFile), data, 0o644); err != nil {
		return fmt.Errorf("write text hashes: %w", err)
	}
	return nil
}

// reusable is what a build may take from the live generation.
type reusable struct {
	table   *vecTable
	rowOf   map[uint64]int // text hash -> row
	idf     *IDF           // the local embedder's; nil otherwise
	stale   int            // Manifest.Stale of the live generation
	release func() error
}

// rows returns the rows of the texts of hashes: out[i] is -1 when
// hashes[i] is of a text the generation does not hold.
func (r *reusable) rows(hashes []uint64) []int {
	out := make([]int, len(hashes))
	for i, h := range hashes {
		row, ok := r.rowOf[h]
		if !ok {
			row = -1
		}
		out[i] = row
	}
	return out
}

// vectors returns the stored vectors of the texts of hashes: out[i] is
// nil when hashes[i] is of a text the generation does not hold.
func (r *reusable) vectors(hashes []uint64) [][]float32 {
	t := r.table
	out := make([][]float32, len(hashes))
	type pick struct{ i, row int }
	var picks []pick
	for i, h := range hashes {
		if row, ok := r.rowOf[h]; ok {
			picks = append(picks, pick{i, row})
		}
	}
	slices.SortFunc(picks, func(a, b pick) int { return cmp.Compare(a.row, b.row) })
	block := make([]float32, len(picks)*t.dim)
	for k, p := range picks {
		out[p.i] = block[k*t.dim : (k+1)*t.dim : (k+1)*t.dim]
	}
	// A transpose in tiles of rows: each column is read in order, and the
	// tile's vectors being written stay in the cache.
	const tile = 64
	for lo := 0; lo < len(picks); lo += tile {
		ps := picks[lo:min(lo+tile, len(picks))]
		for d := range t.dim {
			col := t.cols[d*t.rows : (d+1)*t.rows]
			for k, p := range ps {
				block[(lo+k)*t.dim+d] = col[p.row]
			}
		}
	}
	return out
}

// errNotReusable says why the live generation cannot lend its vectors.
var errNotReusable = errors.New("live index not reusable")

// loadReusable opens the vectors of the live generation of dir, if it was
// built in this format by emb with the same encryption setting.
func loadReusable(dir string, emb Embedder, key string) (*reusable, error) {
	gen, err := currentGeneration(dir)
	if err != nil {
		return nil, err
	}
	m, err := ReadManifest(dir)
	if err != nil {
		return nil, err
	}
	if m.Format != formatVersion || m.Embedder != emb.Name() || m.Dim != emb.Dim() || m.Encrypted != (key != "") {
		return nil, errNotReusable
	}
	texts, err := os.ReadFile(filepath.Join(gen, textsFile))
	if err != nil {
		return nil, err
	}
	if key != "" {
		if texts, err = unseal(texts, key); err != nil {
			return nil, err
		}
	}
	data, release, err := mapFile(filepath.Join(gen, vectorsFile), key)
	if err != nil {
		return nil, err
	}
	r := &reusable{stale: m.Stale, release: release}
	if r.table, err = decodeVecTable(data, m.Dim); err != nil {
		release()
		return nil, err
	}
	if len(texts) != 8*r.table.rows {
		release()
		return nil, fmt.Errorf("%w: %d text hashes for %d vectors", errVecFile, len(texts)/8, r.table.rows)
	}
	r.rowOf = make(map[uint64]int, r.table.rows)
	for i := range r.table.rows {
		r.rowOf[binary.LittleEndian.Uint64(texts[8*i:])] = i
	}
	if _, ok := emb.(*LocalEmbedder); ok {
		f, err := os.Open(filepath.Join(gen, idfFile))
		if err != nil {
			release()
			return nil, err
		}
		r.idf, err = ReadIDF(bufio.NewReader(f))
		f.Close()
		if err != nil {
			release()
			return nil, err
		}
	}
	return r, nil
}

// keywordIDsFile lists the documents of a generation's keyword index: per
// document a uint32 length, its id, and the uint64 hash of its fields.
const keywordIDsFile = "keyword.ids"

// writeKeywordIDs stores the ids and hashes of the documents.
func writeKeywordIDs(gen string, docs []keyedID) error {
	var data []byte
	for _, d := range docs {
		data = binary.LittleEndian.AppendUint32(data, uint32(len(d.id)))
		data = append(data, d.id...)
		data = binary.LittleEndian.AppendUint64(data, d.hash)
	}
	if err := os.WriteFile(filepath.Join(gen, keywordIDsFile), data, 0o644); err != nil {
		return fmt.Errorf("write keyword ids: %w", err)
	}
	return nil
}

// readKeywordIDs reads what writeKeywordIDs stored: id -> hash.
func readKeywordIDs(gen string) (map[string]uint64, error) {
	data, err := os.ReadFile(filepath.Join(gen, keywordIDsFile))
	if err != nil {
		return nil, err
	}
	out := map[string]uint64{}
	for len(data) > 0 {
		if len(data) < 4 {
			return nil, fmt.Errorf("%s damaged", keywordIDsFile)
		}
		n := int(binary.LittleEndian.Uint32(data))
		if len(data) < 4+n+8 {
			return nil, fmt.Errorf("%s damaged", keywordIDsFile)
		}
		out[string(data[4:4+n])] = binary.LittleEndian.Uint64(data[4+n:])
		data = data[12+n:]
	}
	return out, nil
}

// diffKeyword reads docs once, comparing them with old (id -> hash, the
// live generation's): it returns the ids and hashes of docs, the documents
// new or changed since, and the ids of old documents gone. n is the number
// of docs: once more than maxStaleShare of them changed (updateKeyword
// then builds anew), changed ones are no longer kept.
func diffKeyword(docs iter.Seq[keyedDoc], old map[string]uint64, n int) (ids []keyedID, changed []keyedDoc, gone []string) {
	return diffKeywordParts(old, n, docs)
}

// diffKeywordParts is diffKeyword of the documents of parts in turn, each
// part read on its own goroutine.
func diffKeywordParts(old map[string]uint64, n int, parts ...iter.Seq[keyedDoc]) (ids []keyedID, changed []keyedDoc, gone []string) {
	type result struct {
		ids     []keyedID
		changed []keyedDoc
	}
	res := make([]result, len(parts))
	var wg sync.WaitGroup
	for i, part := range parts {
		wg.Go(func() {
			var r result
			many := false
			for d := range part {
				r.ids = append(r.ids, d.keyedID)
				if h, ok := old[d.id]; ok && h == d.hash || many {
					continue
				}
				r.changed = append(r.changed, d)
				many = float64(len(r.changed)) > maxStaleShare*float64(n)
			}
			res[i] = r
		})
	}
	wg.Wait()
	ids = make([]keyedID, 0, n)
	for _, r := range res {
		ids = append(ids, r.ids...)
		changed = append(changed, r.changed...)
	}
	current := make(map[string]bool, len(ids))
	for _, d := range ids {
		current[d.id] = true
	}
	for id := range old {
		if !current[id] {
			gone = append(gone, id)
		}
	}
	slices.Sort(gone)
	return ids, changed, gone
}

// updateKeyword makes the keyword index in gen from a copy of prevGen's:
// the documents gone are deleted, the new or changed ones indexed (as
// diffKeyword found them among n documents). It reports false, having
// written nothing, when prevGen's cannot be used or more than
// maxStaleShare of the documents changed: a new index is then smaller and
// as fast to build.
func updateKeyword(ctx context.Context, gen, prevGen string, changed []keyedDoc, gone []string, n int) (bool, error) {
	if float64(len(changed)+len(gone)) > maxStaleShare*float64(n) {
		return false, nil
	}
	dst := filepath.Join(gen, keywordDir)
	if err := copyTree(filepath.Join(prevGen, keywordDir), dst); err != nil {
		os.RemoveAll(dst)
		return false, nil
	}
	idx, err := bleve.Open(dst)
	if err != nil {
		os.RemoveAll(dst)
		return false, nil
	}
	batch := idx.NewBatch()
	for _, id := range gone {
		batch.Delete(id)
	}
	for _, d := range changed {
		if err := batch.IndexAdvanced(keywordDocument(d.id, &d.doc)); err != nil {
			idx.Close()
			return false, fmt.Errorf("keyword index %s: %w", d.id, err)
		}
	}
	if err := ctx.Err(); err != nil {
		idx.Close()
		return false, err
	}
	if err := idx.Batch(batch); err != nil {
		idx.Close()
		return false, fmt.Errorf("keyword index: %w", err)
	}
	if err := idx.Close(); err != nil {
		return false, fmt.Errorf("keyword index: %w", err)
	}
	return true, nil
}

// copyTree copies the folder src to dst. Segment files (.zap), which bleve
// never changes once written, are hard-linked where the file system
// allows; the rest is copied.
func copyTree(src, dst string) error {
	return filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, path)
		if err != nil {
			return err
		}
		to := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(to, 0o755)
		}
		if strings.HasSuffix(path, ".zap") && os.Link(path, to) == nil {
			return nil
		}
		return copyFile(path, to)
	})
}

// copyFile copies the file src to dst.
func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
