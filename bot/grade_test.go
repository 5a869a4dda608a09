package bot_test

import (
	"strings"
	"testing"
)

// The grade a clause says its count reached ("10家…达到“优质服务基层行”活动推荐
// 标准,78家达到基本标准") tells the counts apart where the first label lost
// it: "达到基本标准的有多少家" is answered by 78家 (made-up news).
func TestGradeSaidAfterTheCount(t *testing.T) {
	b := botOver(t, map[string]string{
		"04_moushi_jicengxing_2022.txt": "某市基层医疗卫生机构服务能力持续提升\n2019年以来,某市全市已有10家基层医疗卫生机构达到“优质服务基层行”活动推荐标准,78家达到基本标准。\n",
	})
	if first := firstLine(ask(t, b, nil, "某市这几年达到优质服务基层行基本标准的基层机构一共有多少家了？").Text); !strings.Contains(first, "78家") {
		t.Errorf("want the basic grade's count, 78家: %s", first)
	}
}
