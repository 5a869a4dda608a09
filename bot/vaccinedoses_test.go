package bot_test

import (
	"strings"
	"testing"
)

// Doses asked in staff's words: "库里还剩" is 库存, "头一针" 第一剂 (its
// rate asked as a share), "多少剂" answered in 剂; "疫苗" of "新冠疫苗"
// stays the reports' word.
func TestVaccineDosesInLayWords(t *testing.T) {
	b := botOver(t, map[string]string{
		"某县2021年新冠疫苗接种督导.txt": "某县卫生健康局开展新冠疫苗接种督导\n发布时间:2021-09-30\n" +
			"自2020年抗击新冠肺炎疫情以来,某县卫生健康局建立起13家接种点,截至9月26日22时,某县累计收到疫苗496357剂,全县累计接种485121剂,其中第一剂接种246747剂,完成率为87.73%,第二剂接种238374剂,完成率为85.61%,库存疫苗为11211剂。\n",
	})
	for q, want := range map[string]string{
		"某县2021年新冠疫苗现在库里还剩多少剂？": "11211剂",
		"某县2021年打了头一针的人占了多大比例？": "87.73%",
		"某县2021年第二针打了多少剂？":      "238374剂",
	} {
		a := ask(t, b, nil, q)
		if !strings.HasPrefix(a.Text, "根据资料") || !strings.Contains(strings.SplitN(a.Text, "\n", 2)[0], want) {
			t.Errorf("%s: want %s first: %s", q, want, a.Text)
		}
	}
}

// A rate of something the question names whole ("卡介苗 接种率" for "娃娃
// 打卡介苗的比例") answers, however the question words the rate.
func TestRateOfNamedVaccine(t *testing.T) {
	b := botOver(t, map[string]string{
		"某县2025年一季度接种率.txt": "某县2025年第一季度国家免疫规划疫苗接种率公布\n疫苗名称 | 接种率(%)\n卡介苗 | 99.78\n乙肝疫苗第一剂次 | 98.6\n",
	})
	a := ask(t, b, nil, "某县2025年一季度娃娃打卡介苗的比例是多少？")
	if !strings.HasPrefix(a.Text, "根据资料") || !strings.Contains(strings.SplitN(a.Text, "\n", 2)[0], "99.78%") {
		t.Errorf("want 99.78%% first: %s", a.Text)
	}
}

// The same holds for a rate of uptake ("健康码推广率" for "健康码用上的比例").
func TestRateOfNamedUptake(t *testing.T) {
	b := botOver(t, map[string]string{
		"总结.txt": "宾川县卫生健康局2022年工作总结\n全县累计接种新冠病毒疫苗512851剂次，新建3个发热哨点诊室，健康码推广率达99.08%。\n",
	})
	a := ask(t, b, nil, "宾川县2022年健康码用上的比例有多高？")
	if !strings.Contains(firstLine(a.Text), "99.08%") {
		t.Errorf("want 99.08%% first: %s", a.Text)
	}
}
