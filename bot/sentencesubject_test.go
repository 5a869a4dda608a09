package bot_test

import (
	"strings"
	"testing"
)

// A bare measure several indicators share ("规范管理率") is the one of the
// subject its sentence opens with: 高血压's rate for 高血压, 糖尿病's for
// 糖尿病.
func TestBareMeasureOfItsSentenceSubject(t *testing.T) {
	b := botOver(t, map[string]string{
		"某市疾控.txt": "某市疾病预防控制中心2023年第三季度工作情况\n日期：2023年10月27日\n一、慢性病管理情况\n" +
			"截至2023年9月30日，高血压建档30245人，实际管理30206人，随访率98.18%，规范管理率88.16%，血压控制率79.15%。\n" +
			"截至2023年9月30日，2型糖尿病建档7548人，实际管理7530人，随访率98.19%，规范管理率87.59%，血糖控制率52.76%。\n",
	})
	for q, want := range map[string]string{"某市2023年高血压病人规范管理率是多少？": "88.16%", "某市2023年糖尿病规范管理率是多少？": "87.59%"} {
		a := ask(t, b, nil, q)
		if first, _, _ := strings.Cut(a.Text, "\n"); !strings.Contains(first, want) {
			t.Errorf("%s: want %s first: %s", q, want, a.Text)
		}
	}
}
