package bot

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/corpus/figures"
	"github.com/healthbot/healthbot/corpus/places"
	"github.com/healthbot/healthbot/understand"
)

// Staff ask a figure of several things at once ("三级医院和二级医院分别有多少
// 家？", "医院按等级分，三级、二级、一级各有多少家？"). No figure answers for
// all of them, so the question is asked once per thing, as a compound
// message is.

// eachOf matches the things asked about and the word that distributes the
// question over them: items joined by 、 or a last 和/及/与/跟, then 各 or
// 分别.
var eachOf = regexp.MustCompile(`((?:\p{Han}{1,12}、)+\p{Han}{1,12}|\p{Han}{1,12}(?:、\p{Han}{1,12})*(?:和|及|与|跟)\p{Han}{1,12})(?:各自|各|分别)`)

// classifiedBy matches "医院按等级分" / "按等级分，医院…": the thing the
// items are kinds of.
var classifiedBy = regexp.MustCompile(`(\p{Han}{1,10})(?:按照|按)\p{Han}{1,6}?(?:划分|来分|来看|分)`)

// maxEachOf bounds the things one question is split over.
const maxEachOf = 5

// splitEachOf returns one question per thing a figure question asks about,
// nil when it asks about one.
func splitEachOf(text string) []string {
	q := corpus.Normalize(text)
	if parts := eachOfPair(q); parts != nil {
		return parts
	}
	loc := eachOf.FindStringSubmatchIndex(q)
	if loc == nil {
		return nil
	}
	items := eachItems(q[loc[2]:loc[3]])
	if len(items) < 2 || len(items) > maxEachOf {
		return nil
	}
	for i, it := range items {
		if _, _, kind, ok := wholeBeforeItems(it); ok && i == 0 {
			it = kind // "去年的医院里公立的": the year is the question's
		}
		if understand.StripYears(it) != it {
			// "去年和前年分别是多少": years, which the year filters and the
			// comparison of two years answer together.
			return nil
		}
	}
	prefix, rest := q[:loc[2]], q[loc[1]:]
	if ms := places.Find(items[0]); len(ms) > 0 && ms[0].Start == 0 {
		// "广西三级、二级医院": the place is the whole question's.
		prefix += items[0][:ms[0].End]
		items[0] = strings.TrimPrefix(items[0][ms[0].End:], "的")
		if items[0] == "" {
			return nil
		}
	}
	if lead, whole, kind, ok := wholeBeforeItems(items[0]); ok {
		// "医院里公立的和民营的各有多少家": kinds of the whole named
		// before them, each asked as the whole of that kind (公立医院).
		prefix += lead
		items[0] = kind
		for i, it := range items {
			items[i] = strings.TrimSuffix(it, "的") + whole
		}
	} else if m := classifiedBy.FindStringSubmatchIndex(prefix); m != nil {
		// "广西的医院按等级分，三级、二级、一级…": the items are kinds of
		// 医院, said once before them.
		// "2013年的医疗卫生机构按类别分": the year's 年 and 的 stay with the
		// year; what is classified starts after them.
		start := m[2]
		for _, lead := range []string{"年", "的"} {
			if strings.HasPrefix(prefix[start:m[3]], lead) {
				start += len(lead)
			}
		}
		whole := prefix[start:m[3]]
		head := understand.Topic(whole)
		if head == "" || strings.Contains(head, " ") || !strings.HasSuffix(whole, head) {
			return nil
		}
		for i, it := range items {
			if !strings.HasSuffix(it, head) && !namesInstitution(it) {
				items[i] = it + head
			}
		}
		prefix = strings.TrimRight(prefix[:start]+strings.TrimSuffix(whole, head)+prefix[m[1]:], "，, ")
	} else {
		shareItemHead(items)
	}
	var out []string
	for _, it := range items {
		sub := prefix + it + rest
		if understand.DetectIntent(sub) != understand.IntentFigure || corpus.CountHan(understand.Topic(sub)) < minCompoundTopicRunes {
			return nil
		}
		out = append(out, sub)
	}
	return out
}

// layPairs are the ways staff name both members of a pair the reports
// name with one collective word (城乡).
var layPairs = strings.NewReplacer("城里和农村", "城乡", "城市和农村", "城乡", "城镇和农村", "城乡", "城里和乡下", "城乡", "城市和乡村", "城乡", "城里和乡村", "城乡")

// eachDistributors distribute a question over the members of a pair.
var eachDistributors = []string{"各自", "各", "分别"}

// eachOfPair returns one question per member of the pair a collective
// word names when the question asks each ("城乡低保标准各涨了多少",
// "城里和农村的低保标准各涨了多少"): 城市低保标准, 农村低保标准; nil otherwise.
func eachOfPair(q string) []string {
	q = layPairs.Replace(q)
	at := strings.Index(q, "城乡")
	if at < 0 {
		return nil
	}
	for _, d := range eachDistributors {
		if i := strings.Index(q[at:], d); i >= 0 {
			q = q[:at+i] + q[at+i+len(d):]
			first, second, ok := figures.SplitPairWord(q)
			if !ok || understand.DetectIntent(first) != understand.IntentFigure {
				return nil
			}
			return []string{first, second}
		}
	}
	return nil
}

// itemsAmong matches a first item that names the whole its kinds are of:
// "医院里公立的", "卫生院中一级的".
var itemsAmong = regexp.MustCompile(`(\p{Han}{2,8}?)(?:里面|里头|里|当中|中)(\p{Han}{1,6}?)的$`)

// wholeBeforeItems reads a first item that names the whole before the kind
// ("去年的医院里公立的"): the words before the whole (去年的), the whole's
// head noun (医院) and the kind (公立); ok is false for an item that names
// no whole.
func wholeBeforeItems(first string) (lead, whole, kind string, ok bool) {
	m := itemsAmong.FindStringSubmatchIndex(first)
	if m == nil {
		return "", "", "", false
	}
	start := m[2]
	if i := strings.LastIndex(first[m[2]:m[3]], "的"); i >= 0 {
		start += i + len("的") // "去年的医院": the whole is 医院
	}
	whole = first[start:m[3]]
	if head := understand.Topic(whole); head != whole || utf8.RuneCountInString(whole) < 2 {
		return "", "", "", false
	}
	return first[:start], whole, first[m[4]:m[5]], true
}

// eachItems splits the things listed at 、 and at a last conjunction.
func eachItems(list string) []string {
	var items []string
	for _, part := range strings.Split(list, "、") {
		for _, c := range []string{"和", "及", "与", "跟"} {
			if a, b, ok := strings.Cut(part, c); ok && a != "" && b != "" {
				items = append(items, a)
				part = b
				break
			}
		}
		items = append(items, part)
	}
	return items
}

// shareItemHead gives short items the head noun the last one carries:
// "三级、二级医院" asks of 三级医院 and 二级医院.
func shareItemHead(items []string) {
	last := items[len(items)-1]
	lastRunes := utf8.RuneCountInString(last)
	for i, it := range items[:len(items)-1] {
		n := utf8.RuneCountInString(it)
		if n >= lastRunes || n > 3 {
			continue
		}
		items[i] = it + string([]rune(last)[n:])
	}
}

// institutionEnds end the name of a kind of institution, which needs no
// head noun of the classification added ("医院", "专业公卫机构").
var institutionEnds = []string{"院", "所", "站", "室", "局", "委", "校", "机构", "中心"}

// namesInstitution reports whether an item already names a kind of
// institution.
func namesInstitution(item string) bool {
	for _, e := range institutionEnds {
		if strings.HasSuffix(item, e) && item != e {
			return true
		}
	}
	return false
}
