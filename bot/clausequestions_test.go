package bot_test

import (
	"strings"
	"testing"
)

const bulletinOfInstitutions = "2021年青川市国民经济和社会发展统计公报\n十、卫生\n年末全市拥有各类医疗卫生机构582个,其中医院41家,卫生院17家,社区卫生服务中心13家,开放床位8420张。\n"

// Named the whole and then the part asked ("医疗卫生机构里，医院有几家"),
// the part's own indicator is asked: the hospitals, not all institutions
// (made-up bulletin).
func TestPartAskedOfAWhole(t *testing.T) {
	b := botOver(t, map[string]string{"公报.txt": bulletinOfInstitutions})
	a := ask(t, b, nil, "青川市2021年的医疗卫生机构里，医院有几家？")
	if !strings.Contains(a.Text, "41家") || strings.Contains(a.Text, "为582个") {
		t.Errorf("want the hospitals (41家):\n%s", a.Text)
	}
}

// Two numbers asked in one sentence, clause by clause: each is answered.
func TestNumbersAskedClauseByClause(t *testing.T) {
	b := botOver(t, map[string]string{"公报.txt": bulletinOfInstitutions})
	a := ask(t, b, nil, "青川市2021年的医疗卫生机构里，医院有几家、社区卫生服务中心有几家？")
	for _, want := range []string{"41家", "13家"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("want %s:\n%s", want, a.Text)
		}
	}
}
