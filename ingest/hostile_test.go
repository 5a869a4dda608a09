//go:build unix

package ingest

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"context"
	"errors"
	"hash/crc32"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/corpus/extract"
	"github.com/healthbot/healthbot/retrieval"
)

// Hostile files: the bureau will feed the ingest every file it has. Each
// of these must be skipped with a reason a person understands, within
// bounded memory, while the good files beside them are indexed.

// maxExtraHeap is a safety bound far above what a correct ingest needs: it
// catches a reader that loads a bomb or a huge file.
const maxExtraHeap = 512 << 20

// shortExpandCap is the cap on a .docx's decompressed bytes in the default
// run: the reader stops the bomb there, as it does at the real 128 MiB
// cap, without parsing 128 MiB of XML (over a minute under -race).
// HEALTHBOT_LONG=1 runs with the real limits.
const shortExpandCap = 4 << 20

const (
	bombExpanded = 1 << 30 // what the zip bomb's document.xml inflates to
	hugeFile     = 500 << 20
)

// zipBomb is a .docx whose word/document.xml inflates to bombExpanded bytes
// of paragraphs from a few MiB, with honest zip headers (sizes and CRC),
// so that only the reader's own cap on decompressed bytes stops it.
func zipBomb(t *testing.T) []byte {
	t.Helper()
	const chunkSize = 1 << 20
	para := "<w:p><w:r><w:t>卫生健康工作总结全年完成各项任务</w:t></w:r></w:p>"
	chunk := []byte(strings.Repeat(para, chunkSize/len(para)+1)[:chunkSize])
	chunk = chunk[:bytes.LastIndex(chunk, []byte("</w:p>"))+len("</w:p>")]
	// A deflate stream flushed without history can be repeated: its
	// back-references never reach before its own start.
	var one bytes.Buffer
	fw, _ := flate.NewWriter(&one, flate.BestCompression)
	fw.Write(chunk)
	fw.Flush()
	head := []byte(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`)
	tail := []byte(`</w:body></w:document>`)
	var headZ, tailZ bytes.Buffer
	hw, _ := flate.NewWriter(&headZ, flate.BestCompression)
	hw.Write(head)
	hw.Flush()
	tw, _ := flate.NewWriter(&tailZ, flate.BestCompression)
	tw.Write(tail)
	tw.Close()

	n := bombExpanded / len(chunk)
	crc := crc32.Update(0, crc32.IEEETable, head)
	var body bytes.Buffer
	body.Write(headZ.Bytes())
	for range n {
		body.Write(one.Bytes())
		crc = crc32.Update(crc, crc32.IEEETable, chunk)
	}
	body.Write(tailZ.Bytes())
	crc = crc32.Update(crc, crc32.IEEETable, tail)
	size := uint64(len(head) + n*len(chunk) + len(tail))

	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	w, err := zw.CreateRaw(&zip.FileHeader{Name: "word/document.xml", Method: zip.Deflate, CRC32: crc,
		CompressedSize64: uint64(body.Len()), UncompressedSize64: size})
	if err != nil {
		t.Fatal(err)
	}
	w.Write(body.Bytes())
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// gb18030Noise is valid GB18030 that means nothing: random two- and
// four-byte sequences, each one that decodes to a character (rare Han,
// other scripts, symbols, private use).
func gb18030Noise(t *testing.T, n int) []byte {
	t.Helper()
	rng := rand.New(rand.NewPCG(18030, 1))
	dec := simplifiedchinese.GB18030.NewDecoder()
	var out []byte
	for len(out) < n {
		var seq []byte
		if rng.IntN(2) == 0 {
			seq = []byte{byte(0x81 + rng.IntN(0x7e)), byte(0x40 + rng.IntN(0xbf))}
		} else {
			seq = []byte{byte(0x81 + rng.IntN(0x7e)), byte(0x30 + rng.IntN(10)), byte(0x81 + rng.IntN(0x7e)), byte(0x30 + rng.IntN(10))}
		}
		if r, err := dec.Bytes(seq); err != nil || bytes.ContainsRune(r, utf8.RuneError) || utf8.RuneCount(r) != 1 {
			continue
		}
		out = append(out, seq...)
	}
	if r, err := dec.Bytes(out); err != nil || bytes.ContainsRune(r, utf8.RuneError) {
		t.Fatal("the noise is not valid GB18030")
	}
	return out
}

// peakHeap samples the live heap until stop is called and returns the
// highest value seen.
func peakHeap() (stop func() uint64) {
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	var mu sync.Mutex
	var peak uint64
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		tick := time.NewTicker(2 * time.Millisecond)
		defer tick.Stop()
		for {
			metrics.Read(sample)
			mu.Lock()
			peak = max(peak, sample[0].Value.Uint64())
			mu.Unlock()
			select {
			case <-done:
				return
			case <-tick.C:
			}
		}
	}()
	return func() uint64 {
		close(done)
		<-finished
		mu.Lock()
		defer mu.Unlock()
		return peak
	}
}

// heapNow is the live heap after a collection.
func heapNow() uint64 {
	runtime.GC()
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(sample)
	return sample[0].Value.Uint64()
}

// totalAlloc is the bytes allocated so far by the process.
func totalAlloc() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.TotalAlloc
}

// TestHostileFiles ingests a folder of attacks beside good files. By
// default the .docx expansion cap is shortExpandCap; HEALTHBOT_LONG=1 uses
// the real limits (minutes under -race).
func TestHostileFiles(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a 1 GiB zip bomb and a 500 MB sparse file")
	}
	src, idx := t.TempDir(), t.TempDir()

	// The good files, which must come through.
	writeFile(t, src, "good/2023总结.txt", reportA)
	writeFile(t, src, "good/2022总结.docx", string(docx(t, "2022年卫生工作总结", "一、主要成效", "全年共培训乡村医生1200人次，投入资金120万元用于设备购置。")))
	writeFile(t, src, "good/2021总结.html", `<html><head><meta charset="utf-8"><title>2021年工作总结</title></head><body><h1>2021年卫生工作总结</h1><p>一、爱国卫生运动</p><p>全年开展爱国卫生运动月活动12次，病媒生物防制覆盖全部乡镇。</p></body></html>`)

	// The attacks.
	writeFile(t, src, "bomb.docx", string(zipBomb(t)))
	huge := writeFile(t, src, "huge.txt", "")
	if err := os.Truncate(huge, hugeFile); err != nil { // sparse: no disk used
		t.Fatal(err)
	}
	writeFile(t, src, "nested.html", "<html><body>"+strings.Repeat("<div>", 100000)+"深层嵌套页面：2020年全县完成妇幼健康检查3000人次。"+strings.Repeat("</div>", 100000)+"</body></html>")
	writeFile(t, src, "noise.txt", string(gb18030Noise(t, 300000)))
	writeFile(t, src, "nul.txt", strings.ReplaceAll(reportB, "卫生", "卫\x00生"))
	writeFile(t, src, "empty.txt", "")
	good := docx(t, "2024年卫生健康工作计划", "一、重点任务", "力争家庭医生签约率达到55%。")
	writeFile(t, src, "truncated.docx", string(good[:len(good)*2/3]))
	// Symbolic link loops: to the folder itself, to a parent, to itself,
	// and two links pointing at each other.
	for link, target := range map[string]string{"loop": ".", "good/up": "..", "self.txt": "self.txt", "ping.txt": "pong.txt", "pong.txt": "ping.txt"} {
		if err := os.Symlink(target, filepath.Join(src, link)); err != nil {
			t.Fatal(err)
		}
	}
	// Unreadable files. chmod 000 stops anyone but root; a FIFO stops
	// everyone (opening one waits for a writer), and so does a device.
	const lockedText = "2019年卫生监督工作总结\n一、监督检查\n全年开展公共场所监督检查300户次。\n"
	locked := writeFile(t, src, "locked.txt", lockedText)
	if err := os.Chmod(locked, 0); err != nil {
		t.Fatal(err)
	}
	lockedDir := filepath.Join(src, "lockeddir")
	writeFile(t, lockedDir, "inside.txt", lockedText)
	if err := os.Chmod(lockedDir, 0); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(lockedDir, 0o755) })
	if err := syscall.Mkfifo(filepath.Join(src, "pipe.txt"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("/dev/zero", filepath.Join(src, "zero.txt")); err != nil {
		t.Fatal(err)
	}
	root := os.Geteuid() == 0

	emb, err := retrieval.NewLocalEmbedder(256)
	if err != nil {
		t.Fatal(err)
	}
	var read corpus.ReadOptions
	if os.Getenv("HEALTHBOT_LONG") == "" {
		// All fields: corpus.ReadFile defaults only a wholly zero Limits.
		read.Limits = extract.DefaultLimits()
		read.Limits.MaxExpandedBytes = shortExpandCap
	}
	ctx := context.Background()
	base := heapNow()
	stop := peakHeap()
	sum, err := Run(ctx, Options{CorpusDir: src, IndexDir: idx, FollowSymlinks: true, Embedder: emb, Read: read})
	peak := stop()
	if err != nil {
		t.Fatalf("ingest failed: %v", err)
	}
	extra := int64(peak) - int64(base)
	t.Logf("ingest of %d entries: peak live heap %d MiB above the %d MiB before", sum.Files, extra>>20, base>>20)
	if extra > maxExtraHeap {
		t.Errorf("the ingest held %d MiB more heap, over the %d MiB bound", extra>>20, maxExtraHeap>>20)
	}

	reasons := map[string]string{}
	for _, s := range sum.Skipped {
		reasons[s.File] = s.Reason
		t.Logf("skipped %-14s %s", s.File, s.Reason)
	}
	want := map[string]string{
		"bomb.docx":      "zip bomb",
		"huge.txt":       "over the 64 MiB limit",
		"noise.txt":      "encoding not recognised",
		"nul.txt":        "binary",
		"empty.txt":      "empty",
		"truncated.docx": "not a valid zip",
		"loop":           "loop",
		"good/up":        "loop",
		"self.txt":       "looping symbolic link",
		"ping.txt":       "looping symbolic link",
		"pong.txt":       "looping symbolic link",
		"pipe.txt":       "not a regular file",
		"zero.txt":       "not a regular file",
	}
	if !root {
		want["locked.txt"] = "permission denied"
		want["lockeddir"] = "permission denied"
	}
	for file, reason := range want {
		if got, ok := reasons[file]; !ok || !strings.Contains(got, reason) {
			t.Errorf("%s: skipped %v with reason %q, want one mentioning %q", file, ok, got, reason)
		}
	}
	if root {
		t.Log("running as root: chmod 000 does not stop reading, so locked.txt and lockeddir were read; the FIFO and /dev/zero stand in for unreadable files")
	}

	// Deep nesting is not an attack the reader falls for: the page is read
	// (in bounded time and memory) like any other.
	if _, skipped := reasons["nested.html"]; skipped {
		t.Errorf("nested.html skipped: %s", reasons["nested.html"])
	}

	// The good files are indexed and searchable.
	ix, err := retrieval.Open(idx, emb, retrieval.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	for query, file := range map[string]string{
		"家庭医生签约率": "good/2023总结.txt",
		"乡村医生培训":  "good/2022总结.docx",
		"爱国卫生运动月": "good/2021总结.html",
		"妇幼健康检查":  "nested.html",
	} {
		res, err := ix.Search(ctx, corpus.Query{Text: query, K: 3})
		if err != nil || len(res.Hits) == 0 || res.Hits[0].File != file {
			t.Errorf("%s: not found in %s (%+v, %v)", query, file, res.Hits, err)
		}
	}
	for _, h := range mustSearch(t, ix, "卫生") {
		if h.File == "noise.txt" || h.File == "bomb.docx" || h.File == "huge.txt" {
			t.Errorf("a hostile file was indexed: %s", h.File)
		}
	}
}

func mustSearch(t *testing.T, ix *retrieval.Index, q string) []corpus.Hit {
	t.Helper()
	res, err := ix.Search(context.Background(), corpus.Query{Text: q, K: 20})
	if err != nil {
		t.Fatal(err)
	}
	return res.Hits
}

// The 500 MB file is refused from its size alone: the ingest allocates
// nothing near its size, and far less than the 64 MiB it would need to
// read up to the limit.
func TestHugeFileNotRead(t *testing.T) {
	src, idx := t.TempDir(), t.TempDir()
	huge := writeFile(t, src, "huge.txt", "")
	if err := os.Truncate(huge, hugeFile); err != nil {
		t.Fatal(err)
	}
	before := totalAlloc()
	sum := runIngest(t, src, idx)
	allocated := totalAlloc() - before
	if len(sum.Skipped) != 1 || !strings.Contains(sum.Skipped[0].Reason, "over the 64 MiB limit") {
		t.Fatalf("skipped: %+v", sum.Skipped)
	}
	if allocated > 8<<20 {
		t.Errorf("the ingest allocated %d MiB for a file it should not read", allocated>>20)
	}
}

// A file replaced by a FIFO after the folder was listed is refused at
// once: a plain open would wait for a writer forever (and the test would
// hang until go test's -timeout, with the stack showing where).
func TestFIFOSwappedInIsNotOpenedBlocking(t *testing.T) {
	path := filepath.Join(t.TempDir(), "report.txt")
	if err := syscall.Mkfifo(path, 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := corpus.ReadFile(context.Background(), path, "report.txt", corpus.ReadOptions{})
	if reason, ok := corpus.IsSkip(err); !ok || !strings.Contains(reason, "not a regular file") {
		t.Errorf("reading a FIFO: %v", err)
	}
	_, err = extract.File(context.Background(), path, extract.Limits{})
	var se *extract.SkipError
	if !errors.As(err, &se) {
		t.Errorf("extract.File on a FIFO: %v", err)
	}
}
