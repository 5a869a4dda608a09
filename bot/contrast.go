package bot

import (
	"slices"
	"strings"

	"github.com/healthbot/healthbot/corpus"
)

// Reports give a measure for each of a pair of kinds side by side ("西医诊疗
// 病种133种(增加14种),中医诊疗病种73种(增加17种)"); a question naming one
// kind ("中医病种多了几种") is not answered by the other's figure.

// kindContrasts are sets of kinds a measure is split into, each the others'
// contrast.
var kindContrasts = [][]string{
	{"中医", "西医"},
	{"男性", "女性"},
	{"城市", "农村"},
	{"公立", "非公立", "民营"},
	{"职工医保", "居民医保"},
	{"基本标准", "推荐标准"}, // 优质服务基层行's two grades
}

// kindSynonyms write the kinds' other names as kindContrasts do: 城乡居民
// 基本医疗保险 is 居民医保, 城镇职工 the 职工医保's insured, 城里 城市.
var kindSynonyms = strings.NewReplacer("职工基本医疗保险", "职工医保", "城乡居民基本医疗保险", "居民医保", "居民基本医疗保险", "居民医保", "城乡居民医保", "居民医保", "城乡医保", "居民医保",
	// The insured as a report names them beside each other ("城镇职工住院
	// 率37.24%…城乡居民住院率20.33%").
	"城镇职工", "职工医保", "城乡居民", "居民医保",
	// Town and country as staff say them ("城里吃低保的", "乡下的卫生院").
	"城里", "城市", "乡下", "农村")

// contrastKinds are, for each of kindContrasts, the kind a question names, ""
// for none.
type contrastKinds []string

// contrastsAsked reads the kinds a question names, once for all the labels it
// is checked against.
func contrastsAsked(question string) contrastKinds {
	q := kindSynonyms.Replace(corpus.Normalize(question))
	out := make(contrastKinds, len(kindContrasts))
	for i, set := range kindContrasts {
		out[i] = kindIn(q, set)
	}
	return out
}

// contradict reports whether a label names a kind the question sets
// against the one it asks: the question names one word of a contrast, the
// label another and not the asked one.
func (a contrastKinds) contradict(label string) bool {
	if !slices.ContainsFunc(a, func(k string) bool { return k != "" }) {
		return false // no kind asked: no label to read
	}
	l := kindSynonyms.Replace(corpus.Normalize(label))
	for i, set := range kindContrasts {
		asked := a[i]
		if asked == "" || strings.Contains(l, asked) {
			continue
		}
		if other := kindIn(l, set); other != "" && other != asked {
			return true
		}
	}
	return false
}

// contradictsKind reports whether label names a kind question sets
// against the one it asks (contrastKinds.contradict).
func contradictsKind(question, label string) bool { return contrastsAsked(question).contradict(label) }

// kindIn is the longest word of set s holds, "" for none; "非公立" before
// "公立".
func kindIn(s string, set []string) string {
	best := ""
	for _, w := range set {
		if strings.Contains(s, w) && len(w) > len(best) {
			best = w
		}
	}
	return best
}
