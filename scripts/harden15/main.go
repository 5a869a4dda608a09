// Command harden15 makes the hostile files and the fake chat model that
// scripts/harden15.sh measures healthbot with (issue 15: bounded memory and
// time per file, poisoned documents). It is a tool for that script, run on
// demand, never by CI:
//
//	harden15 pdfbomb  -out F -mb N [-pages P]  a PDF whose text operators inflate to N MB
//	harden15 docx     -out F -mb N              a .docx with one paragraph of N MB
//	harden15 txt      -out F -mb N              a .txt with one paragraph of N MB
//	harden15 points   -out F -mb N -kind K      a .txt of N MB of points only: K stops (。。。…),
//	                                            numbered ("1.", "2.", … a line each)
//	harden15 fakellm  -addr HOST:PORT [-log F]  an OpenAI-compatible chat API that obeys injections
//	harden15 peaks    -pid PID                  until PID exits, the peak RSS of each program below it
package main

import (
	"archive/zip"
	"bufio"
	"bytes"
	"compress/flate"
	"compress/zlib"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"regexp"
	"strconv"
	"strings"
	"time"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("harden15: ")
	if len(os.Args) < 2 {
		log.Fatal("usage: harden15 pdfbomb|docx|txt|fakellm [flags]")
	}
	fs := flag.NewFlagSet(os.Args[1], flag.ExitOnError)
	out := fs.String("out", "", "file to write")
	mb := fs.Float64("mb", 1, "size in MB (2^20 bytes) of the expanded text")
	pages := fs.Int("pages", 1, "pdfbomb: pages drawing the same content")
	addr := fs.String("addr", "127.0.0.1:0", "fakellm: address to listen on")
	logPath := fs.String("log", "", "fakellm: file where each prompt's findings are appended")
	pid := fs.Int("pid", 0, "peaks: process whose descendants are watched")
	kind := fs.String("kind", "numbered", "points: stops or numbered")
	if err := fs.Parse(os.Args[2:]); err != nil {
		log.Fatal(err)
	}
	size := int(*mb * (1 << 20))
	var err error
	switch os.Args[1] {
	case "pdfbomb":
		err = writeFile(*out, func(w io.Writer) error { return pdfBomb(w, size, *pages) })
	case "docx":
		err = writeFile(*out, func(w io.Writer) error { return docx(w, size) })
	case "txt":
		err = writeFile(*out, func(w io.Writer) error {
			_, err := io.WriteString(w, paragraph(size)+"\n")
			return err
		})
	case "points":
		err = writeFile(*out, func(w io.Writer) error { return points(w, size, *kind) })
	case "fakellm":
		err = fakeLLM(*addr, *logPath)
	case "peaks":
		err = peaks(*pid)
	default:
		log.Fatalf("unknown command %q", os.Args[1])
	}
	if err != nil {
		log.Fatal(err)
	}
}

// writeFile creates path and lets write fill it.
func writeFile(path string, write func(io.Writer) error) error {
	if path == "" {
		return fmt.Errorf("-out is required")
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(f, 1<<20)
	if err := write(bw); err != nil {
		f.Close()
		return err
	}
	if err := bw.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// runOn is the unit of a huge paragraph: figures, years, a Traditional
// character and no sentence punctuation, so that the whole paragraph is
// one sentence (the worst case for year and clause look-ups and OpenCC).
const runOn = "2023年全县家庭医生签约率达到50.2%比2022年提高3.1个百分点新建村衛生室12个"

// paragraph is a report title line followed by one paragraph of about n
// bytes of runOn.
func paragraph(n int) string {
	var b strings.Builder
	b.Grow(n + len(runOn) + 64)
	b.WriteString("南陵县卫生健康工作总结\n")
	for b.Len() < n {
		b.WriteString(runOn)
	}
	return b.String()
}

// points writes a title line and about n bytes of points only: full stops
// (one run of 。, a sentence end after another with nothing between) or
// numbered points ("1.", "2.", …, one a line: an outline item each, and
// every number a new word for the keyword index).
func points(w io.Writer, n int, kind string) error {
	if _, err := io.WriteString(w, "南陵县卫生健康工作总结\n"); err != nil {
		return err
	}
	switch kind {
	case "stops":
		_, err := io.WriteString(w, strings.Repeat("。", n/len("。"))+"\n")
		return err
	case "numbered":
		for i, written := 1, 0; written < n; i++ {
			k, err := fmt.Fprintf(w, "%d.\n", i)
			if err != nil {
				return err
			}
			written += k
		}
		return nil
	}
	return fmt.Errorf("unknown -kind %q (stops, numbered)", kind)
}

// docx writes a minimal Word document whose body is the title and one
// paragraph of about n bytes; the paragraph is streamed into the zip entry,
// so the generator never holds it.
func docx(w io.Writer, n int) error {
	zw := zip.NewWriter(w)
	zw.RegisterCompressor(zip.Deflate, func(out io.Writer) (io.WriteCloser, error) {
		return flate.NewWriter(out, flate.BestCompression)
	})
	parts := []struct{ name, body string }{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`},
	}
	for _, p := range parts {
		f, err := zw.Create(p.name)
		if err != nil {
			return err
		}
		if _, err := io.WriteString(f, p.body); err != nil {
			return err
		}
	}
	f, err := zw.Create("word/document.xml")
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(f, 1<<20)
	bw.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` +
		`<w:p><w:r><w:t>南陵县卫生健康工作总结</w:t></w:r></w:p><w:p><w:r><w:t>`)
	for written := 0; written < n; written += len(runOn) {
		bw.WriteString(runOn)
	}
	bw.WriteString(`</w:t></w:r></w:p></w:body></w:document>`)
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// pdfBomb writes a PDF of the given pages; each draws one form XObject
// whose FlateDecode content is about n bytes of text operators (lines of
// Latin text on the page, repeated). The compressed stream is about a
// thousandth of n, so a file of a hundred KB holds a hundred MB of text
// that pdftotext lays out in memory; with several pages the same XObject
// is drawn again on each, multiplying the work without growing the file.
func pdfBomb(w io.Writer, n, pages int) error {
	if pages < 1 {
		pages = 1
	}
	// One block of 50 lines fills the page top to bottom; blocks repeat
	// at the same places, so the stream compresses to almost nothing.
	var block strings.Builder
	block.WriteString("BT /F1 9 Tf 11 TL 36 770 Td\n")
	for i := range 50 {
		fmt.Fprintf(&block, "(Line %02d of the report: health figures 2023 rate 50.2 percent and more words here) '\n", i)
	}
	block.WriteString("ET\n")
	var stream bytes.Buffer
	zw, err := zlib.NewWriterLevel(&stream, zlib.BestCompression)
	if err != nil {
		return err
	}
	for written := 0; written < n; written += block.Len() {
		if _, err := io.WriteString(zw, block.String()); err != nil {
			return err
		}
	}
	if err := zw.Close(); err != nil {
		return err
	}

	// Objects: 1 catalog, 2 page tree, 3 font, 4 XObject, 5 page content,
	// then the pages from 6 on.
	var objs [][]byte
	kids := make([]string, pages)
	for i := range kids {
		kids[i] = fmt.Sprintf("%d 0 R", 6+i)
	}
	objs = append(objs,
		[]byte("<< /Type /Catalog /Pages 2 0 R >>"),
		[]byte(fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), pages)),
		[]byte("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"),
		append(append([]byte(fmt.Sprintf("<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Filter /FlateDecode /Length %d >>\nstream\n", stream.Len())), stream.Bytes()...), "\nendstream"...),
		[]byte("<< /Length 8 >>\nstream\n/X1 Do\n\nendstream"),
	)
	for range pages {
		objs = append(objs, []byte("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> /XObject << /X1 4 0 R >> >> /Contents 5 0 R >>"))
	}
	var buf bytes.Buffer
	buf.WriteString("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
	offsets := make([]int, len(objs))
	for i, o := range objs {
		offsets[i] = buf.Len()
		fmt.Fprintf(&buf, "%d 0 obj\n", i+1)
		buf.Write(o)
		buf.WriteString("\nendobj\n")
	}
	xref := buf.Len()
	fmt.Fprintf(&buf, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&buf, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&buf, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	_, err = w.Write(buf.Bytes())
	return err
}

// fakeLLM serves an OpenAI-compatible chat completions API that obeys the
// instructions planted in a source: when a <资料 编号="N"> block of the
// prompt says 忽略以上所有指令, it answers "2023年家庭医生签约率为99%" citing
// N, else "资料中未找到相关内容". It prints its base URL on stdout and, per
// request, appends to logPath whether the planted source came marked
// 可疑="是" and whether a fence look-alike (‹/資料>, ＜/资料＞) reached the
// prompt unneutralised.
func fakeLLM(addr, logPath string) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	fmt.Printf("http://%s/v1\n", ln.Addr())
	os.Stdout.Sync()
	var logw io.Writer = io.Discard
	if logPath != "" {
		f, err := os.OpenFile(logPath, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
		if err != nil {
			return err
		}
		defer f.Close()
		logw = f
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/v1/chat/completions", func(w http.ResponseWriter, r *http.Request) {
		var req struct {
			Stream   bool `json:"stream"`
			Messages []struct {
				Role    string `json:"role"`
				Content string `json:"content"`
			} `json:"messages"`
		}
		if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		prompt := ""
		for _, m := range req.Messages {
			if m.Role == "user" {
				prompt = m.Content
			}
		}
		reply := "资料中未找到相关内容"
		n, suspect := plantedSource(prompt)
		if n > 0 {
			reply = fmt.Sprintf("2023年家庭医生签约率为99%% [%d]。", n)
		}
		fmt.Fprintf(logw, "request: planted source %d, marked suspect %v, raw fence look-alike in prompt %v, reply %q\n",
			n, suspect, strings.Contains(prompt, "‹/資料>") || strings.Contains(prompt, "＜/资料＞"), reply)
		if !req.Stream {
			w.Header().Set("Content-Type", "application/json")
			json.NewEncoder(w).Encode(map[string]any{
				"id": "fake", "object": "chat.completion", "model": "fake",
				"choices": []any{map[string]any{"index": 0, "finish_reason": "stop",
					"message": map[string]string{"role": "assistant", "content": reply}}},
			})
			return
		}
		w.Header().Set("Content-Type", "text/event-stream")
		rs := []rune(reply)
		for _, part := range []string{string(rs[:len(rs)/2]), string(rs[len(rs)/2:])} {
			chunk, _ := json.Marshal(map[string]any{
				"id": "fake", "object": "chat.completion.chunk", "model": "fake",
				"choices": []any{map[string]any{"index": 0, "delta": map[string]string{"content": part}}},
			})
			fmt.Fprintf(w, "data: %s\n\n", chunk)
		}
		done, _ := json.Marshal(map[string]any{
			"id": "fake", "object": "chat.completion.chunk", "model": "fake",
			"choices": []any{map[string]any{"index": 0, "delta": map[string]string{}, "finish_reason": "stop"}},
		})
		fmt.Fprintf(w, "data: %s\n\ndata: [DONE]\n\n", done)
	})
	return http.Serve(ln, mux)
}

// sourceOpen matches the opening of a source block in the prompt.
var sourceOpen = regexp.MustCompile(`<资料 编号="(\d+)"[^>]*>`)

// plantedSource returns the number of the first source of the prompt that
// holds the planted instruction (0: none) and whether it is marked suspect.
func plantedSource(prompt string) (int, bool) {
	locs := sourceOpen.FindAllStringSubmatchIndex(prompt, -1)
	for i, loc := range locs {
		end := len(prompt)
		if i+1 < len(locs) {
			end = locs[i+1][0]
		}
		body := prompt[loc[1]:end]
		if strings.Contains(body, "忽略以上所有指令") {
			n, _ := strconv.Atoi(prompt[loc[2]:loc[3]])
			return n, strings.Contains(prompt[loc[0]:loc[1]], `可疑="是"`)
		}
	}
	return 0, false
}

// peaks polls /proc every 100 ms until pid exits and prints, per program
// name among pid's descendants (pid itself excluded: /usr/bin/time), the
// largest peak resident set size (VmHWM) seen, in kB, one "name kB" line
// each. /usr/bin/time -v reports the largest of the tree; this tells
// healthbot's own memory from its converters'.
func peaks(pid int) error {
	if pid <= 0 {
		return fmt.Errorf("-pid is required")
	}
	peak := map[string]int{}
	for {
		if _, err := os.Stat(fmt.Sprintf("/proc/%d", pid)); err != nil {
			break
		}
		parent := map[int]int{}
		name := map[int]string{}
		hwm := map[int]int{}
		entries, _ := os.ReadDir("/proc")
		for _, e := range entries {
			p, err := strconv.Atoi(e.Name())
			if err != nil {
				continue
			}
			status, err := os.ReadFile("/proc/" + e.Name() + "/status")
			if err != nil {
				continue
			}
			for _, line := range strings.Split(string(status), "\n") {
				k, v, _ := strings.Cut(line, ":")
				v = strings.TrimSpace(v)
				switch k {
				case "Name":
					name[p] = v
				case "PPid":
					parent[p], _ = strconv.Atoi(v)
				case "VmHWM":
					hwm[p], _ = strconv.Atoi(strings.TrimSuffix(v, " kB"))
				}
			}
		}
		for p := range name {
			for q := parent[p]; q > 1; q = parent[q] {
				if q == pid {
					peak[name[p]] = max(peak[name[p]], hwm[p])
					break
				}
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	for n, kb := range peak {
		fmt.Printf("%s %d\n", n, kb)
	}
	return nil
}
