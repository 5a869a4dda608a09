package bot_test

import (
	"strings"
	"testing"
)

// A government's list of 民生实事 written as paragraphs each opened by the
// item's name ("免费为城乡65岁及以上老年人健康体检。以…为依托,…") answers
// "那10件民生实事里，跟卫健沾边的都有哪几件" with the names of the items on
// health, not with sentences near the words.
func TestRunInOpenersOfACountedList(t *testing.T) {
	b := botOver(t, map[string]string{
		"实事.txt": "某市2024年10件民生实事确定\n2月2日,经人大代表投票表决的2024年某市政府10件民生实事正式确定。\n" +
			"这10件民生实事聚焦群众呼声高、反映多、需求急的堵点痛点项目,聚焦教育、医疗、养老等重点领域。\n" +
			"免费为城乡65岁及以上老年人健康体检。以实施国家基本公共卫生老年人健康管理服务项目为依托,为全市城乡65岁及以上老年人提供免费健康体检服务。\n" +
			"主城区打通10条“断头路”。优化主城区路网结构,启动实施33条“断头路”畅通工程,2024年打通10条“断头路”。\n" +
			"免费为14周岁女孩接种国产2价HPV疫苗。在知情、同意、自愿、安全的前提下,继续免费为14周岁女孩接种国产2价HPV疫苗。\n" +
			"新建、改扩建15所义务教育学校。新建、改扩建义务教育学校15所,完成9.18万平方米校舍主体建设。\n" +
			"孕妇产前基因免费筛查。为全市孕妇免费提供产前基因筛查服务,在孕期及时对唐氏综合征和听力障碍进行筛查。\n",
	})
	a := ask(t, b, nil, "某市今年那10件民生实事里，跟卫健沾边的都有哪几件？")
	for _, want := range []string{"健康体检", "HPV疫苗", "产前基因"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("missing %s:\n%s", want, a.Text)
		}
	}
	if strings.Contains(a.Text, "断头路") || strings.Contains(a.Text, "义务教育") {
		t.Errorf("items off health quoted:\n%s", a.Text)
	}
}
