package bot_test

import (
	"strings"
	"testing"
)

// "二级以上公立医院，有几家把数据接好了" asks the part of them that did so
// ("27家二级以上公立医院中,24家医院已完成数据对接"), not the 27 the
// indicator's words name (made-up news).
func TestPartOfTheIndicatorAsked(t *testing.T) {
	b := botOver(t, map[string]string{
		"02_moushi_pingtai_2019.txt": "某市推进全民健康信息平台建设\n2019年1月,市级平台联接全市二级及以上公立医院、164个乡镇卫生院。全市27家二级以上公立医院中,24家医院已完成数据对接,采集数据4亿多条。\n",
	})
	first := firstLine(ask(t, b, nil, "某市的二级以上公立医院，现在有几家跟市里平台把数据接好了？").Text)
	if !strings.Contains(first, "24家") {
		t.Errorf("want the part that did it, 24家: %s", first)
	}
	first = firstLine(ask(t, b, nil, "某市有多少家二级以上公立医院？").Text)
	if !strings.Contains(first, "27家") {
		t.Errorf("want the whole, 27家: %s", first)
	}
}
