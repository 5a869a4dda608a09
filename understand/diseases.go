package understand

import (
	"strings"
	"unicode/utf8"

	"github.com/healthbot/healthbot/corpus"
)

// diseaseNames are the diseases health reports count cases, patients or
// screenings of, each with the names reports and staff write it by: the
// notifiable infectious diseases and the chronic diseases of the basic
// public health services. A question naming one asks of that disease only.
var diseaseNames = [][]string{
	{"鼠疫"}, {"霍乱"}, {"新冠", "新型冠状病毒", "新冠肺炎", "新冠病毒"}, {"非典", "传染性非典型肺炎"},
	{"艾滋病", "艾滋", "HIV"}, {"甲肝", "甲型肝炎"}, {"乙肝", "乙型肝炎", "乙型病毒性肝炎"},
	{"丙肝", "丙型肝炎"}, {"戊肝", "戊型肝炎"}, {"脊髓灰质炎", "脊灰"}, {"禽流感"}, {"麻疹"},
	{"出血热", "流行性出血热", "肾综合征出血热"}, {"狂犬病"}, {"乙脑", "流行性乙型脑炎"}, {"登革热"},
	{"炭疽"}, {"痢疾"}, {"结核", "肺结核", "结核病"}, {"伤寒"}, {"流脑", "流行性脑脊髓膜炎"},
	{"百日咳"}, {"白喉"}, {"破伤风"}, {"猩红热"}, {"布病", "布鲁氏菌病", "布鲁菌病"}, {"淋病"}, {"梅毒"},
	{"钩端螺旋体病"}, {"血吸虫病", "血吸虫"}, {"疟疾"}, {"猴痘"}, {"流感", "流行性感冒"},
	{"流腮", "腮腺炎", "流行性腮腺炎"}, {"风疹"}, {"红眼病", "急性出血性结膜炎"}, {"麻风病", "麻风"},
	{"包虫病", "包虫"}, {"感染性腹泻"}, {"手足口病", "手足口"}, {"水痘"}, {"诺如"},
	{"高血压"}, {"糖尿病"}, {"严重精神障碍", "精神障碍", "精神病"}, {"尘肺病", "尘肺"},
	{"宫颈癌", "两癌", "HPV"}, {"乳腺癌", "两癌"}, {"两癌", "宫颈癌", "乳腺癌"},
	// The classes of the notifiable diseases, counted as one in bulletins
	// and asked by the class alone ("乙类那些传染病").
	{"甲类", "甲类传染病"}, {"乙类", "乙类传染病"}, {"丙类", "丙类传染病"},
	{"甲乙丙类", "甲、乙、丙类", "甲乙丙三类"}, {"乙丙类", "乙、丙类"}, {"甲乙类", "甲、乙类"},
}

// classesTogether writes the classes of notifiable diseases counted
// together by one name ("甲类乙类" → 甲乙类), so a question naming them so
// asks of the sum, not of 甲类 alone.
var classesTogether = strings.NewReplacer(
	"甲类、乙类、丙类", "甲乙丙类", "甲、乙、丙类", "甲乙丙类", "甲类乙类丙类", "甲乙丙类",
	"甲类和乙类", "甲乙类", "甲类、乙类", "甲乙类", "甲类乙类", "甲乙类", "甲、乙类", "甲乙类",
	"乙类和丙类", "乙丙类", "乙类、丙类", "乙丙类", "乙类丙类", "乙丙类", "乙、丙类", "乙丙类",
)

// DiseasesNamed are the diseases a text names by their first name, each as
// the names it may be written by (diseaseNames' groups).
func DiseasesNamed(text string) [][]string {
	t := classesTogether.Replace(strings.ToLower(corpus.Normalize(text)))
	var out [][]string
	for _, g := range diseaseNames {
		if containsName(t, strings.ToLower(g[0])) {
			out = append(out, g)
		}
	}
	return out
}

// classRunes write the classes of notifiable diseases together: a class's
// name after one of them ("甲乙丙类", "甲、乙类") is part of a sum of
// classes, not that class alone.
const classRunes = "甲乙丙、和"

// containsName reports whether t names name: a class of diseases ("丙类")
// only where it stands alone, not inside a sum ("甲乙丙类").
func containsName(t, name string) bool {
	if !strings.HasSuffix(name, "类") && !strings.HasSuffix(name, "类传染病") {
		return strings.Contains(t, name)
	}
	for at := 0; ; {
		i := strings.Index(t[at:], name)
		if i < 0 {
			return false
		}
		i += at
		if r, _ := utf8.DecodeLastRuneInString(t[:i]); !strings.ContainsRune(classRunes, r) {
			return true
		}
		at = i + len(name)
	}
}

// NamesDisease reports whether text names a disease by any of its names,
// in Simplified or Traditional characters ("兩癌": Normalize simplifies).
func NamesDisease(text string, names []string) bool {
	t := strings.ToLower(corpus.Normalize(text))
	for _, n := range names {
		if containsName(t, strings.ToLower(n)) {
			return true
		}
	}
	return false
}
