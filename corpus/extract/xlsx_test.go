package extract

import (
	"archive/zip"
	"bytes"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// xlsxSheet is one sheet of a test workbook: cell values by cell name,
// merged ranges and number formats.
type xlsxSheet struct {
	name    string
	cells   map[string]any
	merges  [][2]string
	formats map[string]string // cell -> custom number format
	hidden  bool
}

// makeXLSX builds a workbook with excelize.
func makeXLSX(t testing.TB, sheets ...xlsxSheet) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	for i, s := range sheets {
		if i == 0 {
			if err := f.SetSheetName("Sheet1", s.name); err != nil {
				t.Fatal(err)
			}
		} else if _, err := f.NewSheet(s.name); err != nil {
			t.Fatal(err)
		}
		for cell, v := range s.cells {
			if err := f.SetCellValue(s.name, cell, v); err != nil {
				t.Fatal(err)
			}
		}
		for cell, code := range s.formats {
			style, err := f.NewStyle(&excelize.Style{CustomNumFmt: &code})
			if err != nil {
				t.Fatal(err)
			}
			if err := f.SetCellStyle(s.name, cell, cell, style); err != nil {
				t.Fatal(err)
			}
		}
		for _, m := range s.merges {
			if err := f.MergeCell(s.name, m[0], m[1]); err != nil {
				t.Fatal(err)
			}
		}
		if s.hidden {
			if err := f.SetSheetVisible(s.name, false); err != nil {
				t.Fatal(err)
			}
		}
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestXLSX(t *testing.T) {
	cases := []struct {
		name   string
		sheets []xlsxSheet
		want   string
	}{
		{
			name: "title, header and rows as 表头：值 pairs",
			sheets: []xlsxSheet{{name: "Sheet1", cells: map[string]any{
				"A1": "2023年卫生健康主要指标完成情况",
				"A2": "指标", "B2": "2022年", "C2": "2023年",
				"A3": "家庭医生签约率（%）", "B3": 48.5, "C3": 50.2,
				"A4": "孕产妇死亡率（1/10万）", "B4": 9.1, "C4": 8.3,
			}, merges: [][2]string{{"A1", "C1"}}}},
			want: "2023年卫生健康主要指标完成情况\n" +
				"指标：家庭医生签约率（%）；2022年：48.5；2023年：50.2\n" +
				"指标：孕产妇死亡率（1/10万）；2022年：9.1；2023年：8.3",
		},
		{
			name: "number formats, years as numbers, empty corner, sheet name",
			sheets: []xlsxSheet{{name: "签约服务", cells: map[string]any{
				"B1": 2022, "C1": 2023,
				"A2": "家庭医生签约率", "B2": 0.485, "C2": 0.502,
				"A3": "签约人数", "B3": 120000, "C3": 135000,
			}, formats: map[string]string{"B2": "0.0%", "C2": "0.0%", "B3": "#,##0", "C3": "#,##0"}}},
			want: "签约服务\n" +
				"项目：家庭医生签约率；2022：48.5%；2023：50.2%\n" +
				"项目：签约人数；2022：120,000；2023：135,000",
		},
		{
			name: "grouped two-row header with merged cells",
			sheets: []xlsxSheet{{name: "Sheet1", cells: map[string]any{
				"A1": "指标", "B1": "2023年", "D1": "2024年",
				"B2": "目标", "C2": "完成", "D2": "目标", "E2": "完成",
				"A3": "签约率（%）", "B3": 50, "C3": 50.2, "D3": 55, "E3": 53.1,
			}, merges: [][2]string{{"A1", "A2"}, {"B1", "C1"}, {"D1", "E1"}}}},
			want: "指标：签约率（%）；2023年/目标：50；2023年/完成：50.2；2024年/目标：55；2024年/完成：53.1",
		},
		{
			name: "blocks separated by empty rows; hidden sheet left out; second sheet",
			sheets: []xlsxSheet{
				{name: "Sheet1", cells: map[string]any{
					"A1": "单位：万元",
					"A2": "项目", "B2": "预算",
					"A3": "公共卫生服务", "B3": 1200,
					"A6": "备注：数据来源于年报",
				}},
				{name: "隐藏", hidden: true, cells: map[string]any{"A1": "不应出现"}},
				{name: "2024年计划", cells: map[string]any{
					"A1": "任务", "B1": "负责科室",
					"A2": "慢病管理", "B2": "疾控科",
				}},
			},
			want: "单位：万元\n项目：公共卫生服务；预算：1200\n备注：数据来源于年报\n" +
				"2024年计划\n任务：慢病管理；负责科室：疾控科",
		},
		{
			name: "table without header row",
			sheets: []xlsxSheet{{name: "Sheet1", cells: map[string]any{
				"A1": "门诊人次", "B1": 1200,
				"A2": "住院人次", "B2": 300,
			}}},
			want: "门诊人次 | 1200\n住院人次 | 300",
		},
		{
			name: "cell text with line breaks on one line (none between Chinese characters)",
			sheets: []xlsxSheet{{name: "Sheet1", cells: map[string]any{
				"A1": "重点\n任务", "B1": "完成\r\n情况",
				"A2": "疫苗接种", "B2": "已完成",
			}}},
			want: "重点任务：疫苗接种；完成情况：已完成",
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res, err := Bytes(bg, "指标.xlsx", makeXLSX(t, c.sheets...), Limits{})
			if err != nil {
				t.Fatal(err)
			}
			if res.Text != c.want {
				t.Fatalf("text\n%s\nwant\n%s", res.Text, c.want)
			}
			if res.Format != "xlsx" || res.Encoding != "utf-8" {
				t.Fatalf("format %q encoding %q", res.Format, res.Encoding)
			}
			checkInvariants(t, res)
		})
	}
}

func TestXLSXSkips(t *testing.T) {
	good := makeXLSX(t, xlsxSheet{name: "Sheet1", cells: map[string]any{"A1": "指标", "B1": "数值", "A2": "床位", "B2": 100}})

	// A zip bomb: one part that inflates to 8 MiB, over a 1 MiB cap.
	var bomb bytes.Buffer
	zw := zip.NewWriter(&bomb)
	w, _ := zw.Create("xl/worksheets/sheet1.xml")
	w.Write(bytes.Repeat([]byte(" "), 8<<20))
	zw.Close()

	// Many cells: past the cell cap (lowered to keep the test quick).
	defer func(n int) { maxSheetCells = n }(maxSheetCells)
	maxSheetCells = 5000
	big := excelize.NewFile()
	sw, err := big.NewStreamWriter("Sheet1")
	if err != nil {
		t.Fatal(err)
	}
	row := make([]any, 64)
	for i := range row {
		row[i] = i
	}
	for r := 1; r <= maxSheetCells/64+2; r++ {
		cell, _ := excelize.CoordinatesToCellName(1, r)
		if err := sw.SetRow(cell, row); err != nil {
			t.Fatal(err)
		}
	}
	if err := sw.Flush(); err != nil {
		t.Fatal(err)
	}
	var bigBuf bytes.Buffer
	if err := big.Write(&bigBuf); err != nil {
		t.Fatal(err)
	}

	cases := []struct {
		name string
		data []byte
		lim  Limits
		want string
	}{
		{"truncated", good[:len(good)/2], Limits{}, "not a valid zip archive"},
		{"not a zip", []byte("plain text, not a workbook"), Limits{}, "not a valid zip archive"},
		{"old xls renamed", append(append([]byte{}, oleMagic...), make([]byte, 600)...), Limits{}, "password-protected or an old .xls"},
		{"word document renamed", makeDocx(t, wp("卫生健康工作总结")), Limits{}, "Word document"},
		{"zip bomb", bomb.Bytes(), Limits{MaxExpandedBytes: 1 << 20}, "expands beyond 1 MiB (zip bomb?)"},
		{"too many cells", bigBuf.Bytes(), Limits{}, "more than 5000 cells"},
		{"empty workbook", makeXLSX(t, xlsxSheet{name: "Sheet1"}), Limits{}, "no text"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Bytes(bg, "x.xlsx", c.data, c.lim)
			wantSkip(t, err, c.want)
		})
	}
}

// TestXLSXRowsArePairs checks that a sheet's rows keep the form the table-row
// figure extraction reads: every data line is "表头：值" pairs.
func TestXLSXRowsArePairs(t *testing.T) {
	data := makeXLSX(t, xlsxSheet{name: "Sheet1", cells: map[string]any{
		"A1": "指标", "B1": "2023年目标", "C1": "2023年完成",
		"A2": "高血压患者规范管理率（%）", "B2": 65, "C2": 65.2,
	}})
	res, err := Bytes(bg, "x.xlsx", data, Limits{})
	if err != nil {
		t.Fatal(err)
	}
	for _, part := range strings.Split(res.Text, "；") {
		if !strings.Contains(part, "：") {
			t.Fatalf("part %q of %q is not a pair", part, res.Text)
		}
	}
}
