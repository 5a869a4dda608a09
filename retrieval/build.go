package retrieval

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/philippgille/chromem-go"

	"github.com/healthbot/healthbot/corpus"
)

// BuildOptions configure an index build.
type BuildOptions struct {
	Key       string // encrypt the vectors with this passphrase; "" for none
	BatchSize int    // texts per embedding call; 256 when 0
	// Progress, when set, is called as chunks are embedded.
	Progress func(done, total int)
	// Access records the access folder of each file; searches read only
	// the files their Filters.Access allows.
	Access Access
	// Corpus names the stored corpus the documents come from (the
	// ingest package's state); the manifest records it, so that an
	// ingest can tell whether the live index was made from the corpus
	// it stored.
	Corpus string
	// Since and Unchanged say which documents are as they were when the
	// live index was built: docs[i] is when Unchanged[i] is true and the
	// live index records Since as its Corpus. Their keyword documents are
	// then taken as the live index has them, not made again to be
	// compared.
	Since     string
	Unchanged []bool
}

// BuildStats tell what a build indexed.
type BuildStats struct {
	Chunks  int
	Figures int
	Reports int
	// Reused counts the chunks whose vector was taken from the previous
	// generation instead of embedded (reuse.go).
	Reused int
	// KeywordUpdated says the keyword index was updated from the previous
	// generation's rather than built anew (writeKeyword).
	KeywordUpdated bool
	Elapsed        time.Duration
}

// Build embeds and indexes the chunks and figures of docs into a new
// generation of the index in dir and makes it live. Reports marked as
// near-duplicates of another are not indexed: the report that stands for
// them is. On any error the previous index stays live and untouched.
func Build(ctx context.Context, dir string, docs []*corpus.Document, emb Embedder, opts BuildOptions) (st BuildStats, err error) {
	start := time.Now()
	// The live generation, when of this format; since says it was built
	// from opts.Since.
	prevGen, since := "", false
	if m, merr := ReadManifest(dir); merr == nil && m.Format == formatVersion {
		prevGen, _ = currentGeneration(dir)
		since = opts.Since != "" && m.Corpus == opts.Since
	}
	var chunks []indexedChunk
	var figures []indexedFigure
	for di, d := range docs {
		kept := since && di < len(opts.Unchanged) && opts.Unchanged[di]
		for ri := range d.Reports {
			r := &d.Reports[ri] // shared by its chunks and figures, not copied to each
			if r.DuplicateOf != "" {
				continue
			}
			st.Reports++
			for _, c := range r.Chunks {
				chunks = append(chunks, indexedChunk{Chunk: c, report: r, kept: kept})
			}
			for fi := range r.Figures {
				figures = append(figures, indexedFigure{Figure: &r.Figures[fi], report: r, kept: kept})
			}
		}
	}
	st.Chunks, st.Figures = len(chunks), len(figures)

	// Titles and section paths repeat across a report's chunks: each
	// distinct one is normalised (converted to Simplified) once.
	norm := normCache{}
	texts := make([]string, len(chunks))
	for i, c := range chunks {
		texts[i] = embedText(c.Chunk, norm)
	}
	hashes := make([]uint64, len(texts))
	for i, t := range texts {
		hashes[i] = textHash(t)
	}
	gen, err := newGeneration(dir)
	if err != nil {
		return st, err
	}
	// The keyword index is built while the chunks are embedded: they
	// share nothing, and each alone leaves a core idle. It is updated
	// from the live one when that is of this format (writeKeyword).
	kwCtx, cancelKw := context.WithCancel(ctx)
	kwDone := make(chan error, 1)
	go func() {
		var kerr error
		st.KeywordUpdated, kerr = writeKeyword(kwCtx, gen, prevGen, chunks, figures, norm)
		kwDone <- kerr
	}()
	defer func() {
		cancelKw()
		if kwDone != nil {
			<-kwDone // before the generation is removed
		}
		if err != nil {
			os.RemoveAll(gen)
		}
	}()
	vectors, reused, idf, stale, err := embedReusing(ctx, dir, emb, chunks, texts, hashes, opts, &st)
	if err != nil {
		return st, err
	}
	if reused.prev != nil {
		defer reused.release() // on an error before the vector file is written
	}
	if idf != nil {
		emb = emb.(*LocalEmbedder).WithIDF(idf)
	}
	if idf != nil {
		if err = writeIDF(gen, idf); err != nil {
			return st, err
		}
	}
	_, local := emb.(*LocalEmbedder)
	err = writeVectors(ctx, gen, prevGen, emb.Dim(), chunks, vectors, reused, hashes, opts.Key, !local)
	reused.release()
	if err != nil {
		return st, err
	}
	err = <-kwDone
	kwDone = nil
	if err != nil {
		return st, err
	}
	if err = writeAccess(gen, opts.Access); err != nil {
		return st, err
	}
	m := Manifest{
		Format: formatVersion, Embedder: emb.Name(), Dim: emb.Dim(),
		Chunks: st.Chunks, Figures: st.Figures, Reports: st.Reports,
		Encrypted: opts.Key != "", Stale: stale, Corpus: opts.Corpus, BuiltAt: time.Now().UTC().Format(time.RFC3339),
	}
	data, _ := json.MarshalIndent(m, "", "  ")
	if err = os.WriteFile(filepath.Join(gen, manifestFile), data, 0o644); err != nil {
		return st, fmt.Errorf("write manifest: %w", err)
	}
	if err = ctx.Err(); err != nil {
		return st, err
	}
	if err = publishGeneration(dir, gen); err != nil {
		return st, err
	}
	st.Elapsed = time.Since(start)
	return st, nil
}

// writeIDF stores the n-gram statistics of the local embedder.
func writeIDF(gen string, idf *IDF) error {
	f, err := os.Create(filepath.Join(gen, idfFile))
	if err != nil {
		return fmt.Errorf("write idf: %w", err)
	}
	w := bufio.NewWriter(f)
	if _, err := idf.WriteTo(w); err != nil {
		f.Close()
		return fmt.Errorf("write idf: %w", err)
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("write idf: %w", err)
	}
	return f.Close()
}

// indexedChunk is a chunk with the report it belongs to. kept says its
// document is as it was when the live generation was built
// (BuildOptions.Unchanged).
type indexedChunk struct {
	corpus.Chunk
	report *corpus.Report
	kept   bool
}

// indexedFigure is a figure with the report it belongs to (both shared
// with the document, not copied: a document may hold hundreds of thousands
// of figures), and kept as indexedChunk's.
type indexedFigure struct {
	*corpus.Figure
	report *corpus.Report
	kept   bool
}

// embedText is what is embedded for a chunk: its section path gives the
// passage the context of its headings.
func embedText(c corpus.Chunk, norm normCache) string {
	if c.Section == "" {
		return c.Norm
	}
	return norm.get(c.Section) + "\n" + c.Norm
}

// joinNorm is corpus.Normalize(a + "\n" + b) from the normalised a and b
// (c.Norm is its text's): normalising collapses the line break to a space
// and drops it at either end, and converts each side alone.
func joinNorm(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + " " + b
}

// normCache remembers the normalised form of texts met more than once.
type normCache map[string]string

// get returns corpus.Normalize(s), computing it the first time only.
func (m normCache) get(s string) string {
	n, ok := m[s]
	if !ok {
		n = corpus.Normalize(s)
		m[s] = n
	}
	return n
}

// embedReusing returns the vectors of chunks (texts[i] is what is embedded
// of chunks[i], hashes[i] its textHash), taking those of unchanged text
// from the live generation of dir (reuse.go) and embedding the rest. The
// local embedder's reused vectors are left where they are stored
// (vectors[i] nil, reused.rows[i] their row): the vector file is written
// from there; the caller releases reused. For the local embedder it also
// returns the IDF the vectors were made with and how many of them were
// embedded under an IDF of an earlier corpus.
func embedReusing(ctx context.Context, dir string, emb Embedder, chunks []indexedChunk, texts []string, hashes []uint64, opts BuildOptions, st *BuildStats) (vectors [][]float32, reused reusedVectors, idf *IDF, stale int, err error) {
	local, isLocal := emb.(*LocalEmbedder)
	vectors = make([][]float32, len(chunks))
	var todo []int
	reusing := false
	if prev, err := loadReusable(dir, emb, encryptionKey(opts.Key)); err == nil {
		if isLocal {
			reused = reusedVectors{prev: prev, rows: prev.rows(hashes)}
			for i, row := range reused.rows {
				if row < 0 {
					todo = append(todo, i)
				}
			}
		} else {
			// An ANN file is written from the rows: they are read out.
			vectors = prev.vectors(hashes)
			for i, v := range vectors {
				if v == nil {
					todo = append(todo, i)
				}
			}
		}
		// Drift: chunks added, or gone, since the IDF was computed.
		idf, stale = prev.idf, prev.stale+len(todo)+max(0, prev.table.rows-(len(chunks)-len(todo)))
		if reused.prev == nil {
			prev.release()
		}
		// Too much new text under the old IDF: start over.
		reusing = !isLocal || float64(stale) <= maxStaleShare*float64(len(chunks))
	}
	if !reusing {
		reused.release()
		reused = reusedVectors{}
		clear(vectors)
		todo, idf, stale = make([]int, len(chunks)), nil, 0
		for i := range todo {
			todo[i] = i
		}
	}
	if !isLocal {
		stale = 0
	}
	if isLocal {
		if idf == nil {
			idf = NewIDF(texts) // the local embedder weighs n-grams by their rarity in this corpus
		}
		emb = local.WithIDF(idf)
	}
	st.Reused = len(chunks) - len(todo)
	sub := make([]indexedChunk, len(todo))
	subTexts := make([]string, len(todo))
	for j, i := range todo {
		sub[j], subTexts[j] = chunks[i], texts[i]
	}
	vs, err := embedChunks(ctx, emb, sub, subTexts, opts)
	if err != nil {
		reused.release()
		return nil, reusedVectors{}, nil, 0, err
	}
	for j, i := range todo {
		vectors[i] = vs[j]
	}
	return vectors, reused, idf, stale, nil
}

// reusedVectors are the vectors a build takes from the live generation
// where they are stored: rows[i] is chunk i's row of prev's table, -1 for
// a chunk embedded anew.
type reusedVectors struct {
	prev *reusable
	rows []int
}

// release unmaps the live generation's vectors; it may be called again.
func (r *reusedVectors) release() {
	if r.prev != nil {
		r.prev.release()
		r.prev = nil
	}
}

// embedChunks embeds all chunks (texts[i] is what is embedded of
// chunks[i]) in batches, reporting progress.
func embedChunks(ctx context.Context, emb Embedder, chunks []indexedChunk, texts []string, opts BuildOptions) ([][]float32, error) {
	batch := opts.BatchSize
	if batch <= 0 {
		batch = 256
	}
	out := make([][]float32, 0, len(chunks))
	for i := 0; i < len(chunks); i += batch {
		end := min(i+batch, len(chunks))
		vs, err := emb.Embed(ctx, texts[i:end])
		if err != nil {
			return nil, fmt.Errorf("embed chunks %d-%d of %d: %w", i+1, end, len(chunks), err)
		}
		if len(vs) != end-i {
			return nil, fmt.Errorf("embed chunks %d-%d: got %d vectors for %d texts", i+1, end, len(vs), end-i)
		}
		for j, v := range vs {
			if len(v) != emb.Dim() {
				return nil, fmt.Errorf("embed chunk %s: %d dimensions, want %d", chunks[i+j].ID, len(v), emb.Dim())
			}
		}
		out = append(out, vs...)
		if opts.Progress != nil {
			opts.Progress(end, len(chunks))
		}
	}
	return out, nil
}

// chunkMetadata is what the vector store keeps beside each vector: enough
// to filter and to show a hit without the parsed corpus.
func chunkMetadata(c indexedChunk) map[string]string {
	return map[string]string{
		fieldYear:    strconv.Itoa(c.Year),
		fieldKind:    string(c.Kind),
		fieldOrg:     c.report.Org,
		fieldPlace:   chunkPlace(c),
		fieldFile:    c.report.File,
		"report":     c.report.ID,
		"ref":        c.report.Ref(),
		"title":      c.report.Title,
		"source":     c.report.Source,
		"published":  c.report.Published,
		"docnumber":  c.report.DocNumber,
		"section":    c.Section,
		"period":     c.report.Period,
		"duplicates": strings.Join(c.report.Duplicates, "\n"),
		"span":       strconv.Itoa(c.Span.Start) + "-" + strconv.Itoa(c.Span.End),
		fieldNext:    c.Next,
		fieldPrev:    c.Prev,
		fieldSuspect: suspectValue(c.Suspect),
	}
}

// fieldSuspect is the metadata key of Chunk.Suspect ("1" or "").
const fieldSuspect = "suspect"

// fieldNorm is the key, in the chunk file only, of the normalised section
// path and text of a chunk, which searches read (for years and focus) of
// every candidate: normalising, and converting Traditional text, once at
// build time instead of at every search.
const fieldNorm = "norm"

func suspectValue(b bool) string {
	if b {
		return "1"
	}
	return ""
}

// writeVectors stores the chunk vectors in the vector file (vecfile.go),
// the chunks' text and metadata in the chunk file (chunkfile.go), both
// read by searches, dense vectors of annMinRows chunks or more also in the
// ANN file (annfile.go), and the chunks as chromem-go exports, one per
// year's collection (writeChromemExport), the store of record. chromem-go requires a vector per
// document: each gets placeholderVector, as the vectors are in the vector
// file.
func writeVectors(ctx context.Context, gen, prevGen string, dim int, chunks []indexedChunk, vectors [][]float32, reused reusedVectors, hashes []uint64, key string, dense bool) error {
	// The three outputs share nothing: each is written on its own
	// goroutine.
	var wg sync.WaitGroup
	errs := make([]error, 3)
	wg.Go(func() { errs[0] = writeVectorRows(gen, dim, chunks, vectors, reused, hashes, key, dense) })
	wg.Go(func() { errs[1] = writeChunkRecords(gen, prevGen, chunks, key) })
	wg.Go(func() { errs[2] = writeChromemExport(ctx, gen, prevGen, chunks, key) })
	wg.Wait()
	return errors.Join(errs...)
}

// writeVectorRows writes the vector file, the text hashes of its rows and
// for dense vectors of annMinRows chunks or more the ANN file.
func writeVectorRows(gen string, dim int, chunks []indexedChunk, vectors [][]float32, reused reusedVectors, hashes []uint64, key string, dense bool) error {
	rows := make([]vecRow, len(chunks))
	for i, c := range chunks {
		rows[i] = vecRow{id: c.ID, year: c.Year, kind: string(c.Kind), org: c.report.Org, file: c.report.File, vec: vectors[i], text: hashes[i]}
		if vectors[i] == nil && reused.prev != nil && reused.rows[i] >= 0 {
			rows[i].src, rows[i].srcRow = reused.prev.table, reused.rows[i]
		}
	}
	sortRows(rows)
	if err := writeVecFile(filepath.Join(gen, vectorsFile), dim, rows, encryptionKey(key)); err != nil {
		return err
	}
	if dense && len(rows) >= annMinRows {
		if err := writeANNFile(filepath.Join(gen, annFile), dim, rows, encryptionKey(key)); err != nil {
			return err
		}
	}
	rowHashes := make([]uint64, len(rows))
	for i, r := range rows {
		rowHashes[i] = r.text
	}
	return writeTexts(gen, rowHashes, encryptionKey(key))
}

// writeChunkRecords writes the chunk file. The records of kept chunks
// are copied from the chunk file of the live generation prevGen ("" for
// none), when it has them and the same keys, rather than made again.
func writeChunkRecords(gen, prevGen string, chunks []indexedChunk, key string) error {
	recs := make([]chunkRecord, len(chunks))
	sections := normCache{} // its own: writeKeyword runs beside with the other
	var keys []string
	var live map[string][]byte
	if prevGen != "" && slices.ContainsFunc(chunks, func(c indexedChunk) bool { return c.kept }) {
		if data, release, err := mapFile(filepath.Join(prevGen, chunksFile), encryptionKey(key)); err == nil {
			defer release()
			if k, raw, err := rawRecords(data); err == nil && slices.Equal(k, chunkKeys()) {
				keys, live = k, raw
			}
		}
	}
	for i, c := range chunks {
		if raw, ok := live[c.ID]; ok && c.kept {
			recs[i] = chunkRecord{id: c.ID, year: c.Year, raw: raw}
			continue
		}
		meta := chunkMetadata(c)
		meta[fieldNorm] = joinNorm(sections.get(c.Section), c.Norm)
		recs[i] = chunkRecord{id: c.ID, year: c.Year, content: c.Text, meta: meta}
	}
	return writeChunkFile(filepath.Join(gen, chunksFile), recs, keys, encryptionKey(key))
}

// chunkKeys are the metadata keys of every chunk's record, sorted.
var chunkKeys = sync.OnceValue(func() []string {
	meta := chunkMetadata(indexedChunk{report: &corpus.Report{}})
	meta[fieldNorm] = ""
	return recordKeys([]chunkRecord{{meta: meta}})
})

// writeChromemExport writes the chunks as chromem-go exports, one per
// year, each holding that year's collection, and the number of chunks in
// each (chromemCounts). A year whose chunks are all kept and as many as
// the live generation prevGen's ("" for none) holds is linked to its
// export rather than written again; an encrypted index writes every year.
func writeChromemExport(ctx context.Context, gen, prevGen string, chunks []indexedChunk, key string) error {
	dir := filepath.Join(gen, documentsDir)
	if err := os.Mkdir(dir, 0o755); err != nil {
		return fmt.Errorf("write chunks: %w", err)
	}
	byYear := map[int][]int{}
	kept := map[int]bool{}
	for i, c := range chunks {
		if _, ok := byYear[c.Year]; !ok {
			kept[c.Year] = true
		}
		byYear[c.Year] = append(byYear[c.Year], i)
		kept[c.Year] = kept[c.Year] && c.kept
	}
	var live map[string]int
	if prevGen != "" && key == "" {
		live, _ = readChromemCounts(filepath.Join(prevGen, documentsDir))
	}
	counts := map[string]int{}
	for year, rows := range byYear {
		name := collectionName(year)
		counts[name] = len(rows)
		file := name + ".gob"
		if n, ok := live[name]; ok && n == len(rows) && kept[year] &&
			os.Link(filepath.Join(prevGen, documentsDir, file), filepath.Join(dir, file)) == nil {
			continue
		}
		docs := make([]chromem.Document, len(rows))
		for k, i := range rows {
			c := chunks[i]
			docs[k] = chromem.Document{ID: c.ID, Metadata: chunkMetadata(c), Embedding: placeholderVector, Content: c.Text}
		}
		if err := writeChromemYear(ctx, filepath.Join(dir, file), name, docs, key); err != nil {
			return err
		}
	}
	data, _ := json.Marshal(counts)
	if err := os.WriteFile(filepath.Join(dir, chromemCounts), data, 0o644); err != nil {
		return fmt.Errorf("write chunks: %w", err)
	}
	return nil
}

// chromemCounts names the file, among the chromem-go exports, that holds
// the number of chunks of each collection, by name.
const chromemCounts = "counts.json"

// readChromemCounts reads the counts of the exports in dir.
func readChromemCounts(dir string) (map[string]int, error) {
	data, err := os.ReadFile(filepath.Join(dir, chromemCounts))
	if err != nil {
		return nil, err
	}
	var counts map[string]int
	err = json.Unmarshal(data, &counts)
	return counts, err
}

// writeChromemYear writes docs as a chromem-go export holding the one
// collection name.
func writeChromemYear(ctx context.Context, path, name string, docs []chromem.Document, key string) error {
	db := chromem.NewDB()
	col, err := db.CreateCollection(name, nil, nil)
	if err != nil {
		return err
	}
	if err := col.AddDocuments(ctx, docs, 4); err != nil {
		return fmt.Errorf("store chunks: %w", err)
	}
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("write chunks: %w", err)
	}
	if err := db.ExportToWriter(f, false, encryptionKey(key)); err != nil {
		f.Close()
		return fmt.Errorf("write chunks: %w", err)
	}
	return f.Close()
}

// placeholderVector is the vector every chunk has in the chromem-go
// collections, which hold text and metadata only.
var placeholderVector = []float32{1}

// figureRecord is a figure as stored in the keyword index.
type figureRecord struct {
	corpus.Figure
	Title string `json:"title"`
	File  string `json:"file"`
	Ref   string `json:"ref"`
	Org   string `json:"org,omitempty"`
	// ReportPlace is the report's place (canonical); the figure's own
	// (corpus.Figure.Place, the place its sentence names) is stored under
	// "place". Records written before the two were told apart hold the
	// report's place under "place" and none here, which reads the same.
	ReportPlace string   `json:"report_place,omitempty"`
	Duplicates  []string `json:"duplicates,omitempty"`
}

// keyedDoc is a document of the keyword index with its id and the hash of
// its fields, by which a build finds what changed since the last.
type keyedDoc struct {
	keyedID
	doc keywordDoc
}

// keyedID is a keyword document's id and the hash of its fields.
type keyedID struct {
	id   string
	hash uint64
}

// keywordDocs yields the keyword index's documents of chunks and figures,
// in order, each made as it is read: holding them all held every figure's
// sentence and record once more for the whole build, tens of MB for a
// megabyte of text dense with figures (issue 15). A figure's id is its
// report's id and its place among the report's figures, so it stays the
// same while its report does.
func keywordDocs(chunks []indexedChunk, figures []indexedFigure, norm normCache) iter.Seq[keyedDoc] {
	return func(yield func(keyedDoc) bool) {
		for d := range chunkKeywordDocs(chunks, norm, nil) {
			if !yield(d) {
				return
			}
		}
		for d := range figureKeywordDocs(figures, norm, nil) {
			if !yield(d) {
				return
			}
		}
	}
}

// chunkKeywordDocs yields the keyword index's documents of chunks. Those
// of kept chunks that live (the live generation's ids and hashes) holds
// are yielded as their id and hash only, with no document.
func chunkKeywordDocs(chunks []indexedChunk, norm normCache, live map[string]uint64) iter.Seq[keyedDoc] {
	return func(yield func(keyedDoc) bool) {
		for _, c := range chunks {
			if h, ok := live[c.ID]; ok && c.kept {
				if !yield(keyedDoc{keyedID: keyedID{id: c.ID, hash: h}}) {
					return
				}
				continue
			}
			text := norm.get(c.report.Title) + "\n" + norm.get(c.Section) + "\n" + c.Norm
			d := keyedDoc{keyedID: keyedID{id: c.ID}, doc: keywordDoc{
				Type: docChunk, Year: strconv.Itoa(c.Year), Kind: string(c.Kind), Org: c.report.Org, File: c.report.File,
				Text: text, Chars: text,
			}}
			d.hash = d.doc.hash()
			if !yield(d) {
				return
			}
		}
	}
}

// figureKeywordDocs yields the keyword index's documents of figures, those
// of kept figures as chunkKeywordDocs does.
func figureKeywordDocs(figures []indexedFigure, norm normCache, live map[string]uint64) iter.Seq[keyedDoc] {
	return func(yield func(keyedDoc) bool) {
		n := 0
		// The figures of one sentence are next to each other: its
		// normalised form is made once for them, and not kept after.
		sentence, lead, normSentence, normalised := "", "", "", false
		var terms *kwShared // the analysis of normSentence, made once
		for i, f := range figures {
			if i > 0 && f.report != figures[i-1].report {
				n = 0
			}
			id := f.report.ID + "/f" + strconv.Itoa(n)
			n++
			if h, ok := live[id]; ok && f.kept {
				if !yield(keyedDoc{keyedID: keyedID{id: id, hash: h}}) {
					return
				}
				continue
			}
			if !normalised || f.Sentence != sentence || f.Lead != lead {
				// A figure is found by its sentence and by the programme
				// its paragraph opens with (Figure.Lead).
				sentence, lead, normSentence, normalised = f.Sentence, f.Lead, corpus.Normalize(figureText(*f.Figure)), true
				terms = &kwShared{text: normSentence}
			}
			rec, _ := json.Marshal(figureRecord{Figure: *f.Figure, Title: f.report.Title, File: f.report.File, Ref: f.report.Ref(), Org: f.report.Org, ReportPlace: reportPlace(f.report), Duplicates: f.report.Duplicates})
			d := keyedDoc{keyedID: keyedID{id: id}, doc: keywordDoc{
				Type: docFigure, Year: strconv.Itoa(f.Year), Kind: string(f.Kind), Org: f.report.Org, File: f.report.File,
				Label: norm.get(f.Label), Text: normSentence, Record: string(rec), textTerms: terms,
			}}
			d.hash = d.doc.hash()
			if !yield(d) {
				return
			}
		}
	}
}

// hash is a 64-bit hash of every field of d, by which a build finds the
// documents that changed since the last.
func (d *keywordDoc) hash() uint64 {
	h := uint64(fnvOffset64)
	for _, f := range []string{d.Type, d.Text, d.Chars, d.Label, d.Year, d.Kind, d.Org, d.File, d.Record} {
		h = fnvString(h, f)
		h *= fnvPrime64 // the 0 byte after each field (h ^ 0 is h)
	}
	return h
}

// writeKeyword builds the keyword index of chunks and figures: by updating
// a copy of the live generation's (prevGen, "" for none) when few of its
// documents changed, else anew. The ids and hashes of its documents are
// stored beside it (keywordIDsFile) for the next build.
func writeKeyword(ctx context.Context, gen, prevGen string, chunks []indexedChunk, figures []indexedFigure, norm normCache) (updated bool, err error) {
	docs := keywordDocs(chunks, figures, norm)
	var ids []keyedID
	if prevGen != "" {
		if old, rerr := readKeywordIDs(prevGen); rerr == nil {
			var changed []keyedDoc
			var gone []string
			ids, changed, gone = diffKeywordParts(old, len(chunks)+len(figures), chunkKeywordDocs(chunks, norm, old), figureKeywordDocs(figures, normCache{}, old))
			if updated, err = updateKeyword(ctx, gen, prevGen, changed, gone, len(ids)); err != nil {
				return false, err
			}
		}
	}
	if !updated {
		if ids, err = newKeyword(ctx, gen, docs); err != nil {
			return false, err
		}
	}
	return updated, writeKeywordIDs(gen, ids)
}

// newKeyword builds the keyword index of docs anew; it returns their ids
// and hashes. Batches are indexed two at a time (keywordBatches).
func newKeyword(ctx context.Context, gen string, docs iter.Seq[keyedDoc]) ([]keyedID, error) {
	idx, err := bleve.New(filepath.Join(gen, keywordDir), keywordMapping())
	if err != nil {
		return nil, fmt.Errorf("create keyword index: %w", err)
	}
	var ids []keyedID
	err = keywordBatches(ctx, idx, keywordBatchSize, func(yield func(id string, doc keywordDoc) error) error {
		for d := range docs {
			ids = append(ids, d.keyedID)
			if err := yield(d.id, d.doc); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		idx.Close()
		return nil, err
	}
	return ids, idx.Close()
}
