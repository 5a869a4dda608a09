package extract

import (
	"archive/zip"
	"bytes"
	"io"
	"strings"
	"testing"
)

// fuzzXLSXSeeds are workbooks covering the reader's paths.
func fuzzXLSXSeeds(f *testing.F) [][]byte {
	return [][]byte{
		makeXLSX(f, xlsxSheet{name: "Sheet1", cells: map[string]any{
			"A1": "2023年主要指标", "A2": "指标", "B2": "2022年", "C2": "2023年",
			"A3": "签约率（%）", "B3": 48.5, "C3": 50.2,
		}, merges: [][2]string{{"A1", "C1"}}}),
		makeXLSX(f, xlsxSheet{name: "指标", cells: map[string]any{
			"A1": "指标", "B1": "2023年", "D1": "2024年", "B2": "目标", "C2": "完成", "D2": "目标",
			"A3": "签约率", "B3": 0.5, "C3": 0.502, "D3": 0.55,
		}, merges: [][2]string{{"A1", "A2"}, {"B1", "C1"}}, formats: map[string]string{"B3": "0.0%"}},
			xlsxSheet{name: "Sheet2", hidden: true, cells: map[string]any{"A1": "隐藏"}}),
	}
}

func FuzzXLSX(f *testing.F) {
	seeds := fuzzXLSXSeeds(f)
	for _, s := range seeds {
		f.Add(s)
	}
	f.Add(seeds[0][:len(seeds[0])/2])
	f.Add(oleFile)
	f.Fuzz(func(t *testing.T, data []byte) {
		res, err := Bytes(bg, "book.xlsx", data, fuzzLimits)
		checkFuzzResult(t, res, err, "xlsx")
		checkTrimmedLines(t, res)
	})
}

// FuzzXLSXSheet fuzzes a worksheet's XML inside a valid workbook, so the
// sheet reader sees far more inputs than through random zip bytes.
func FuzzXLSXSheet(f *testing.F) {
	seeds := fuzzXLSXSeeds(f)
	base := seeds[0]
	f.Add([]byte(zipEntry(f, base, "xl/worksheets/sheet1.xml")))
	f.Add([]byte(zipEntry(f, seeds[1], "xl/worksheets/sheet1.xml")))
	f.Add([]byte(`<worksheet><sheetData><row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData><mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells></worksheet>`))
	f.Fuzz(func(t *testing.T, sheet []byte) {
		data := replaceZipEntry(t, base, "xl/worksheets/sheet1.xml", sheet)
		res, err := Bytes(bg, "book.xlsx", data, fuzzLimits)
		checkFuzzResult(t, res, err, "xlsx")
		checkTrimmedLines(t, res)
	})
}

// FuzzCSVSheets fuzzes the reading of xls2csv output.
func FuzzCSVSheets(f *testing.F) {
	f.Add("\"指标\",\"2023年\"\n\"床位数\",\"120\"\n\f\n\"科室\",\"人数\"\n\"内科\",\"30\"\n\f\n")
	f.Add("a,\"b\nc\",d\n,,\n\"x\"\"y\",1\f")
	f.Fuzz(func(t *testing.T, out string) {
		text, err := csvSheets(out)
		if err != nil {
			if !isSkip(err) {
				t.Fatalf("non-skip error %v", err)
			}
			return
		}
		if text != "" {
			checkInvariants(t, Result{Text: normalize(text)})
		}
	})
}

// zipEntry returns the content of the entry called name.
func zipEntry(t testing.TB, data []byte, name string) string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range zr.File {
		if f.Name == name {
			rc, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			defer rc.Close()
			b, err := io.ReadAll(rc)
			if err != nil {
				t.Fatal(err)
			}
			return string(b)
		}
	}
	t.Fatalf("no %s in the zip", name)
	return ""
}

// replaceZipEntry returns a copy of the zip data with the entry called
// name holding body.
func replaceZipEntry(t testing.TB, data []byte, name string, body []byte) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range zr.File {
		w, err := zw.Create(f.Name)
		if err != nil {
			t.Fatal(err)
		}
		if strings.EqualFold(f.Name, name) {
			w.Write(body)
			continue
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(w, rc)
		rc.Close()
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
