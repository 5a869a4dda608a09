package bot_test

import (
	"strings"
	"testing"
)

// A hospital's profile asked in lay words: "一年出院多少病人" (出院患者; 一年
// says how the count runs, not what), "新院子占了多大一块地" (占地面积),
// "家底…资产总共多少钱" (资产总值).
func TestHospitalProfileInLayWords(t *testing.T) {
	b := botOver(t, map[string]string{
		"某县人民医院简介.txt": "某县人民医院简介\n某县人民医院始建于1950年。2020年新院区全面运行,占地面积212亩,建筑面积14.3万㎡,开放床位1600张。\n" +
			"医院拥有1400余名职工,年门诊量90余万,出院患者5万人次,资产总值16.7亿多元。\n",
		"某县中医院简介.txt": "某县中医院简介\n某县中医院始建于1958年,年收治住院病人4800余人次,医院新建综合楼一栋,固定资产2亿元。\n",
	})
	for q, want := range map[string]string{
		"某县人民医院一年出院多少病人？":      "5万人次",
		"某县人民医院新院子占了多大一块地？":    "212亩",
		"某县人民医院家底有多少，资产总共多少钱？": "16.7",
	} {
		a := ask(t, b, nil, q)
		got := firstExtract(a.Text)
		if strings.Contains(q, "一块地") {
			got = a.Text // quoted among the passage's sentences
		}
		if !strings.Contains(got, want) {
			t.Errorf("%s: want %s: %s", q, want, a.Text)
		}
	}
}

// An institution asked of ("妇幼保健院出院…") is no kind of the measure:
// its last two characters ("健院") are not a modifier the figures lack.
func TestInstitutionIsNoModifier(t *testing.T) {
	b := botOver(t, map[string]string{
		"南平市妇幼保健院简介.txt": "医院简介\n南平市妇幼保健院创建于1953年。医院拥有1400余名职工,开放床位1100张,年门诊量90余万,出院患者5万人次,实力雄厚。\n",
	})
	a := ask(t, b, nil, "南平市妇幼保健院出院多少病人？")
	if !strings.HasPrefix(a.Text, "根据资料") || !strings.Contains(firstExtract(a.Text), "5万人次") {
		t.Errorf("want 5万人次 first: %s", a.Text)
	}
}

// A township's institution asked with a word between its township and its
// kind ("双庄街道那个社区卫生服务中心") is still the one institution: no
// count of such centres is stated as what it serves.
func TestTownshipInstitutionAcrossAWord(t *testing.T) {
	b := botOver(t, map[string]string{
		"宿城区双庄街道社区卫生服务中心简介.txt": "宿迁市宿城区双庄街道社区卫生服务中心简介\n本中心服务区域覆盖双庄街道,服务人口64867人;下设七家卫生室。\n",
		"宿城区卫健局2024年工作总结.txt":   "宿城区卫生健康局2024年工作总结\n全区现有社区卫生服务中心12个,乡镇卫生院8个。\n",
	})
	a := ask(t, b, nil, "宿城双庄街道那个社区卫生服务中心要管多少口人？")
	if !strings.Contains(a.Text, "64867人") || strings.Contains(firstExtract(a.Text), "为12个") {
		t.Errorf("want the centre's 64867人, no count of centres stated: %s", a.Text)
	}
}
