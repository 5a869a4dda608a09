package bot

import (
	"strings"
	"testing"
)

// "卫健委牵头的是哪几件" is answered by the clause in which the 卫健委 takes on
// its list, not the one of the 教育厅 beside it.
func TestDutyItems(t *testing.T) {
	sources := []Source{{N: 1, Text: "海南省教育厅负责初中教室照明改造和全省中小学生视力监测两个项目;其中,海南省卫生健康委负责适龄女生HPV疫苗接种、新生儿先天性心脏病筛查与诊治、老年人认知障碍筛查试点等三个项目。"}}
	items, ok := dutyItems("海南今年的为民办实事里，卫健委牵头的是哪几件？", sources)
	if !ok || !strings.HasPrefix(items[0].text, "海南省卫生健康委负责适龄女生HPV疫苗接种") {
		t.Fatalf("duty: %v %v", items, ok)
	}
	if items, ok := dutyItems("民政局负责的是哪几件？", sources); ok {
		t.Errorf("a body the sources give no list answered: %v", items)
	}
}
