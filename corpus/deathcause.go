package corpus

import (
	"regexp"
	"strings"
)

// A causes-of-death report names a cause in one clause and writes its rate
// bare in the next: "脑血管病是居民首要死因,死亡率153.35/10万;其次是心脏病,
// 死亡率93.21/10万". Read alone, both are the place's 死亡率; each is the
// rate of the cause its clause before names.

// bareCauseRates are the rates such reports write without their cause.
var bareCauseRates = map[string]bool{"死亡率": true, "粗死亡率": true, "标化死亡率": true, "发病率": true, "标化发病率": true}

// namedCause is a clause naming a cause as its subject: "其次是心脏病",
// "居首位的是恶性肿瘤", "脑血管病是居民首要死因".
var namedCause = regexp.MustCompile(`^(?:其次|再次|然后|第[一二三四五六七八九十]位|首位|居首位的)(?:是|为)(\p{Han}{2,12})$|^(\p{Han}{2,12}?)(?:是|为|居|位居|仍是|依然是)\p{Han}{0,8}?(?:死因|死亡原因)$`)

// causesOfBareRates gives a bare rate the cause the clause right before
// it names, when only a comma parts them.
func causesOfBareRates(work string, figs []Figure) {
	for i := range figs {
		f := &figs[i]
		if !bareCauseRates[f.Label] {
			continue
		}
		start := sentenceStart(work, f)
		if start < 0 {
			continue
		}
		before := Simplify(work[start:f.Span.Start])
		if k := strings.LastIndexAny(before, "；;"); k >= 0 {
			before = before[k+1:]
		}
		clauses := strings.FieldsFunc(before, func(r rune) bool { return r == '，' || r == ',' })
		if len(clauses) < 2 || !strings.HasPrefix(clauses[len(clauses)-1], f.Label) {
			continue
		}
		if m := namedCause.FindStringSubmatch(clauses[len(clauses)-2]); m != nil {
			f.Label = m[1] + m[2] + f.Label
		}
	}
}
