package corpus

import (
	"fmt"
	"strings"
	"testing"
)

// A table whose line ends a PDF lost runs on inside the paragraph; each
// number gets its row, its measure with the unit, and its column's year.
func TestRunonTable(t *testing.T) {
	text := "某省2020年卫生健康事业发展统计公报\n" +
		"一、卫生资源\n" +
		"全省卫生监督机构 30 个。表 1 医疗卫生机构及床位数机构数(个) 床位数(张)2020 年 2019 年 2020 年 2019 年总计 5120 5010 40230 38870医院 210 198 30110 28900公立医院 90 92 24400 23950其中:政府办 80 81 21000 20500乡镇卫生院 300 301 9100 8800,以上为年末数。\n"
	doc := Parse("t.txt", text, Meta{}, Options{})
	got := map[string]bool{}
	for _, f := range doc.Reports[0].Figures {
		got[fmt.Sprintf("%s=%s%s@%d", f.Label, f.Raw, f.Unit, f.Year)] = true
	}
	for _, want := range []string{
		"总计 机构数=5120个@2020", "总计 机构数=5010个@2019", "总计 床位数=40230张@2020", "总计 床位数=38870张@2019",
		"医院 机构数=210个@2020", "公立医院 床位数=23950张@2019", "政府办 机构数=81个@2019", "乡镇卫生院 床位数=8800张@2019",
	} {
		if !got[want] {
			t.Errorf("missing %s; have %v", want, keys(got))
		}
	}
}

// A page that numbered its lines ("2、") and its pages ("- 2 -") breaks
// a row's name; the row is read across the break.
func TestRunonTableAcrossLines(t *testing.T) {
	text := "床位数(张) 人员数(人)2021 年 2021 年总计 400 900医院 300 700社区卫生服务中心(站\n2、- 2 -) 60 120村卫生室 40 80\n"
	tables := runonTables(text, lines(text))
	if len(tables) != 1 {
		t.Fatalf("got %d tables, want 1", len(tables))
	}
	var names []string
	for _, row := range tables[0].rows {
		names = append(names, row[0].text)
		for _, c := range row[1:] {
			if text[c.span.Start:c.span.End] != c.text {
				t.Errorf("cell %q stands at %v as %q", c.text, c.span, text[c.span.Start:c.span.End])
			}
		}
	}
	if got := strings.Join(names, "|"); got != "总计|医院|社区卫生服务中心(站)|村卫生室" {
		t.Errorf("rows %s", got)
	}
}

// Prose with years and numbers is no run-on table.
func TestRunonTableNeedsMeasures(t *testing.T) {
	text := "2019 年 2020 年两年间新建医院 3 4 所,床位 100 张。\n"
	if tables := runonTables(text, lines(text)); len(tables) != 0 {
		t.Errorf("read %d tables from prose", len(tables))
	}
}

func keys(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}
