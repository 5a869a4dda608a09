package bot_test

import (
	"strings"
	"testing"
)

// "都设了哪些科室", "覆盖了哪些社区": the sentence naming them, each name
// ending in the kind asked, not the sentences nearest the question's words.
func TestKindListed(t *testing.T) {
	b := botOver(t, map[string]string{
		"某中心.txt": "某街道社区卫生服务中心基本情况\n某街道社区卫生服务中心成立于2008年，是政府举办的公益性医疗卫生机构。\n" +
			"服务区域范围：曙光社区、牌坊社区、盐路社区和靳塘社区；服务人口64867人。\n" +
			"中心设有全科、预防保健科、中医科、口腔科和检验科，社区卫生服务中心年门诊量8万人次。\n",
	})
	for q, want := range map[string][]string{
		"某街道社区卫生服务中心都覆盖了哪些社区？": {"曙光社区", "靳塘社区"},
		"某街道社区卫生服务中心都设了哪些科室？":  {"预防保健科", "口腔科"},
	} {
		a := ask(t, b, nil, q)
		first := firstExtract(a.Text)
		for _, w := range want {
			if !strings.Contains(first, w) {
				t.Errorf("%s: want %s first: %s", q, w, a.Text)
			}
		}
	}
}

// A kind too wide ("查了哪些单位") is not answered by a list that happens
// to name two of it (接种单位).
func TestGenericKindNotListed(t *testing.T) {
	b := botOver(t, map[string]string{
		"某县上半年工作.txt": "某县卫生健康局2024年上半年工作总结\n一、疫苗接种\n全县共设有11个接种点,包括非免疫规划疫苗接种单位、乡级固定接种点以及产科接种单位。\n" +
			"二、卫生监督\n上半年共开展卫生监督检查，其中检查公共场所244户次，医疗机构93家，学校32所。\n",
	})
	a := ask(t, b, nil, "某县2024年上半年卫生监督都查了哪些单位？")
	if !strings.Contains(a.Text, "公共场所244户次") {
		t.Errorf("want the places inspected: %s", a.Text)
	}
}
