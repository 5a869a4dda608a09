package bot

import (
	"strings"
	"testing"
)

// The list a question asks for is the longest the sources make: a list a
// sentence makes its focus ("以…为重点"), the items the question's verb
// acts on, rather than a shorter list before "等方面".
func TestEnumerationTakesTheLongestList(t *testing.T) {
	sources := []Source{{N: 1, Text: "紧紧围绕五大发展理念，着力提升在医疗救治、医疗资源、人才梯队建设等方面的能力。统筹部署重点工作。围绕传染病防治、医共体建设、中医药发展、基本公共卫生服务、爱国卫生运动等工作，抓好落实。"}}
	it, ok := enumeration("重点工作要围绕哪些方面抓？", sources)
	if !ok || !strings.Contains(it.text, "传染病防治、医共体建设") {
		t.Errorf("verb list: %q %v", it.text, ok)
	}
	sources = []Source{{N: 1, Text: "规划提出，以普及健康生活、优化健康服务、完善健康保障、建设健康环境、发展健康产业为重点，全面建设健康龙江。"}}
	it, ok = enumeration("健康龙江2030规划主要抓哪几个方面？", sources)
	if !ok || !strings.HasPrefix(it.text, "以普及健康生活") || !strings.Contains(it.text, "发展健康产业") {
		t.Errorf("focus list: %q %v", it.text, ok)
	}
}

// "都查些啥项目" asks the members of a kind the sources list after its name
// ("体检项目包括:身高、体重、…").
func TestEnumerationOfAKindsMembers(t *testing.T) {
	sources := []Source{{N: 1, Text: "卫生院组织65岁及以上老年人进行免费健康体检。据了解,目前可以为老年人提供的免费体检项目包括:身高、体重、血压、血常规、心电图和腹部B超检查。每年都有三四千人来检查。"}}
	it, ok := enumeration("卫生院给老人免费体检，都查些啥项目？", sources)
	if !ok || !strings.Contains(it.text, "血常规") {
		t.Errorf("members: %q %v", it.text, ok)
	}
	if _, ok := enumeration("卫生院什么时候体检？", sources); ok {
		t.Errorf("a time is no kind with members")
	}
}

// "在哪几家乡镇卫生院建了…" asks the names a sentence lists before their
// count and kind ("在平桥、白鹤、坦头5家乡镇卫生院建设…"), not a list of
// other things with the same count.
func TestEnumerationBeforeItsCount(t *testing.T) {
	sources := []Source{{N: 1, Text: "全县新建村卫生室5家。在平桥、白鹤、坦头、街头、石梁5家乡镇卫生院建设院前急救站点,铺设83台AED设备。"}}
	it, ok := enumeration("天台去年在哪几家乡镇卫生院建了院前急救站点？", sources)
	if !ok || !strings.Contains(it.text, "平桥、白鹤") {
		t.Errorf("counted list: %q %v", it.text, ok)
	}
	sources = []Source{{N: 1, Text: "在学校、商场、车站3家单位铺设AED设备。"}}
	if it, ok := enumeration("在哪几家乡镇卫生院建了院前急救站点？", sources); ok {
		t.Errorf("a list of another kind taken: %q", it.text)
	}
}

// Of the lists the question's verb opens, the one that says what the
// question says after its which-word answers it, a list of two included
// ("支持黄冈、荆州建设国家中医药传承创新发展试验区"), not a longer list of
// other things; and a list another source makes its focus is not asked of.
func TestEnumerationThatSaysWhatIsAsked(t *testing.T) {
	sources := []Source{
		{N: 1, Text: "加快打造智慧化现代医疗体系，争创国家医学中心，支持黄冈、荆州建设国家中医药传承创新发展试验区。开展文明实践，支持孝感、黄冈、随州、恩施等地创建全国文明城市。"},
		{N: 2, Text: "以贸易、投资、资金流动、交通运输、人员往来自由便利为重点，建设自贸试验区。"},
	}
	it, ok := enumeration("湖北今年支持哪几个市建国家中医药传承创新的试验区？", sources)
	if !ok || !strings.Contains(it.text, "黄冈、荆州建设") {
		t.Errorf("got %q %v, want the list of two that says it", it.text, ok)
	}
}

// "三大行动是哪三个" is answered by the sentence that names the 3大行动 and
// lists them, in either numerals; "主要有哪几方面内容" by the list closed by
// its count and kind ("…等六大方面内容"), not by a section whose heading
// shares the topic's words.
func TestEnumerationOfACountedKind(t *testing.T) {
	sources := []Source{
		{N: 1, Text: "第一，持续扩大健康影响评估工作。第二，实施跨部门干预重大健康风险。第三，加快建设国际健康岛。"},
		{N: 2, Text: "3大行动是推动政策落地的抓手，分别是：重大健康风险干预跨部门专项行动、主动健康协同行动和健康影响评估行动。"},
	}
	it, ok := numberedKindEnumeration("方案里说的三大行动是哪三个？", sources)
	if !ok || it.src != 2 || !strings.Contains(it.text, "主动健康协同行动") {
		t.Errorf("three actions: %q %v", it.text, ok)
	}
	if _, ok := numberedKindEnumeration("方案里说的两大任务是哪两个？", sources); ok {
		t.Errorf("a count no sentence names was answered")
	}
	sources = []Source{{N: 1, Text: "海南提出将体重管理与健康食品产业协同发展。行动的内容主要涵盖了健康饮食文化、打造社会支持性环境、推动食品加工营养化转型、打造特色健康食物品牌等六大方面内容。"}}
	it, ok = countedEnumeration("这个协同发展行动主要有哪几方面内容？", sources)
	if !ok || !strings.Contains(it.text, "健康饮食文化") {
		t.Errorf("six aspects: %q %v", it.text, ok)
	}
}
