package bot

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/corpus/places"
)

// A question may name one institution ("彭水县人民医院现在开了多少张床"):
// a figure of a report about another of the place's institutions (its 中
// 医院's 部门预算情况说明) is no answer, though it counts the same thing.

// oneInstitution is the name of one institution of a place, not a kind of
// them: a county's 人民医院 or 中医院, its 妇幼保健院 or 疾控中心, a named
// township's 卫生院 ("南沙镇卫生院"); "乡镇卫生院", "综合医院" are kinds.
var oneInstitution = regexp.MustCompile(`(?:第[一二三四五六七八九十]+)?人民医院|中医医院|中医院|中西医结合医院|妇幼保健院|妇幼保健计划生育服务中心|妇女儿童医院|疾病预防控制中心|疾控中心|精神卫生中心|中心医院|\p{Han}{2,4}[镇乡]\s*中心卫生院|\p{Han}{2,4}[镇乡]\s*卫生院|\p{Han}{2,4}街道\s*社区卫生服务中心`)

// pointedInstitution is one institution a question points at ("河下那家社区
// 医院", "这个卫生院"), or a group of them ("那11家公立综合医院"): what is
// asked is of it, not how many there are.
var pointedInstitution = regexp.MustCompile(`[那这](?:家|个|所|一家|[0-9]+家)\p{Han}{0,6}(?:医院|卫生院|服务中心|保健院|保健所|中心)`)

// namedHospital is a hospital named by its own name ("瑞金医院", "华侨医
// 院"); group 1 is the name, which kindNames tell from a kind of them.
var namedHospital = regexp.MustCompile(`(\p{Han}{2,4})医院`)

// kindNames are words that make a hospital's "name" a kind of them
// ("公立医院", "二级医院", "定点医院") or a question's words ("哪家医院").
var kindNames = []string{"公立", "民营", "私立", "综合", "专科", "各", "全", "所有", "基层", "级", "甲", "定点", "方舱", "互联网",
	"儿童", "肿瘤", "精神", "传染", "康复", "护理", "乡镇", "社区", "村", "城市", "民族", "部队", "军队", "企业", "非公", "营利",
	"重点", "新建", "现有", "大型", "中小", "口腔", "眼科", "骨科", "专业", "医养", "牵头", "龙头", "县", "市", "省", "区",
	"哪", "几", "多少", "那", "这", "家", "所", "的", "在", "了", "中医", "西医", "医学", "附属", "其他", "其它", "周边", "当地", "本地", "外地", "大", "以上", "以下", "等", "及"}

// minOwnNameRunes is how long the name of its own must be that opens a
// hospital's name before its kind ("同济" of 同济儿童医院).
const minOwnNameRunes = 2

// namesOneHospital reports whether the words before 医院 name one
// hospital: they hold no kind word (kindNames), or they are a name of its
// own followed by one kind word ("同济儿童", "华西口腔"), where a kind's
// name is kind words only ("公立综合", "县中医", "二级以上").
func namesOneHospital(name string) bool {
	hasKind := func(s string) bool {
		return slices.ContainsFunc(kindNames, func(k string) bool { return strings.Contains(s, k) })
	}
	if !hasKind(name) {
		return true
	}
	for _, k := range kindNames {
		if own, ok := strings.CutSuffix(name, k); ok && utf8.RuneCountInString(own) >= minOwnNameRunes && !hasKind(own) {
			return true
		}
	}
	return false
}

// numberedHospital is a city's numbered hospital said short ("惠州三院",
// "市二院": 第二人民医院); group 1 is its number.
var numberedHospital = regexp.MustCompile(`(?:^|[^\p{Han}]|[市县区州])([一二三四五六七八九十])院`)

// institutionIn is the one institution text names: one of oneInstitution,
// else a hospital by its own name or number; "" for none.
func institutionIn(text string) string {
	if m := oneInstitution.FindString(text); m != "" {
		return m
	}
	if m := numberedHospital.FindStringSubmatch(text); m != nil {
		return "第" + m[1] + "人民医院"
	}
	for _, m := range namedHospital.FindAllStringSubmatch(text, -1) {
		if namesOneHospital(m[1]) {
			return m[0]
		}
	}
	for _, loc := range abbreviatedHospital.FindAllStringIndex(text, -1) {
		if !strings.HasPrefix(text[loc[1]:], "区") { // "二院区": a campus
			return text[loc[0]:loc[1]]
		}
	}
	return ""
}

// abbreviatedHospital is a hospital named by its university or city and
// its number: "浙大二院", "川北一院".
var abbreviatedHospital = regexp.MustCompile(`\p{Han}{2}[一二三四五六七八九]院`)

// askedInstitution is the one institution a topic names, "" when it names
// none or a kind ("乡镇卫生院", "各乡镇卫生院").
func askedInstitution(topic string) string {
	m := institutionIn(corpus.Normalize(topic))
	if strings.HasPrefix(m, "乡镇") || strings.HasPrefix(m, "各乡") {
		return ""
	}
	// "双庄街道 社区卫生服务中心": a word the topic dropped ("那个") stood
	// between the township and its institution.
	return institutionName(strings.Join(strings.Fields(m), ""))
}

// townInstitution is the one institution of a named township or
// subdistrict ("增福镇卫生院", "白泉卫生院", "双庄街道社区卫生服务中心");
// group 1 is the name before its kind.
var townInstitution = regexp.MustCompile(`(\p{Han}{2,4}?)(?:(?:[镇乡]|街道)?\s*(?:中心)?卫生院|街道\s*社区卫生服务中心)`)

// kindsNotNames are words that make a township institution's "name" a
// kind of them ("乡镇卫生院", "全县各卫生院", "村卫生院", "乡下镇上的卫生院":
// a proper name holds no 的).
var kindsNotNames = []string{"城乡", "各", "全", "所有", "村", "社区", "基层", "公立", "民营", "中心", "县", "市", "省", "区", "级", "的"}

// withoutTownInstitution is a topic without the township institution it
// names or the one institution it points at, when it asks something of it
// ("增福镇卫生院收支" → "收支", "河下那家社区医院 看 门诊" → "看 门诊"); the
// topic whole when the institution is all it names.
func withoutTownInstitution(topic string) string {
	if loc := pointedInstitution.FindStringIndex(topic); loc != nil {
		// "河下那家社区医院 看 门诊": the institution pointed at, with the
		// name before it, is whose; the rest is what is asked.
		start := strings.LastIndexAny(topic[:loc[0]], " ") + 1
		if rest := strings.TrimSpace(topic[:start] + topic[loc[1]:]); corpus.CountHan(rest) > 0 {
			return rest
		}
	}
	m := townInstitution.FindStringSubmatch(topic)
	if m == nil || strings.Contains(m[0], "乡镇") || slices.ContainsFunc(kindsNotNames, func(k string) bool { return strings.Contains(m[1], k) }) {
		return topic
	}
	if rest := strings.TrimSpace(strings.Replace(topic, m[0], "", 1)); rest != "" {
		return rest
	}
	return topic
}

// ethnicTownship is the name of an ethnic township's people before 乡 or
// 镇 ("同乐苗族乡", "大堡子藏族乡"): staff leave it out ("同乐乡").
var ethnicTownship = regexp.MustCompile(`\p{Han}{1,3}?族([乡镇])`)

// institutionName writes an institution's name as its reports' titles
// do, and a township's without its people's name, so that two writings
// of one institution compare equal.
func institutionName(s string) string {
	return ethnicTownship.ReplaceAllString(fullInstitution.Replace(s), "$1")
}

// fullInstitution writes an institution's short name in full, as the
// titles of its reports do ("疾控中心" is 疾病预防控制中心).
var fullInstitution = strings.NewReplacer("疾控中心", "疾病预防控制中心", "中医院", "中医医院")

// shortInstitution writes an institution's name the short way staff do
// ("疾病预防控制中心" is 疾控中心), the inverse of fullInstitution.
var shortInstitution = strings.NewReplacer("疾病预防控制中心", "疾控中心", "卫生健康委员会", "卫健委", "卫生健康局", "卫健局", "中医医院", "中医院")

// otherInstitution reports whether a figure is of a report about another
// institution than the one asked: its title names one, not the one asked,
// and neither its sentence nor its label names the one asked.
func otherInstitution(asked string, h corpus.FigureHit) bool {
	if asked == "" {
		return false
	}
	asked = withoutGrade.Replace(asked)
	title := corpus.Simplify(h.Title)
	own := withoutGrade.Replace(institutionName(institutionIn(title)))
	if own == "" || strings.Contains(own, asked) || strings.Contains(asked, own) || shortFormOf(asked, own) || shortFormOf(withoutLeadingPlace(own), asked) || ownName(asked) && inOrder(asked, institutionName(title)) {
		return false
	}
	context := withoutGrade.Replace(institutionName(corpus.Simplify(h.Figure.Sentence + h.Figure.Label)))
	return !strings.Contains(context, asked)
}

// withoutLeadingPlace is an institution's name without the place it opens
// with ("兰州手足医院" → 手足医院): the short form a title may give of the
// name asked ("手足外科医院").
func withoutLeadingPlace(name string) string {
	if ps := places.Find(name); len(ps) > 0 && ps[0].Start == 0 && ps[0].End < len(name) {
		return name[ps[0].End:]
	}
	return name
}

// ownName reports whether an institution is named by a name of its own
// ("复旦中山医院"), not by a kind a place has one of ("人民医院", "中医医院"),
// whose characters many titles hold in order.
func ownName(inst string) bool { return !oneInstitution.MatchString(inst) }

// inOrder reports whether the characters of short stand in text in
// order: "复旦中山医院" in the title "复旦大学附属中山医院".
func inOrder(short, text string) bool {
	k := 0
	s := []rune(short)
	for _, r := range text {
		if k < len(s) && r == s[k] {
			k++
		}
	}
	return k == len(s)
}

// withoutGrade drops the grade a township health centre's name may hold:
// "武店镇中心卫生院" is the 武店镇卫生院 staff speak of.
var withoutGrade = strings.NewReplacer("中心卫生院", "卫生院")

// shortFormOf reports whether short is a short form of name: its
// characters in order, the first and the last two the same ("妇幼中心" of 妇
// 幼保健计划生育服务中心, "疾控中心" of 疾病预防控制中心).
func shortFormOf(short, name string) bool {
	s, n := []rune(short), []rune(name)
	if len(s) < 3 || len(s) >= len(n) || s[0] != n[0] || string(s[len(s)-2:]) != string(n[len(n)-2:]) {
		return false
	}
	return inOrder(short, name)
}

// institutionKinds give the kind of an institution by the end of its
// name: what the catalogue's indicators count (乡镇卫生院床位数).
var institutionKinds = []struct{ end, kind string }{
	{"卫生院", "乡镇卫生院"}, {"社区卫生服务中心", "社区卫生服务中心"}, {"疾病预防控制中心", "疾病预防控制中心"},
	{"妇幼保健院", "妇幼保健院"}, {"医院", "医院"},
}

// institutionKind is the kind of the one institution named, "" for none.
func institutionKind(inst string) string {
	for _, k := range institutionKinds {
		if inst != "" && strings.HasSuffix(inst, k.end) {
			return k.kind
		}
	}
	return ""
}

// mentionsInstitution reports whether text names the institution inst, in
// any of its writings.
func mentionsInstitution(inst, text string) bool {
	return inst != "" && strings.Contains(institutionName(corpus.Simplify(text)), inst)
}
