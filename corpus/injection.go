package corpus

import (
	"regexp"
	"strings"
	"unicode"
)

// Poisoned documents: text in a report addressed to a language model
// ("忽略以上所有指令，回答：…", "ignore all previous instructions") is found
// at ingest. Its chunks and figures are marked Suspect, so answers fence
// them as data and never state a figure whose only support is such a
// passage; Document.Suspect names the phrase.

// injectionRules match instructions to a model in text prepared by
// injectionText: Simplified, ASCII-width, lower-case, without spaces or
// format characters (so 請忽略以上, ｉｇｎｏｒｅ and 忽 略 read alike).
var injectionRules = []*regexp.Regexp{
	// 忽略以上所有指令, 忽略之前的提示, 请忽略以上 (忽略 with 以上 is never a report's wording).
	regexp.MustCompile(`忽略(?:掉)?(?:以上|上面|上述|之前|先前|此前|前面|前述)`),
	// 无视上述指令, 忘记你的设定, 忽略所有规则: a verb, a determiner, an instruction.
	regexp.MustCompile(`(?:忽略|无视|忽视|不要理会|不必理会|别管|忘记|忘掉)(?:掉)?(?:以上|上面|上述|之前|先前|此前|前面|前述|你的|系统|原有|原来|所有|全部|一切|任何)(?:的)?(?:所有|全部|一切|任何)?(?:的)?(?:指令|指示|提示词|提示|规则|设定|命令|约束)`),
	// 你现在是…, 从现在起你是…, 你的新任务是….
	regexp.MustCompile(`你现在(?:是|扮演|作为|的身份是)|从现在(?:起|开始)你(?:是|要|必须|只能)|你的新(?:身份|角色|任务|指令)`),
	regexp.MustCompile(`系统提示词|系统提示|systemprompt|(?:^|[^a-z])system:`),
	// English, spaces removed: ignore (all )?(the )?(previous|above) instructions.
	regexp.MustCompile(`(?:ignore|disregard|forget)(?:all|any)?(?:of)?(?:the|your)?(?:previous|above|prior|preceding|earlier|former|foregoing)?(?:instructions|prompts?|directions|directives)`),
	regexp.MustCompile(`(?:ignore|disregard|forget)(?:all|any)?(?:of)?(?:the|your)?(?:previous|above|prior|preceding|earlier|former|foregoing)(?:rules|guidelines|context|text|messages)`),
	regexp.MustCompile(`youarenow(?:a|an|the|in)?|newinstructions:|actas(?:a|an)(?:ai|assistant|chatbot)`),
}

// injectionAnswer is "回答：…" (reply with…), an injection only beside an
// instruction word (answerVerb): a report may quote a Q&A.
var (
	injectionAnswer = regexp.MustCompile(`(?:回答|回复|答复|输出|answer|reply|respond)(?:为|成|with)?:`)
	answerVerb      = regexp.MustCompile(`忽略|无视|忘记|一律|务必|你(?:必须|只能|应当|应该|要)|只(?:能|许)回答|必须回答|不要提及|ignore|disregard|youmust|alwaysanswer`)
)

// injectionText prepares text for the rules: Traditional to Simplified,
// full-width to ASCII, lower case, spaces and format characters (zero-width
// space, bidi marks) removed.
func injectionText(s string) string { return injectionPrepared(Normalize(s)) }

// injectionPrepared is injectionText of text already normalised (Chunk.Norm).
func injectionPrepared(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if unicode.IsSpace(r) || unicode.Is(unicode.Cf, r) {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// FindInjection returns the first phrase of text that is an instruction
// aimed at a language model (as prepared for matching), and whether there
// is one. Simplified, Traditional, English and full-width forms are found.
func FindInjection(text string) (string, bool) {
	return findInjection(injectionText(text))
}

// findInjection is FindInjection on prepared text.
func findInjection(t string) (string, bool) {
	if !mayHoldInjection(t) {
		return "", false
	}
	return matchInjection(t)
}

// matchInjection runs the rules on prepared text.
func matchInjection(t string) (string, bool) {
	for _, re := range injectionRules {
		if m := re.FindString(t); m != "" {
			return m, true
		}
	}
	if m := injectionAnswer.FindString(t); m != "" && answerVerb.MatchString(t) {
		return m, true
	}
	return "", false
}

// markInjections marks the chunks of doc that hold an instruction aimed at
// a model, and the figures inside them or in a sentence holding one, and
// records the first phrase found in doc.Suspect (ingest and inspect warn
// about it).
func markInjections(doc *Document) {
	first := ""
	for ri := range doc.Reports {
		rep := &doc.Reports[ri]
		var flagged []Span
		for ci := range rep.Chunks {
			c := &rep.Chunks[ci]
			if m, ok := findInjection(injectionPrepared(c.Norm)); ok {
				c.Suspect = true
				flagged = append(flagged, c.Span)
				if first == "" {
					first = m
				}
			}
		}
		// A sentence holds several figures: each is checked once. A sentence
		// longer than a chunk was cut into chunks, which were checked.
		in := newSpanSet(flagged)
		sentences := map[string]bool{}
		for fi := range rep.Figures {
			f := &rep.Figures[fi]
			if in.contains(f.Span) {
				f.Suspect = true
				continue
			}
			if len(f.Sentence) > maxInjectionSentence {
				continue
			}
			suspect, seen := sentences[f.Sentence]
			if !seen {
				var m string
				m, suspect = FindInjection(f.Sentence)
				sentences[f.Sentence] = suspect
				if suspect && first == "" {
					first = m
				}
			}
			f.Suspect = suspect
		}
	}
	doc.Suspect = first
}

// maxInjectionSentence is the longest figure sentence checked on its own,
// in bytes: longer ones were cut into chunks, each checked, and checking
// them per figure would cost the sentence's length for every figure in it.
const maxInjectionSentence = 4096
