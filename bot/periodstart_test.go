package bot_test

import (
	"strings"
	"testing"
)

// Asked where a plan period started ("十三五刚开始那会儿"), the level of the
// year before its first is the answer, not the one it reached.
func TestStartOfAPlanPeriod(t *testing.T) {
	b := botOver(t, map[string]string{
		"云溪市十四五卫生健康人才发展规划.txt": "云溪市“十四五”卫生健康人才发展规划\n一、规划背景\n（一）“十三五”期间取得的进展和成绩\n" +
			"人才队伍不断壮大。相比“十三五”初期,全市执业(助理)医师数从每千人口2.32人增长到3.14人,注册护士数从每千人口2.19人增长到2.72人。\n",
	})
	a := ask(t, b, nil, "云溪市十三五刚开始那会儿，每千人口执业（助理）医师是多少？")
	if !strings.Contains(firstLine(a.Text), "2.32人") {
		t.Errorf("want 2.32人 first:\n%s", a.Text)
	}
}
