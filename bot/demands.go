package bot

import (
	"regexp"
	"sort"
	"strings"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/understand"
)

// A question may ask what a meeting or a leader asked for ("县长要求怎么
// 补短板、抓落实", "卫健工作会上说要怎么抓落实"): the answer is the speaker's
// demands, the sentences after "曹阳强调," that say what is to be done
// ("要直面问题,加快补齐创建短板…", "三是迎难而上…聚焦发展目标抓落实"), not
// the news report's account of who attended.

// demandAsked asks a speaker's or a meeting's demands ("要求…怎么",
// "怎么抓落实"); what else a meeting did (who spoke, what it named) is
// asked otherwise.
var demandAsked = regexp.MustCompile(`要求.{0,12}(?:怎么|咋|啥|哪些|什么)|(?:怎么|咋)抓落实`)

// askedThing is the thing a question asks which of: "建立啥机制" (机制).
var askedThing = regexp.MustCompile(`(?:啥|什么|哪些|哪种|哪几项)(\p{Han}{2})`)

// demandOpener opens what a speaker asked for: "曹阳强调,", "会议要求:",
// "夏大强调，下半年，…"; group 1 is the verb.
var demandOpener = regexp.MustCompile(`^(?:[^，,。；;：:]{0,16}?[,，]\s*)?\p{Han}{2,10}?(强调|要求|提出|部署|指出)[,，:：]`)

// demandSentence is a sentence of demands: what is to be done ("要…",
// "一要…", "二是…", "聚焦…").
var demandSentence = regexp.MustCompile(`要|^[一二三四五六七八九十]{1,2}(?:是|要)|^(?:同时|聚焦|坚持|持续|全力|着力)`)

// notModal are the words 要 is part of without saying what is to be done
// ("主要负责同志参加会议").
var notModal = strings.NewReplacer("主要", "", "重要", "", "需要", "", "必要", "", "纲要", "", "摘要", "", "要素", "", "要点", "")

// demandSources is how many of the best sources are read for demands.
const demandSources = 3

// maxDemands bounds the sentences quoted as one speaker's demands, of a
// run of at most maxDemandRun.
const (
	maxDemands   = 6
	maxDemandRun = 16
)

// closestDemands keeps of a run of demands longer than maxDemands its
// opening and the sentences sharing most of the question's words, in
// order: "要求…建立啥机制" is answered by the demand naming 机制.
func closestDemands(run []string, q map[string]bool) []string {
	if len(run) <= maxDemands {
		return run
	}
	order := make([]int, len(run)-1)
	for i := range order {
		order[i] = i + 1
	}
	sort.SliceStable(order, func(a, b int) bool { return shared(q, run[order[a]]) > shared(q, run[order[b]]) })
	keep := order[:maxDemands-1]
	sort.Ints(keep)
	out := []string{run[0]}
	for _, i := range keep {
		out = append(out, run[i])
	}
	return out
}

// demandItems are the demands of the best run of them in the best sources:
// from a sentence opened by a speaker's 强调/要求/提出/部署 (or 指出
// followed by what is to be done) through the demand sentences after it,
// the run naming the thing asked and sharing most of the question's words;
// ok is false when no demands are asked or none are given.
func demandItems(question string, sources []Source) ([]listItem, bool) {
	asked := corpus.Normalize(question)
	if !demandAsked.MatchString(asked) || understand.AsksWhen(asked) {
		// "第一针要求什么时候前打完" asks a deadline, not demands.
		return nil, false
	}
	q := bigrams(understand.Topic(question))
	focus := ""
	if m := askedThing.FindStringSubmatch(asked); m != nil {
		focus = m[1]
	}
	var best []listItem
	most := -1
	for _, s := range sources[:min(demandSources, len(sources))] {
		sents := splitSentences(s.Text)
		simps := make([]string, len(sents)) // each sentence in Simplified characters, once
		for i, sent := range sents {
			simps[i] = corpus.Simplify(sent)
		}
		for i, sent := range sents {
			m := demandOpener.FindStringSubmatch(simps[i])
			if m == nil {
				continue
			}
			run := []string{sent}
			for k := i + 1; k < len(sents); k++ {
				if len(run) == maxDemandRun || demandOpener.MatchString(simps[k]) || !demandSentence.MatchString(notModal.Replace(simps[k])) {
					break
				}
				run = append(run, sents[k])
			}
			run = closestDemands(run, q)
			if m[1] == "指出" && len(run) == 1 && !strings.Contains(notModal.Replace(sent), "要") {
				continue // what a speaker 指出 alone is often the year's review
			}
			all := strings.Join(run, "")
			n := shared(q, all)
			if focus != "" && strings.Contains(corpus.Simplify(all), focus) {
				n += ownWeight // naming the thing asked ("建立啥机制")
			}
			if n <= most {
				continue
			}
			most, best = n, nil
			for _, r := range run {
				best = append(best, listItem{r, s.N})
			}
		}
	}
	return best, len(best) > 0
}
