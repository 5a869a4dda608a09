package bot

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/understand"
)

// A question asking which things of a kind ("哪些重点场所发现传染病病人要报告")
// is answered by the sentence that enumerates them under that kind's name
// ("学校、托育机构、养老机构…、车站、港口、机场等重点场所发现传染病患者…").

// minEnumerated is how many items (、-separated) a sentence must list.
const minEnumerated = 3

// enumeration finds, in rank order, the sentence listing items of the kind
// the question asks which of: "等" + the kind's name, after a list; else the
// clause listing what the question's verb acts on ("要加快推动哪几个方面" →
// "加快推动健康服务体系全域均衡、优质健康服务全程贯通、…").
func enumeration(question string, sources []Source) (listItem, bool) {
	kind := []rune(understand.WhichKind(question))
	if len(kind) < 2 {
		kind = []rune(whatKind(question))
	}
	if len(kind) < 2 {
		return listItem{}, false
	}
	// Of the lists found, the longest: "围绕传染病防治、医共体建设、中医药
	// 发展、…" over "在医疗救治、医疗资源、人才梯队建设等方面" for "要围绕哪些
	// 方面抓".
	var best listItem
	for _, find := range []func() (listItem, bool){
		func() (listItem, bool) { return kindEnumeration(kind, sources) },
		func() (listItem, bool) {
			return verbEnumeration([]rune(understand.WhichVerb(question)), understand.WhichKind(question), sources)
		},
		// A list made a focus stands in any section; only the best
		// source's is the one asked of.
		func() (listItem, bool) { return focusEnumeration(sources[:min(1, len(sources))]) },
	} {
		if it, ok := find(); ok && strings.Count(it.text, "、") > strings.Count(best.text, "、") {
			best = it
		}
	}
	return best, best.text != ""
}

// coverVerbs are the verbs a list of what something takes in is written
// with, each the others' equal: asked what it 涉及, a sentence says what it
// 涵盖.
var coverVerbs = func() map[string][]string {
	verbs := []string{"涉及", "涵盖", "包括", "包含", "覆盖", "囊括"}
	out := map[string][]string{}
	for _, v := range verbs {
		for _, w := range verbs {
			if w != v {
				out[v] = append(out[v], w)
			}
		}
	}
	return out
}()

// focusEnumeration is the first list a sentence makes its focus: "以普及
// 健康生活、优化健康服务、完善健康保障…为重点".
func focusEnumeration(sources []Source) (listItem, bool) {
	for _, s := range sources {
		for _, sent := range bodySentences(s.Text) {
			for _, m := range focusList.FindAllStringSubmatch(sent, -1) {
				if strings.Count(m[1], "、") >= minEnumerated-1 {
					return listItem{m[0], s.N}, true
				}
			}
		}
	}
	return listItem{}, false
}

// focusList is a list a sentence puts as its focus or main line.
var focusList = regexp.MustCompile(`以([^，,；;。：:以]{4,120}?)为(?:重点|主线|抓手|核心|主攻方向|重点任务)`)

// kindEnumeration finds the sentence listing items before "等" + kind,
// or after the kind and the word that introduces its members ("免费体检
// 项目包括:身高、体重、…").
func kindEnumeration(kind []rune, sources []Source) (listItem, bool) {
	for _, s := range sources {
		for _, sent := range bodySentences(s.Text) {
			for l := min(len(kind), 6); l >= 2; l-- {
				i := strings.Index(sent, "等"+string(kind[:l]))
				if i >= 0 && strings.Count(sent[:i], "、") >= minEnumerated-1 {
					return listItem{sent, s.N}, true
				}
				if m := membersAfter(sent, string(kind[:l])); m {
					return listItem{sent, s.N}, true
				}
				if countedBefore(sent, string(kind[:l])) {
					return listItem{sent, s.N}, true
				}
			}
		}
	}
	return listItem{}, false
}

// countedEnumeration finds the sentence listing, before their count and
// kind, the things of the kind the question asks which of ("行动的内容主要
// 涵盖了A、B、…等六大方面内容" for "主要有哪几方面内容"): a list that says how
// many it names and of what answers ahead of any section the topic's
// words name.
func countedEnumeration(question string, sources []Source) (listItem, bool) {
	kind := []rune(understand.WhichKind(question))
	for l := min(len(kind), 6); l >= 2; l-- {
		for _, s := range sources {
			for _, sent := range bodySentences(s.Text) {
				if countedBefore(sent, string(kind[:l])) {
					return listItem{sent, s.N}, true
				}
			}
		}
	}
	return listItem{}, false
}

// countedBefore reports whether the sentence lists at least minEnumerated
// items right before their count and the kind: "在平桥、白鹤、坦头、街头、
// 石梁5家乡镇卫生院建设…", "A、B、C等3个县".
func countedBefore(sent, kind string) bool {
	for _, m := range countedKind.FindAllStringSubmatchIndex(sent, -1) {
		if !strings.HasPrefix(sent[m[2]:m[3]], kind) {
			continue
		}
		if strings.Count(clauseUpTo(sent, m[0]), "、") >= minEnumerated-1 {
			return true
		}
	}
	return false
}

// countedKind is the count and kind closing a list: "等5家乡镇卫生院"; the
// caller matches the kind as the start of what follows.
var countedKind = regexp.MustCompile(`等?(?:[0-9]+|[一二三四五六七八九十两]+)(?:大方面|个方面|方面|家|个|所|座|支|名|项|类|种|批)(\p{Han}+)`)

// membersAfter reports whether the sentence names the kind and then lists
// at least minEnumerated of its members after 包括, 有 or 为.
func membersAfter(sent, kind string) bool {
	i := strings.Index(sent, kind)
	if i < 0 {
		return false
	}
	rest := sent[i+len(kind):]
	m := membersIntro.FindStringIndex(rest)
	if m == nil || m[0] != 0 {
		return false
	}
	list := rest[m[1]:]
	if end := strings.IndexAny(list, "。；;"); end >= 0 {
		list = list[:end]
	}
	return strings.Count(list, "、") >= minEnumerated-1
}

// membersIntro introduces the members of a kind: "包括:", "主要有", "为".
var membersIntro = regexp.MustCompile(`^(?:主要)?(?:包括|包含|涵盖|有|为|是)\s*[:：]?`)

// whatKind is the kind a question asks what things of with 啥 or 什么
// ("都查些啥项目" → 项目): the characters after it, up to 4; "" when it
// asks none.
func whatKind(question string) string {
	q := []rune(understand.StripYears(question))
	for i := 0; i < len(q); i++ {
		w := 0
		switch {
		case q[i] == '啥':
			w = 1
		case q[i] == '什' && i+1 < len(q) && q[i+1] == '么':
			w = 2
		}
		if w == 0 {
			continue
		}
		j := i + w
		for j < len(q) && j-i-w < 4 && unicode.Is(unicode.Han, q[j]) {
			j++
		}
		return string(q[i+w : j])
	}
	return ""
}

// verbEnumeration finds the clause in which the question's verb (its last
// two to four characters) is followed by a list of at least minEnumerated
// items, and returns that clause from the verb on. Of several, the one
// sharing most with what the question says after its which-word (kind):
// "支持哪几个市建国家中医药传承创新的试验区" is answered by "支持黄冈、荆州
// 建设国家中医药传承创新发展试验区", a list of two that says it, not by
// "支持孝感、黄冈、随州、恩施等地创建全国文明城市".
func verbEnumeration(verb []rune, kind string, sources []Source) (listItem, bool) {
	if len(verb) < 2 {
		return listItem{}, false
	}
	asked := bigrams(kind)
	var best listItem
	bestShared := -1
	for _, s := range sources {
		for _, sent := range bodySentences(s.Text) {
			clause, ok := clauseFromVerb(sent, verb)
			if !ok {
				continue
			}
			shared := sharedBigrams(asked, clause)
			listed := strings.Count(clause, "、")
			if listed < minEnumerated-1 && (listed < 1 || shared < minSaidAfterVerb) {
				continue
			}
			if shared > bestShared {
				best, bestShared = listItem{clause, s.N}, shared
			}
		}
	}
	return best, bestShared >= 0
}

// minSaidAfterVerb is how many of the question's bigrams after its
// which-word a list of two must hold to answer it.
const minSaidAfterVerb = 4

// clauseFromVerb is the clause of sent from the question's verb (its last
// four to two characters, or a verb of cover its equal) on; ok is false
// when sent holds no such verb.
func clauseFromVerb(sent string, verb []rune) (string, bool) {
	for l := min(len(verb), 4); l >= 2; l-- {
		v := string(verb[len(verb)-l:])
		i := strings.Index(sent, v)
		for _, alt := range coverVerbs[v] {
			if i < 0 {
				i = strings.Index(sent, alt) // "涉及哪些" of a list "涵盖…、…"
			}
		}
		if i < 0 {
			continue
		}
		clause := sent[i:]
		if end := strings.IndexAny(clause, "，,；;。"); end >= 0 {
			clause = clause[:end]
		}
		return clause, true
	}
	return "", false
}

// sharedBigrams counts the bigrams of text in asked.
func sharedBigrams(asked map[string]bool, text string) int {
	n := 0
	for g := range bigrams(text) {
		if asked[g] {
			n++
		}
	}
	return n
}

// numberedKindEnumeration finds the sentence that names a kind the
// question counts with the same count, in either numerals ("3大行动" for
// "三大行动是哪三个"), and lists its members after it: at least count-1
// separators (、 or a last 和/及/与) after the name.
func numberedKindEnumeration(question string, sources []Source) (listItem, bool) {
	q := corpus.Normalize(question)
	if !strings.ContainsAny(q, "哪啥") && !strings.Contains(q, "什么") && !strings.Contains(q, "分别是") {
		return listItem{}, false
	}
	asked := understand.CountedKinds(q)
	if len(asked) == 0 || asked[0].Count < 2 || asked[0].Kind == "" {
		return listItem{}, false
	}
	a := asked[0]
	kind := []rune(a.Kind)
	for l := min(len(kind), 4); l >= 1; l-- {
		name := string(kind[:l])
		for _, s := range sources {
			for _, sent := range bodySentences(s.Text) {
				for _, k := range understand.CountedKinds(sent) {
					if k.Count == a.Count && k.Counter == a.Counter && strings.HasPrefix(sent[k.KindStart:], name) && listedAfter(sent[k.End:]) >= a.Count-1 {
						return listItem{sent, s.N}, true
					}
				}
			}
		}
	}
	return listItem{}, false
}

// listedAfter counts the separators of the list that follows a kind's name
// in its sentence: 、 and a last 和, 及 or 与.
func listedAfter(rest string) int {
	n := strings.Count(rest, "、")
	for _, c := range []string{"和", "及", "与"} {
		if strings.Contains(rest, c) {
			return n + 1
		}
	}
	return n
}
