package bot_test

import (
	"strings"
	"testing"
)

// "特岗全科医生打算招多少人" asks how many are taken on, which the count of
// 全科医生 another place gives does not answer (made-up notice).
func TestRecruitmentNotTheStock(t *testing.T) {
	b := botOver(t, map[string]string{
		"招聘公告.txt": "根据《关于继续实施基层卫生人才工程实施方案的意见》的规定,现就做好2021年度特招医学院校毕业生和特岗全科医生招聘工作有关事项公告如下:\n一、招聘特招医学院校毕业生\n全省共招聘2350人(含中医)。其中:县级医疗卫生机构研究生50名,县乡两级医疗卫生机构本科生700名,乡镇卫生院专科生1600名。\n二、招聘特岗全科医生\n全省共为乡镇卫生院招聘180人(含中医)。\n三、有关说明\n招聘工作由各地负责组织实施。\n湖北省卫生健康委员会\n2021年10月25日\n",
		"山东人才.txt": "山东省2021年卫生人才情况\n2021年末,山东省共有全科医生3.2万人。\n",
	})
	a := ask(t, b, nil, "湖北2021年特岗全科医生打算招多少人？")
	if !strings.Contains(firstLine(a.Text), "180人") {
		t.Errorf("want 180人:\n%s", a.Text)
	}
}
