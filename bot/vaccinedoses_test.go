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
