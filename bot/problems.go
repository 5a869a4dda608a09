package bot

import (
	"regexp"
	"strings"

	"github.com/healthbot/healthbot/corpus"
)

// problemsAsked asks what falls short: "有哪些短板", "存在什么问题", "还有啥
// 不足", "差距在哪".
var problemsAsked = regexp.MustCompile(`短板|弱项|(?:存在|有)(?:哪些|什么|啥)(?:问题|困难|不足)|不足(?:之处)?|差距|薄弱环节|(?:问题|困难)(?:有哪些|是什么|有啥)`)

// problemsStated is a sentence that states what falls short: "仍然存在中医药
// 人才资源总量不足,…中医重点专科建设薄弱".
var problemsStated = regexp.MustCompile(`(?:存在|仍然|仍|还|尚)\p{Han}{0,30}(?:不足|薄弱|不强|匮乏|滞后|短板|不够|不高|不均衡|不平衡|问题|困难|差距)`)

// problemItems are the sentences of the best sources that state the
// shortcomings asked about ("淅川搞中医药现在主要有哪些短板"), in order; ok is
// false when the question asks none or the sources state none.
func problemItems(question string, sources []Source) ([]listItem, bool) {
	if !problemsAsked.MatchString(corpus.Normalize(question)) {
		return nil, false
	}
	return bestSourceSentences(sources, func(sents []string) []string {
		var kept []string
		listing := false // the sentence before was a problem the list goes on from
		for _, sent := range sents {
			if problemsStated.MatchString(sent) || listing {
				kept = append(kept, sent)
			}
			// "…总量不足,高层次人才匮乏;中医药特色不突出,…": the
			// problems listed after the first, up to the sentence's end.
			listing = len(kept) > 0 && (strings.HasSuffix(sent, ";") || strings.HasSuffix(sent, "；"))
		}
		return kept
	})
}
