package understand

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/corpus/figures"
)

// askedUnitPattern is a count or amount question's counter word: "多少篇",
// "几个", "多少人次", "多少钱".
var askedUnitPattern = regexp.MustCompile(`(?:多少|几)(万元|亿元|个百分点|百分点|` + countCounters + `|号人|人|元|岁|天|床|钱|针|剂|回|趟|单|倍|分钟|分|小时|公里|亩|平方米|平方公里|公顷|吨|公斤|千克|毫升)`)

// AreaUnit stands for any unit of area (亩, 平方米, 公顷 …): what AskedUnit
// gives a question about a size that names no unit ("种了多大面积",
// "占地多大").
const AreaUnit = "面积"

// areaAsked asks a size by the word for area: "多大面积", "面积有多大",
// "占地多少", "多大一块地".
var areaAsked = regexp.MustCompile(`(?:多大|多少)(?:的)?(?:面积|地方|一块地|块地)|面积(?:是|有|一共|共|总共)?(?:多大|多少)|占地(?:面积)?(?:有|是|一共|共)?(?:多大|多少)`)

// doneVerbBefore ends the words before "多少个" with a verb of work done
// ("做了", "完成了", "查了"): what it counts is the work's, not a thing named.
var doneVerbBefore = regexp.MustCompile(`(?:做|完成|搞|查|筛|弄|干|开展)了?$`)

// caseVerbBefore ends the words before a bare "几个" with the verb of a
// case of disease ("确诊了", "报告", "死了"): what it counts are cases.
var caseVerbBefore = regexp.MustCompile(`(?:确诊|感染|发病|病死|死亡|死了|治愈|阳性)了?$`)

// caseNouns name cases of disease after a counter: "多少个无症状的",
// "几个确诊病例".
var caseNouns = []string{"无症状", "确诊", "病例", "感染者", "阳性", "疑似"}

// streakAsked asks how many years in a row: "连着几年", "连续多少年".
var streakAsked = regexp.MustCompile(`连(?:着|续)(?:多少|几)年`)

// percentAsked asks a figure in percent: "百分之多少", "百分之几", "有多少比例签了".
var percentAsked = regexp.MustCompile(`百分之(?:多少|几)|多少的?比例`)

// countCounters are the classifiers of a count a question may put after
// 多少 or 几, longer ones first ("人次" before a bare 人).
const countCounters = `人次|剂次|户次|家次|台次|例次|车次|辆次|架次|篇|个|家|所|张|次|例|项|名|台|条|件|支|辆|份|场|期|批|户|处|座|间|种|起|宗|颗|部|本|册|套|块`

// AskedUnit is the unit a question asks its figure in ("发了多少篇稿子" →
// "篇", "花多少钱" → "元"), "" when it names none. A figure in another unit
// answers another question.
func AskedUnit(question string) string {
	q := corpus.Normalize(question)
	if m := perBase.FindStringSubmatch(q); m != nil && askedUnitPattern.MatchString(q) {
		// "每一千个新生娃娃里夭折的有几个": a count per thousand is a rate.
		if m[1] == "千" || m[2] == "千" || m[3] == "千" {
			return "‰"
		}
		if m[1] == "百" || m[4] == "百" {
			return "%" // "一百个人里有几个": a percentage
		}
		return "/10万"
	}
	if percentAsked.MatchString(q) {
		return "%" // "下降了百分之多少"
	}
	if streakAsked.MatchString(q) {
		return "年" // "连着几年全国第一": the years of a streak
	}
	// The last counter asks: "新开的几家医院一共添了多少床位" counts beds.
	var loc []int
	if all := askedUnitPattern.FindAllStringSubmatchIndex(spanOfDays.ReplaceAllStringFunc(q, blankOut), -1); len(all) > 0 {
		loc = all[len(all)-1]
	}
	if loc == nil {
		if areaAsked.MatchString(q) {
			return AreaUnit
		}
		if moneyAsked.MatchString(q) {
			return "元" // "一共投了多少体检资金"
		}
		if asksStaff(q) || asksPeopleNoun(q) {
			return "人" // "一共有多少职工", "派了多少专家": people, whatever institution they work in
		}
		return ""
	}
	switch u := q[loc[2]:loc[3]]; {
	case u == "钱":
		return "元"
	case u == "百分点":
		return "个百分点"
	case u == "床":
		return "张" // "多少床位", "几张床": beds are counted in 张
	case u == "针" || u == "剂":
		return "剂次" // "打了多少针疫苗": doses given
	case u == "号人":
		return "人" // "一共有多少号人": people, as 名 and 人 count them
	case u == "单" && strings.HasPrefix(q[loc[3]:], "位"):
		return "" // "多少单位": institutions, no counter
	case u == "回" || u == "趟":
		return "次" // "一年上医院看几回病": times, as the reports count them
	case u == "个" && (countsPeople(q[loc[3]:]) || peopleBefore(q[:loc[0]]) || bareCounter(q[loc[3]:]) && peopleSubject(q[:loc[0]])):
		// "多少个娃", "执业助理医师多少个", "百岁老人…比前一年多了几个"
		// count people, as 名 and 人 do.
		return "人"
	case u == "个" && (bareCounter(q[loc[3]:]) && caseVerbBefore.MatchString(q[:loc[0]]) || opensWithAny(q[loc[3]:], caseNouns)):
		return "例" // "累计确诊了几个", "多少个无症状的": cases, which the reports count in 例
	case u == "个" && countiesCounted(q[loc[3]:]):
		return "县" // "走了多少个县": counties, which reports count as "70余县"
	case u == "个" && bareCounter(q[loc[3]:]) && doneVerbBefore.MatchString(q[:loc[0]]):
		return "" // "筛查做了多少个": 个 counts what was done, people and cases too
	default:
		return u
	}
}

// asksStaff reports whether a question asks a number of staff by the
// noun, with no counter: "多少职工", "多少工作人员" (endsWithStaff).
func asksStaff(q string) bool {
	return afterAsking(q, func(rest string) bool { return endsWithStaff(leadingHan(rest, maxPeopleWordRunes)) })
}

// workerNouns name people who work or are sent, never counted in 人次 as
// patients may be: "派了多少专家", "有多少医生".
var workerNouns = []string{"专家", "医生", "护士", "村医", "大夫", "医护人员", "医务人员", "队员", "志愿者", "干部"}

// patientNouns name people a report counts in visits (人次) as often as in
// people: "救了多少伤员病人".
var patientNouns = []string{"病人", "患者", "伤员", "伤病员", "病号"}

// asksPeopleNoun reports whether a question counts workers by their noun
// or other people right after 多少 or 几, with no counter: "派了多少专家",
// "有多少医生".
func asksPeopleNoun(q string) bool {
	return afterAsking(q, func(rest string) bool {
		// "给多少女娃娃免费打了疫苗", "多少个老人": the people themselves,
		// not a rate of them; a bare 人 is read as a counter, and patients
		// are counted in visits as often as in people.
		return opensWithAny(rest, workerNouns) || !strings.HasPrefix(rest, "人") && !opensWithAny(rest, patientNouns) && countsPeople(rest)
	})
}

// afterAsking reports whether the words after some 多少 or 几 in q are
// what counted says they must be.
func afterAsking(q string, counted func(rest string) bool) bool {
	for _, w := range []string{"多少", "几"} {
		for rest := q; ; {
			i := strings.Index(rest, w)
			if i < 0 {
				break
			}
			rest = rest[i+len(w):]
			if counted(rest) {
				return true
			}
		}
	}
	return false
}

// perBase names the base a count is asked among ("每一千个新生娃娃里",
// "每十万产妇中", "刚出生的小孩一千个里", "一千个新生娃里", "…没了的，每千个
// 有几个", "每10万人有多少个": nothing is counted per 100,000 people but
// cases): a share of the base, not a resource per head ("每千人口有几个
// 护士", "一千个人里有几个医生" count staff).
var perBase = regexp.MustCompile(`每一?(百|千|十万|10万)\p{Han}{0,6}(?:里|中)|每一?(千|十万|10万)个(?:有|是)|一(千|十万|10万)个?(?:[^人个\P{Han}]\p{Han}{0,5})?(?:里|中)|一(百)个?\p{Han}{0,2}(?:里|中)|每一?(?:十万|10万)人口?有`)

// moneyAsked asks for an amount of money by its noun ("多少体检资金",
// "多少经费", "几多补助") or by the purse it comes from ("向县财政申请了多少",
// "财政拨了多少"), or after the money spent on something ("花在项目上的钱有多少",
// "投的钱，比前年多出来多少").
var moneyAsked = regexp.MustCompile(`(?:多少|几多)\p{Han}{0,4}(?:资金|经费|费用|金额|补助资金|投资|拨款)|财政\p{Han}{0,6}(?:多少|几多)|(?:预算|收入|支出|投资|资金)\p{Han}{0,2}盘子|的钱[，,]?(?:有|是|一共|总共|共|比\p{Han}{1,4}(?:多|少)\p{Han}{0,3})?(?:多少|几多)|的钱[，,]?\p{Han}{0,10}?(?:一共|总共|合计|累计)\p{Han}{0,6}?(?:多少|几多)|钱里[，,]?\p{Han}{0,10}?(?:多少|几多)`)

// peopleNouns name people counted with 个 in chat ("多少个娃", "几个医生").
var peopleNouns = []string{"人", "娃", "孩子", "小孩", "儿童", "婴幼儿", "婴儿", "幼儿", "新生儿", "宝宝", "老人", "老年人", "医生", "护士", "学生", "病人", "患者", "村医", "专家", "大夫",
	"孕妇", "产妇", "孕产妇", "妇女", "女性", "男性", "居民", "群众", "青少年", "娃娃", "女娃", "女孩", "女生", "男孩", "男生", "老百姓"}

// countsPeople reports whether the words after a counter name people:
// a people noun that is the head, not a modifier ("多少个婴幼儿托位" counts
// places in nurseries).
func countsPeople(after string) bool {
	after = agePrefix.ReplaceAllString(after, "") // "多少个3到6岁小孩": the age says which children
	if i := strings.Index(after, "的"); i > 0 && utf8.RuneCountInString(after[:i]) <= maxPeopleModifierRunes {
		// "多少个高水平的专家人才": the noun after the modifier.
		after = after[i+len("的"):]
	}
	if endsWithStaff(leadingHan(after, maxPeopleWordRunes)) {
		return true // "几个编内人员": a noun of staff heads the word
	}
	for _, n := range peopleNouns {
		rest, ok := strings.CutPrefix(after, n)
		if !ok || n == "人" && strings.HasPrefix(rest, "员") {
			continue // "人员…" is read by endsWithStaff
		}
		if utf8.RuneCountInString(n) == 1 {
			rest = strings.TrimPrefix(rest, n) // "娃娃托位": the word said twice
		}
		if r, _ := utf8.DecodeRuneInString(rest); !strings.ContainsRune(placeHeads, r) {
			return true
		}
	}
	// "多少个农村妇女": a people noun of two characters or more heading a
	// word its modifiers open.
	word := leadingHan(after, maxPeopleWordRunes)
	for _, n := range peopleNouns {
		if utf8.RuneCountInString(n) >= 2 && strings.HasSuffix(word, n) {
			return true
		}
	}
	return false
}

// agePrefix is an age range or bound before the people counted ("3到6岁",
// "0-3岁的", "65周岁以上").
var agePrefix = regexp.MustCompile(`^\d+(?:\s*(?:到|至|~|-|—)\s*\d+)?\s*周?岁(?:及以上|以上|以下|及以下)?的?`)

// endsWithStaff reports whether a word's head is a noun of staff: it
// ends with one, or one is followed by a verb or particle ("编内人员参加",
// "职工发了生育津贴"), not by the thing it modifies ("人员培训基地").
func endsWithStaff(word string) bool {
	for _, n := range []string{"人员", "员工", "职工", "干部"} {
		i := strings.Index(word, n)
		if i < 0 {
			continue
		}
		rest := word[i+len(n):]
		if r, _ := utf8.DecodeRuneInString(rest); rest == "" || strings.ContainsRune("的了有是在和及与参到去来被发领拿享办申缴获得报交用", r) {
			return true
		}
	}
	return false
}

// maxPeopleWordRunes bounds the word after a counter read for a noun of
// staff ("专业技术人员").
const maxPeopleWordRunes = 8

// leadingHan is the first n Chinese characters of s, up to the first other.
func leadingHan(s string, n int) string {
	end := 0
	for i, r := range s {
		if n == 0 || !unicode.Is(unicode.Han, r) {
			return s[:i]
		}
		n--
		end = i + utf8.RuneLen(r)
	}
	return s[:end]
}

// maxPeopleModifierRunes bounds a modifier before 的 and the people
// counted ("高水平的专家").
const maxPeopleModifierRunes = 4

// placeHeads head a noun a people noun modifies: the places or things for
// those people ("婴幼儿托位", "老人床位", "儿童医院", "学生宿舍").
const placeHeads = "托床位院所站室房舍费园校班"

// blankOut is as many spaces as s has bytes: a match taken out of a
// question with every other index kept in place.
func blankOut(s string) string { return strings.Repeat(" ", len(s)) }

// titleNouns end the name of a kind of health worker besides peopleNouns
// ("执业助理医师", "主管药师").
var titleNouns = []string{"医师", "护师", "药师", "技师"}

// bareCounter reports whether nothing but particles follows a counter
// ("多了几个？"): it counts the question's subject.
func bareCounter(after string) bool {
	return strings.Trim(after, "？?。！!呢啊了吧 ") == ""
}

// peopleSubject reports whether the words before a bare counter name
// people as the thing counted ("扬州百岁老人去年底比前一年多了几个"): a people
// noun of two characters or more that heads its word, not one that
// modifies a place ("老人医院": a place's head within the next two
// characters).
func peopleSubject(before string) bool {
	if strings.Contains(before, "的人") {
		return true // "有编制的人有几个": those a clause describes
	}
	for _, n := range peopleNouns {
		if utf8.RuneCountInString(n) < 2 {
			continue
		}
		i := strings.LastIndex(before, n)
		if i < 0 {
			continue
		}
		if !strings.ContainsAny(leadingHan(before[i+len(n):], 2), placeHeads) {
			return true
		}
	}
	return false
}

// peopleBefore reports whether the words before a counter end with a noun
// of people ("执业助理医师多少个", "护士有几个"), a verb of having or a total
// word between them.
func peopleBefore(before string) bool {
	before = strings.TrimRight(before, " 有是共一总计")
	if endsWithStaff(before) {
		return true
	}
	for _, n := range append(titleNouns, peopleNouns...) {
		if n != "人" && strings.HasSuffix(before, n) {
			return true // not 人 alone: "病人" is, "本人" and "个人" are no count
		}
	}
	return false
}

// countiesCounted reports whether the words after a counter are 县 alone,
// not a word it opens (县医院, 县区, 县级).
func countiesCounted(rest string) bool {
	after, ok := strings.CutPrefix(rest, "县")
	if !ok {
		return false
	}
	r, _ := utf8.DecodeRuneInString(after)
	return !figures.CountyWordGoesOn(r)
}
