package bot_test

import (
	"strings"
	"testing"
)

// "一天最多能打多少针" asks the daily capacity, not the doses given; "最多
// 能检多少管" the testing capacity (made-up reports).
func TestCapacityAsked(t *testing.T) {
	b := botOver(t, map[string]string{
		"接种.txt": "城固县新冠疫苗接种工作进展\n截至2021年6月29日,城固县累计接种新冠病毒疫苗81250剂次,其中第一剂次接种41230剂,第二剂次接种40020剂。全县共开设15个新冠疫苗接种点,共设接种台36张,日接种能力5120针次。\n",
		"总结.txt": "洋县2022年卫生健康工作总结\n一、疫情防控\n投用50间采样小屋,新增ICU床位60张,最大核酸检测能力达3.2万管/日。\n",
	})
	for q, want := range map[string]string{
		"城固县2021年打新冠疫苗，一天最多能打多少针？": "5120针次",
		"洋县2022年核酸一天最多能检多少管？":      "3.2万",
	} {
		if first := firstLine(ask(t, b, nil, q).Text); !strings.Contains(first, want) {
			t.Errorf("%s: want %s, got %s", q, want, first)
		}
	}
}
