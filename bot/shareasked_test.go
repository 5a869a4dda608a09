package bot_test

import (
	"strings"
	"testing"
)

// "占多大比例" asks a share: a label ending in 量 ("诊疗量占比") written
// with a percentage answers it, though the topic's last measure word is the
// count's ("诊疗量").
func TestShareAskedOfACountWord(t *testing.T) {
	b := botOver(t, map[string]string{
		"方案.txt": "关于印发海南州全面推进紧密型县域医疗卫生共同体建设实施方案的通知\n一、总体目标\n" +
			"到2025年底，医共体总院全部达到县级医院服务能力基本标准，90%的乡镇卫生院达到服务能力推荐标准，基层医疗卫生机构诊疗量占比提高到55%左右。\n" +
			"二、工作基础\n2023年全州医疗卫生机构总诊疗人次达到312万人次。\n",
	})
	a := ask(t, b, nil, "海南州到2025年底基层诊疗量要占到多大比例？")
	if !strings.HasPrefix(a.Text, "根据资料") || !strings.Contains(firstLine(a.Text), "55%") {
		t.Errorf("want the share 55%% as the answer:\n%s", a.Text)
	}
}

// "二孩占出生的比例" asks a share: the births' change in percent ("户籍人口
// 出生…同比增长88%"), whose label shares more of the words, is no answer
// (made-up report).
func TestShareAskedIsNoChange(t *testing.T) {
	b := botOver(t, map[string]string{
		"chusheng.txt": "某市2023年人口出生情况\n2023年全市户籍人口出生11.84万人,同比增长88%。全市户籍人口共出生二孩6.44万人,二孩占出生的比例达到54%。\n",
	})
	a := ask(t, b, nil, "某市2023年户籍人口里二孩占出生的比例是多少？")
	if first := firstLine(a.Text); !strings.Contains(first, "54%") {
		t.Errorf("want the share 54%% as the answer:\n%s", a.Text)
	}
}
