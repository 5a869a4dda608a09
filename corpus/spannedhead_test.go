package corpus

import (
	"strings"
	"testing"
)

// A quarterly penalties table (行政处罚实施情况统计表) heads its counts with
// one cell spanning a second header row, and puts a caption row between the
// header and the values: each value is named by both rows, with the
// spanning cell's unit (made-up numbers).
func TestHeaderCellSpanningASecondRow(t *testing.T) {
	text := "云溪市卫生健康委2021年度第三季度行政处罚实施情况统计表\n" +
		"序号 | 单位名称 | 行政处罚实施数量(宗) | 罚没金额(万元) | 备注 | |||||||\n" +
		"警告 | 罚款 | 没收违法所得、没收非法财物 | 暂扣许可证、执照 | 责令停产停业 | 吊销许可证、执照 | 其他行政处罚 | 合计(宗) | ||||\n" +
		"(一)本单位实施的、以本单位名义作出的 | |||||||||||\n" +
		"1 | 云溪市卫生健康委 | 2 | 3 | 0 | 0 | 0 | 0 | 0 | 5 | 1.6 |\n" +
		"说明:1. 行政处罚实施数量的统计范围\n"
	got := map[string]string{}
	for _, f := range Parse("t.txt", text, Meta{}, Options{}).Reports[0].Figures {
		got[f.Label] = f.Raw + f.Unit
	}
	for label, want := range map[string]string{
		"云溪市卫生健康委 罚没金额":       "1.6万元",
		"云溪市卫生健康委 行政处罚实施数量罚款": "3宗",
		"云溪市卫生健康委 行政处罚实施数量合计": "5宗",
	} {
		if got[label] != want {
			t.Errorf("%s = %q, want %q (all: %v)", label, got[label], want, got)
		}
	}
}

// Two header rows that no cell spans (a row of words over the real
// header): the last header row names the columns, as before.
func TestSecondHeaderRowWithoutSpan(t *testing.T) {
	text := "表1 云溪县卫生资源\n" +
		"类别 | 说明\n" +
		"机构 | 机构数(个) | 床位数(张) | 人员数(人)\n" +
		"乡镇卫生院 | 12 | 360 | 410\n"
	var labels []string
	for _, f := range Parse("t.txt", text, Meta{}, Options{}).Reports[0].Figures {
		labels = append(labels, f.Label+"="+f.Raw)
	}
	if got := strings.Join(labels, " "); !strings.Contains(got, "乡镇卫生院 床位数=360") {
		t.Errorf("want the beds named by the last header row, got %s", got)
	}
}

// Several cells of the first header row each spanning as many of the
// second's ("医院 | 乡镇卫生院" over "诊疗人次数 | 出院人次数 | 诊疗人次数 |
// 出院人次数") name their own columns, not all of them the first's
// (made-up numbers).
func TestSeveralHeaderCellsSpanningASecondRow(t *testing.T) {
	text := "2022年1-8月全国医疗服务情况\n表2 2022年1-8月各地区医院和乡镇卫生院医疗服务量\n" +
		"地 区 | 医院 | 乡镇卫生院 | ||\n" +
		"诊疗人次数 (万人次) | 出院人次数 (万人次) | 诊疗人次数(万人次) | 出院人次数 (万人次) | |\n" +
		"总 计 | 266694.2 | 13646.9 | 76661.5 | 2125.4 |\n" +
		"北 京 | 9111.1 | 221.8 | - | - |\n" +
		"江 西 | 6440.0 | 423.5 | 2673.5 | 99.6 |\n"
	got := map[string]string{}
	for _, f := range Parse("t.txt", text, Meta{}, Options{}).Reports[0].Figures {
		got[f.Raw] = f.Label
	}
	if !strings.Contains(got["99.6"], "乡镇卫生院出院人次数") || !strings.Contains(got["423.5"], "医院出院人次数") || strings.Contains(got["423.5"], "乡镇") {
		t.Errorf("labels by value: %v", got)
	}
}
