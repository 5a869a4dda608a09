package bot_test

import (
	"strings"
	"testing"
)

// A lay word with several official terms matches the one a label uses:
// "救护车派出去" is 急救派车 (made-up news report), and "一共" asks the
// total, not the average per day.
func TestLayTermOfLabel(t *testing.T) {
	b := botOver(t, map[string]string{
		"guoqing.txt": "2024年国庆期间云溪区120平稳运行\n据统计，10月1日至10月8日，云溪区120指挥调度台共接听电话3210次，急救派车740次，平均每天急救出车106次，救治患者673人次。\n",
	})
	a := ask(t, b, nil, "云溪区2024年国庆那八天救护车一共派出去多少次？")
	if first := firstLine(a.Text); !strings.Contains(first, "740次") {
		t.Errorf("want the trips sent out (740次):\n%s", a.Text)
	}
}
