package bot_test

import (
	"strings"
	"testing"
)

// "一共" asks a total, but of the part the question names by its own words
// ("公立医院一共开了多少张病床" for "全区共开放病床1890张，其中公立医院730张");
// asked of nothing narrower, the whole answers (made-up bulletin).
func TestTotalOfThePartNamed(t *testing.T) {
	b := botOver(t, map[string]string{
		"04_mouqu_gongbao_2022.txt": "2022年某区国民经济和社会发展统计公报\n全区现有各级各类医疗机构323家。全区共开放病床1890张，其中公立医院730张。共有卫技人员2867人。\n",
	})
	if first := firstLine(ask(t, b, nil, "某区2022年公立医院一共开了多少张病床？").Text); !strings.Contains(first, "730张") {
		t.Errorf("want the public hospitals' beds, 730张: %s", first)
	}
	if first := firstLine(ask(t, b, nil, "某区2022年一共开了多少张病床？").Text); !strings.Contains(first, "1890张") {
		t.Errorf("want all beds, 1890张: %s", first)
	}
}
