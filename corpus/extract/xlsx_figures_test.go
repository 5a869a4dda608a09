package extract_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/healthbot/healthbot/corpus"
)

// TestXLSXFigures reads a workbook through corpus.ReadFile: figures come
// straight from the cells, labelled by their row header, dated by their
// column header, targets told from actuals.
func TestXLSXFigures(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	cells := map[string]any{
		"A1": "南陵县2023年卫生健康主要指标完成情况",
		"A2": "指标", "B2": "2022年", "C2": "2023年", "D2": "2024年目标",
		"A3": "家庭医生签约率（%）", "B3": 48.5, "C3": 50.2, "D3": 55,
		"A4": "每千人口床位数（张）", "B4": 5.1, "C4": 5.4, "D4": 5.8,
	}
	for c, v := range cells {
		if err := f.SetCellValue("Sheet1", c, v); err != nil {
			t.Fatal(err)
		}
	}
	f.MergeCell("Sheet1", "A1", "D1")
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "指标.xlsx")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	doc, err := corpus.ReadFile(context.Background(), path, "指标.xlsx", corpus.ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Format != "xlsx" || len(doc.Reports) != 1 {
		t.Fatalf("format %q, %d reports", doc.Format, len(doc.Reports))
	}
	var got []string
	for _, fig := range doc.Reports[0].Figures {
		got = append(got, fmt.Sprintf("%s|%s%s|%d|%s", fig.Label, fig.Raw, fig.Unit, fig.Year, fig.Kind))
	}
	sort.Strings(got)
	// (The label of a target column keeps "目标": corpus/tables.go's way.)
	want := []string{
		"家庭医生签约率|48.5%|2022|summary",
		"家庭医生签约率|50.2%|2023|summary",
		"家庭医生签约率 目标|55%|2024|plan",
		"每千人口床位数|5.1张|2022|summary",
		"每千人口床位数|5.4张|2023|summary",
		"每千人口床位数 目标|5.8张|2024|plan",
	}
	sort.Strings(want)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("figures\n%s\nwant\n%s\ntext\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"), doc.Text)
	}
}
