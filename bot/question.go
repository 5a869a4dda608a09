package bot

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"math"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/corpus/places"
	"github.com/healthbot/healthbot/understand"
)

// answer replies to a question from the passages that answer it: with the
// LLM when there is one and it works, else with the passages' own
// sentences. No relevant passage means a plain "not found", and the LLM is
// not asked.
func (b *Bot) answer(ctx context.Context, question string, f corpus.Filters, onDelta func(string)) (Answer, error) {
	if ok, field := understand.WantsOverview(question); ok {
		// How the year went as a whole: the report's own summing up and
		// outline, not sentences near the words "总体" or "大事".
		if ov, ok := b.overview(ctx, f, field); ok {
			if b.llm == nil {
				b.showSuspectConflicts(ctx, question, f, &ov)
				return ov, nil
			}
			ans, err := b.generate(ctx, question, ov.Sources, promptAnswer, onDelta)
			if err == nil {
				ans.Intent = IntentQuestion
				b.showSuspectConflicts(ctx, question, f, &ans)
				return ans, nil
			}
			if errors.Is(err, context.Canceled) && ctx.Err() != nil {
				return Answer{}, err
			}
			b.log.Warn("llm answer failed, answering from extracts", "err", err)
			ov.Warnings = append(ov.Warnings, llmFailureNote(err))
			b.showSuspectConflicts(ctx, question, f, &ov)
			return ov, nil
		}
	}
	res, err := b.search.Search(ctx, corpus.Query{Text: question, Filters: f, K: b.opts.Sources})
	if err != nil {
		return Answer{}, fmt.Errorf("search: %w", err)
	}
	sources := relevantSources(question, f, res)
	b.log.Debug("answer search", "filters", f, "hits", len(res.Hits), "relevant", len(sources), "noYear", res.NoYear, "noPlace", res.NoPlace, "searchText", res.SearchText)
	if len(sources) == 0 && len(f.Years) > 0 && !res.NoYear {
		// "十五五要搞几大医疗集团": a five-year plan is written before its
		// first year, in the reports of the year before.
		if r, s, ok, err := b.planWrittenBefore(ctx, question, f); err != nil {
			return Answer{}, err
		} else if ok {
			res, sources = r, s
		}
	}
	if len(sources) == 0 {
		note := res.Note
		if res.NoYear || res.NoPlace {
			note = missingNote(f, res)
		}
		return notFound(question, note), nil
	}
	if res.NoYear || res.NoPlace {
		return notThere(question, f, res, sources), nil
	}
	var warnings []string
	if res.Note != "" {
		warnings = append(warnings, res.Note)
	}
	if b.llm != nil {
		ans, err := b.generate(ctx, question, sources, promptAnswer, onDelta)
		if err == nil {
			ans.Intent = IntentQuestion
			b.showSuspectConflicts(ctx, question, f, &ans)
			ans.Warnings = append(warnings, ans.Warnings...)
			return ans, nil
		}
		if errors.Is(err, context.Canceled) && ctx.Err() != nil {
			return Answer{}, err
		}
		b.log.Warn("llm answer failed, answering from extracts", "err", err)
		warnings = append(warnings, llmFailureNote(err))
	}
	ans, ok := namedRows(question, sources)
	// The sentences of one kind a question asks for, the first kind it
	// asks: "是哪位副县长参加的" the clause naming the holder of the title,
	// "医改评价在省里排第几" the clause of the rank asked, "县长要求
	// 怎么抓落实" the speaker's demands, "派去的医生要待多长时间" the clause
	// of the span, "疫情通报里叫老百姓怎么防病" the advice the source gives the
	// public, "有哪些短板" the shortcomings it states, "村卫生室咋还变少了，
	// 啥原因" the reasons it gives, "那个年报都分哪几块" the sentence naming
	// its parts.
	for _, pick := range sentencePicks {
		if ok {
			break
		}
		if items, found := pick(question, sources); found {
			ans, ok = itemsAnswer("", items, sources), true
		}
	}
	if !ok {
		// How the very thing a report is about was done: the report's
		// own account, part by part.
		ans, ok = b.titleSubjectHow(ctx, question, res.Hits)
	}
	switch {
	case ok:
	case understand.WantsList(question):
		// The items of a named list on the topic asked come first; then
		// the subsections of a part the question names.
		var ok bool
		if it, found := numberedKindEnumeration(question, sources); found {
			// "三大行动是哪三个": the sentence naming the 3大行动 and
			// listing them ("…分别是：A、B和C").
			ans = itemsAnswer("", []listItem{it}, sources)
			break
		}
		if it, found := countedClause(question, sources); found {
			// "新加的两个项目是哪两个": the clause naming two, closed by
			// their count ("…又新增C和D两个免费项目"), not its sentence.
			ans = itemsAnswer("", []listItem{it}, sources)
			break
		}
		if it, found := countedEnumeration(question, sources); found {
			// "主要有哪几方面内容": "…涵盖了A、B、…等六大方面内容".
			ans = itemsAnswer("", []listItem{it}, sources)
			break
		}
		if items, found := rankedItems(question, sources); found {
			// "报得最多的是哪几种病": the sentence ranking them.
			ans = itemsAnswer("", items, sources)
			break
		}
		if understand.AsksIndicators(question) {
			// "有哪些主要指标": the figures a source sets or reports.
			if items, found := indicatorItems(sources, hitSources(res.Hits), f.Kind == corpus.KindPlan); found {
				ans = itemsAnswer("", items, sources)
				break
			}
		}
		if intro, announced := introducedItems(question, sources[:min(introducingSources, len(sources))]); announced {
			// A passage near the top announces the list asked ("要重点抓好
			// 以下几方面工作：一是…" for "要重点抓哪几方面"): its items.
			ans = itemsAnswer("", withoutExcluded(question, intro), sources)
			break
		}
		if items, found := runOnListItems(question, sources[:min(introducingSources, len(sources))]); found {
			// A list run on in a sentence of a passage near the top
			// ("明确5个方面的具体目标:A,…;B,…", "安排部署:一是…;二是…", "涵盖
			// 九大行动,分别是:A、B、…", "…等“五大品质提升行动”"): its items.
			ans = itemsAnswer("", items, sources)
			break
		}
		if it, found := countedNames(question, sources); found {
			// "哪几个…评上省级甲等了": the clause naming them, not its
			// sentence's other list.
			ans = itemsAnswer("", []listItem{it}, sources)
			break
		}
		if items, found := kindListed(question, sources); found {
			// "都覆盖了哪些社区": the sentence naming them (曙光社区、…).
			ans = itemsAnswer("", items, sources)
			break
		}
		if items, found := kindHeadings(question, sources); found {
			// "都实施了哪几个工程": the headings naming them ("（一）实施
			// 共富示范工程").
			ans = itemsAnswer("", items, sources)
			break
		}
		if items, found := runInNames(question, sources); found {
			// "民生工程都有哪些项目": the projects named each by a sentence
			// opening its paragraph ("孕妇产前基因免费筛查工程。旨在…",
			// "一是开设急诊社区卫生服务中心。推进…").
			ans = itemsAnswer("", items, sources)
			break
		}
		if n, counted := understand.AskedItems(question); counted {
			if items, srcs, found := b.countedList(ctx, n, sources); found {
				ans = itemsAnswer("", items, srcs)
				break
			}
		}
		if part, whole := b.scopedPart(ctx, question, res.Hits); whole {
			ans = part
		} else if _, scoped := scopedItems(question, sources); scoped {
			ans = listExtract(question, res.SearchText, sources, hitSources(res.Hits))
		} else if ans, ok = b.parentList(ctx, question, res.SearchText, res.Hits); !ok {
			if items, whole := topicParagraph(question, sources); whole && (understand.WantsMeans(question) || asksHowItWent(question)) {
				// "医改打算怎么推", "民生这块干得咋样": how, asked as a
				// list of what is planned or was done.
				ans = itemsAnswer("", items, sources)
			} else {
				ans = listExtract(question, res.SearchText, sources, hitSources(res.Hits))
			}
		}
	case understand.WantsMeans(question):
		// How a thing was done: the item a heading names for it
		// ("二是完善公立医院管理机制。…"), whole, else the best sentences.
		done := doneSources(sources, f.Kind)
		items, ok := headedItems(question, res.SearchText, done)
		if !ok {
			items, ok = topicParagraph(question, done)
		}
		if aspect, found := askedAspect(question, items, done); ok && found {
			items = aspect // "对外公开的东西是怎么把关的": 把关, not 对外公开
		}
		if ok {
			ans = itemsAnswer("", items, sources)
		} else {
			ans = extracts(question, res.SearchText, done, 3)
			ans.Sources = sources // cited by their numbers among all found
		}
	default:
		if items, whole := topicParagraph(question, sources); whole && asksHowItWent(question) {
			ans = itemsAnswer("", items, sources)
		} else {
			ans = extractive(question, res.SearchText, sources)
		}
	}
	b.showSuspectConflicts(ctx, question, f, &ans)
	ans.Warnings = append(warnings, ans.Warnings...)
	return ans, nil
}

// sentencePicks find the sentences of one kind a question asks for, in
// the order they are tried.
var sentencePicks = []func(question string, sources []Source) ([]listItem, bool){titleHolderItems, tableCategoryItems, rankPositionItems, demandItems, durationItems, directionItems, adviceItems, problemItems, reasonItems, compositionItems, breakdownItems, dutyItems, honouredSubjects}

// introducingSources is how many of the best sources are read for a list
// announced by the question's own counter or kind.
const introducingSources = 3

// notFound is the reply when nothing relevant was found.
func notFound(question, note string) Answer {
	text := fmt.Sprintf("资料中未找到与“%s”相关的内容。", shortTopic(understand.Topic(question)))
	if note != "" {
		text = note + "\n" + text
	}
	text += "\n可以换个说法再问，或确认相关报告已放入资料库。"
	return Answer{Intent: IntentQuestion, Mode: ModeExtractive, Text: text, Sources: []Source{}, Figures: []FigureRow{}}
}

// planWrittenBefore searches the reports of the year before a five-year
// plan the question names for its passages that name the plan: the search
// within the plan's own years found none on the topic.
func (b *Bot) planWrittenBefore(ctx context.Context, question string, f corpus.Filters) (corpus.SearchResult, []Source, bool, error) {
	period := understand.PlanPeriodNamed(question)
	if period == "" {
		return corpus.SearchResult{}, nil, false, nil
	}
	g := f
	g.Years = append([]int{slices.Min(f.Years) - 1}, f.Years...)
	res, err := b.search.Search(ctx, corpus.Query{Text: question, Filters: g, K: b.opts.Sources})
	if err != nil {
		return corpus.SearchResult{}, nil, false, fmt.Errorf("search: %w", err)
	}
	var out []Source
	for _, s := range relevantSources(question, g, res) {
		if strings.Contains(corpus.Normalize(s.Section+"\n"+s.Text), period) {
			s.N = len(out) + 1
			out = append(out, s)
		}
	}
	return res, out, len(out) > 0 && !res.NoYear, nil
}

// missingNote says which asked year or place has nothing in the reports.
func missingNote(f corpus.Filters, res corpus.SearchResult) string {
	var what string
	switch {
	case res.NoPlace && res.NoYear:
		what = f.Place + yearsText(f.Years)
	case res.NoPlace:
		what = f.Place
	default:
		what = f.Place + yearsText(f.Years)
	}
	return fmt.Sprintf("资料中没有找到%s的相关内容。", what)
}

// notThere is the reply when passages on the topic exist, but only for
// other years or places than the ones asked: it says what is missing and
// which years or places the reports do have, and quotes none of them as
// the answer.
func notThere(question string, f corpus.Filters, res corpus.SearchResult, sources []Source) Answer {
	topic := shortTopic(understand.Topic(question))
	var text string
	if res.NoPlace {
		var ps []string
		for _, h := range res.Hits {
			if h.Place != "" && h.Place != f.Place && !slices.Contains(ps, h.Place) {
				ps = append(ps, h.Place) // other places: the asked one has nothing on the topic
			}
		}
		text = fmt.Sprintf("资料中没有找到%s关于“%s”的内容。", f.Place+yearsText(f.Years), topic)
		if len(ps) > 0 {
			text += "资料中有这些地方的相关内容：" + strings.Join(ps, "、") + "。可以指明地方再问。"
		}
	} else {
		var ys []int
		for _, s := range sources {
			if s.Year != 0 && !slices.Contains(ys, s.Year) {
				ys = append(ys, s.Year)
			}
		}
		slices.Sort(ys)
		text = fmt.Sprintf("资料中没有找到%s关于“%s”的内容。", f.Place+yearsText(f.Years), topic)
		if len(ys) > 0 {
			text += "资料中有这些年份的相关内容：" + yearsText(ys) + "。可以指明年份再问。"
		}
	}
	return Answer{Intent: IntentQuestion, Mode: ModeExtractive, Text: text, Sources: []Source{}, Figures: []FigureRow{}}
}

// maxTopicRunes bounds a topic repeated back in a reply.
const maxTopicRunes = 40

// opensWithPlace reports whether a word begins with a place's name or
// short form (张家口, 台州): its first character is no classifier.
func opensWithPlace(rs []rune) bool {
	for n := 2; n <= 4 && n <= len(rs); n++ {
		if _, ok := places.Lookup(string(rs[:n])); ok {
			return true
		}
	}
	return false
}

// shortTopic is a topic as a reply repeats it: a very long question is
// not echoed whole.
func shortTopic(topic string) string {
	// One-character leftovers of the question ("建 个社区医院", "人均预期寿命
	// 岁") and the classifier of 多少个 say nothing in a reply.
	var words []string
	for _, w := range strings.Fields(topic) {
		if rs := []rune(w); len(rs) > 2 && strings.ContainsRune(leadCounters, rs[0]) && !counterLedWords[string(rs[:2])] && !opensWithPlace(rs) {
			w = string(rs[1:]) // "个社区医院", "条信息": the classifier of 多少个, not 个人
		}
		if utf8.RuneCountInString(w) > 1 {
			words = append(words, w)
		}
	}
	if len(words) > 0 {
		topic = strings.Join(words, " ")
	}
	if utf8.RuneCountInString(topic) <= maxTopicRunes {
		return topic
	}
	return firstRunes(topic, maxTopicRunes) + "…"
}

// leadCounters are the classifiers a topic keeps of "多少个", "多少条";
// counterLedWords the words they begin ("个人", "条例", "项目").
const leadCounters = "个条家所张名项件篇次例份场批户处座间种台支辆"

var counterLedWords = map[string]bool{
	"个人": true, "个体": true, "个性": true, "个案": true, "条例": true, "条件": true, "条款": true, "家庭": true,
	"家属": true, "家长": true, "所有": true, "所属": true, "名单": true, "名称": true, "名额": true, "项目": true,
	"件数": true, "次均": true, "处方": true, "处置": true, "处罚": true, "场所": true, "场地": true, "户籍": true,
	"户口": true, "间隔": true, "种类": true, "种植": true, "台账": true, "支出": true, "支持": true, "支付": true,
	"份额": true, "批准": true, "批次": true, "例如": true, "张数": true, "次数": true, "户数": true, "家数": true,
}

// extractHeader opens an answer made of the sources' own sentences.
const extractHeader = "以下内容摘自资料原文（未经模型生成）：\n"

// relevantSources keeps the hits that share enough of the question's
// wording, or of the official terms its lay words stand for, and numbers
// them. A hit must share at least two of the question's bigrams and either
// a quarter of its topic's bigrams or two of the added official terms'.
// When no hit does and the question names a place, the topic's bigrams no
// hit holds (lay words the reports never write) are left out, and a hit of
// that place must hold half of the rest.
// A question asking what was done or how, of a place and year it names
// (f), is answered by a passage of that place and year that shares its
// everyday words too ("提升医疗服务" by "实施医疗机构6S管理,实施服务能力
// “攀登计划”"): the scope says which report, and such topics are made of
// the field's common words.
func relevantSources(question string, f corpus.Filters, res corpus.SearchResult) []Source {
	topicText := understand.Topic(question)
	topic := bigrams(topicText)
	field := len(topic) == 0 || fieldTopic(topicText)
	var everyday map[string]bool   // the topic's bigrams, common ones too, for a scoped list or how question
	var hitGrams []map[string]bool // each hit's bigrams, common ones too, for such a question
	if f.Place != "" && len(f.Years) > 0 && (understand.WantsList(question) || understand.WantsMeans(question)) {
		// Pairs across two of the topic's words ("升医" of 提升医疗) that
		// no passage found holds say nothing either way.
		asked := hanBigrams(topicText)
		everyday = map[string]bool{}
		for _, h := range res.Hits {
			grams := hanBigrams(h.Title + " " + h.Section + " " + h.Text)
			hitGrams = append(hitGrams, grams)
			for g := range grams {
				if asked[g] {
					everyday[g] = true
				}
			}
		}
	}
	added := bigrams(res.SearchText)
	for g := range topic {
		delete(added, g)
	}
	// The official terms the search added for lay words: a passage that
	// holds one whole ("医疗服务" for "看病就医") counts as sharing two of
	// the added bigrams, though common ones are not counted alone.
	terms := addedTerms(question, res.SearchText)
	keep := func(topic map[string]bool, share float64, placeOnly bool) []Source {
		var out []Source
		for i, h := range res.Hits {
			if placeOnly && h.Place != f.Place && h.Org != f.Place {
				continue
			}
			// The report's title says what every passage of it is about
			// ("…上半年工作总结及下半年工作部署会议").
			text := h.Title + " " + h.Section + " " + h.Text
			st, sa := shared(topic, text), shared(added, text)
			norm := corpus.Normalize(text)
			for _, w := range terms {
				if strings.Contains(norm, w) {
					sa += 2
					break
				}
			}
			enoughTopic := len(topic) > 0 && (float64(st)/float64(len(topic)) >= share && st >= min(2, len(topic)))
			// A question about the whole field ("卫生方面打算干啥") has no
			// distinctive words: a passage about the field's work answers it.
			fieldOnly := field && fieldWords(norm) >= 2 // in Simplified characters (醫療 is 医疗)
			scoped := false
			if everyday != nil && (h.Place == f.Place || h.Org == f.Place) && slices.Contains(f.Years, h.Year) {
				n := countIn(everyday, hitGrams[i])
				scoped = n >= 2 && float64(n) >= scopedShare*float64(len(everyday))
			}
			if !enoughTopic && sa < 2 && !fieldOnly && !scoped {
				continue
			}
			out = append(out, sourceOf(h, len(out)+1))
		}
		return out
	}
	out := keep(topic, minTopicShare, false)
	if len(out) > 0 || f.Place == "" {
		return out
	}
	if known := knownGrams(topic, res.Hits); len(known) > 0 && len(known) < len(topic) {
		// Lay words no passage found writes ("老百姓家门口的社康": the
		// reports write 社康 only) say nothing either way: when no passage
		// holds enough of the topic, a passage of the place asked is
		// judged on the words some passage holds, half of them at least.
		out = keep(known, minKnownShare, true)
	}
	return out
}

// minTopicShare is the share of the question's topic bigrams a passage
// must hold; minKnownShare the share of those some passage found holds,
// when the others are lay words no passage writes.
const (
	minTopicShare = 0.25
	minKnownShare = 0.5
)

// knownGrams are the topic's bigrams that some hit's title, section or
// text holds.
func knownGrams(topic map[string]bool, hits []corpus.Hit) map[string]bool {
	known := map[string]bool{}
	for _, h := range hits {
		grams := bigrams(h.Title + " " + h.Section + " " + h.Text)
		for g := range topic {
			if grams[g] {
				known[g] = true
			}
		}
	}
	return known
}

// scopedShare is the share of its bigrams, common ones too, that a scoped
// list or how question's topic must find in a passage of its place and
// year, of those some passage found holds.
const scopedShare = 0.5

// addedTerms are the words the search added to the question's topic: the
// official terms the thesaurus gives for its lay words and the catalogue
// names of the indicators it means.
func addedTerms(question, searchText string) []string {
	topic := corpus.Normalize(understand.Topic(question))
	var out []string
	for _, w := range strings.Fields(searchText) {
		if utf8.RuneCountInString(w) >= 2 && !strings.Contains(topic, w) {
			out = append(out, w)
		}
	}
	return out
}

// shared counts the question's bigrams found in text.
func shared(q map[string]bool, text string) int { return countIn(q, bigrams(text)) }

// whenBoost raises, for a question asking when, the sentences that state a
// time over those that only name the topic.
const whenBoost = 1.6

// pageDebris reports whether a sentence is the page's, not the text's: a
// metadata line, bracketed or not ("(责任编辑:秋彤)"), a line with no
// words ("2024-11-21", the dates of the page's links), a file's listing
// with its checksum (a sources table: "| 12 | `2、权威发布….docx` |
// dbdef8d3…"), or a notice's signature and date.
func pageDebris(sent string) bool {
	return corpus.IsMetadataLine(sent) || corpus.IsMetadataLine(strings.Trim(strings.TrimSpace(sent), "()（）")) || corpus.CountHan(sent) == 0 ||
		checksum.MatchString(sent) || signature.MatchString(strings.TrimSpace(sent))
}

// signature is a notice's closing line: the body that issued it and the
// day ("宜宾市江安县疾病预防控制中心2020年12月17日").
var signature = regexp.MustCompile(`^\p{Han}{2,30}(?:中心|局|委|委员会|政府|办公室|医院|卫生院|站|所|会)\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$`)

// checksum is a hexadecimal digest: a git object name or a sha256.
var checksum = regexp.MustCompile(`\b[0-9a-f]{40,64}\b`)

// continuationOpeners open a sentence that goes on with the one before's
// subject ("已从5月8日提前开始", "预计…将于5月25日完成").
var continuationOpeners = []string{"已", "预计", "将于", "计划于", "并于", "截至", "截止"}

// completionVerbs say when a thing is finished ("将于5月25日完成").
var completionVerbs = []string{"完成", "结束", "建成", "完工", "竣工", "投用", "投入使用"}

// procedureBoost raises, for a question asking by what steps a thing was
// chosen, the sentences that tell such steps.
const procedureBoost = 1.6

// meansBoost raises, for a question asking how a thing was done, a
// sentence that says by what means (understand.StatesMeans): it tells the
// how, where a longer one repeats more of the question's words.
const meansBoost = 2.0

// planBoost raises, for a question asking what is planned, the sentences
// that state an intent over those that only name the topic.
const planBoost = 1.5

// nextStepOpeners open a sentence of what is still to be done: asked how a
// thing was done, it is not the answer.
var nextStepOpeners = []string{"下一步", "下步", "下阶段", "下一阶段", "接下来", "今后"}

// intentMarkers state what is to be done: "将积极推进", "计划新建", "力争".
var intentMarkers = []string{"将", "计划", "力争", "争取", "拟", "着力", "重点抓"}

// planWeight is what a sentence's score is multiplied by, for a question
// asking what is planned (plans) or not: planBoost for a sentence stating
// an intent ("2021年,医院将积极推进…", not the meeting's agenda), else 1.
func planWeight(plans bool, sentence string) float64 {
	if plans && containsAny(sentence, intentMarkers) {
		return planBoost
	}
	return 1
}

// maxExtracts is how many sentences an extractive answer quotes.
const maxExtracts = 5

// extractive answers with the sources' own sentences that best match the
// question, each cited, at most two from one source. A sentence scores by
// the question bigrams it shares, damped for length (a run-on paragraph
// shares much by being long) and for a lower-ranked source; a heading-like
// sentence is quoted with the sentence after it, which holds its content.
func extractive(question, searchText string, sources []Source) Answer {
	return extracts(question, searchText, sources, 2)
}

// asksItself reports whether a sentence is a question: it ends with a
// question mark.
func asksItself(sent string) bool {
	t := strings.TrimSpace(sent)
	return strings.HasSuffix(t, "？") || strings.HasSuffix(t, "?")
}

// extracts is extractive with at most perSourceLimit sentences of one
// source: a list question asked of one article wants more of it.
func extracts(question, searchText string, sources []Source, perSourceLimit int) Answer {
	topic := understand.Topic(question)
	sources = sourcesOfAskedInstitution(topic, sources)
	own := bigrams(topic)
	// The official terms the search added for the question's lay words
	// ("生孩子" → 分娩) count as the question's own, at half the weight of
	// its own words ("医改" over the 体制改革 of 医药卫生体制改革).
	q := map[string]bool{}
	for g := range bigrams(searchText) {
		q[g] = true
	}
	for g := range own {
		q[g] = true
	}
	type candidate struct {
		text    string
		src     int
		order   int
		grams   map[string]bool
		directs bool // a direction given, for a question asking what was required
	}
	var cands []candidate
	df := map[string]int{} // sentences holding each of the question's words
	directives := understand.AsksDirectives(question)
	howDone := asksHowDone(question)
	when := understand.AsksWhen(question)
	sentenceGrams := bigrams
	collect := func() {
		for _, s := range sources {
			// Asked how a thing was done, the sentences of a section on what
			// was done ("三、实事任务完成情况") tell it, whether or not they
			// repeat the question's words.
			doneSection := howDone && headsDoneWork(s.Section)
			sents := splitSentences(s.Text)
			for i := 0; i < len(sents); i++ {
				sent := sents[i]
				if asksItself(sent) {
					continue // an interviewer's question heads nothing
				}
				if headingLike(sent) && i+1 < len(sents) {
					sent += sents[i+1]
				} else if i+1 < len(sents) && closesPoint(sent, sents[i+1]) && !contrasted(question, sent) && !contrasted(question, sents[i+1]) {
					sent += sents[i+1]
				}
				if pageDebris(sent) || contrasted(question, sent) || pageHeader(sent, s.Title) {
					// The page's disclosure table; a sentence about another
					// part of what is asked (乙类 for a question about 甲类).
					continue
				}
				grams := map[string]bool{}
				gramText := sent
				if when && i > 0 && understand.StatesTime(sent) && hasAnyPrefix(sent, continuationOpeners...) {
					// "本次视力普查由…负责。已从5月8日提前开始,…预计所有工作将于
					// 5月25日完成。": the time goes on with the sentence before's
					// topic, which its own words leave out.
					gramText = sents[i-1] + sent
				}
				for g := range sentenceGrams(gramText) {
					if q[g] {
						grams[g] = true
						df[g]++
					}
				}
				// "他强调，要…" for "提了哪些要求": what was directed, whether
				// or not it repeats the question's words (the place asked
				// about is often all they share).
				directs := directives && directive(sent)
				if len(grams) > 0 || directs || doneSection {
					cands = append(cands, candidate{sent, s.N, s.N*1000 + i, grams, directs})
				}
			}
		}
	}
	collect()
	if len(cands) == 0 {
		// The sources were found by the field's everyday words alone
		// (relevantSources): those words pick the sentences ("提升医疗服务"
		// in "实施医疗机构6S管理,实施服务能力“攀登计划”").
		own = hanBigrams(topic)
		q, sentenceGrams = own, hanBigrams
		collect()
	}
	// A word of the question most sentences share ("改革", "工作") tells
	// them apart less than a rare one ("医改").
	weight := func(g string) float64 {
		w := math.Log1p(float64(len(cands)) / float64(df[g]))
		if !own[g] {
			w /= 2
		}
		return w
	}
	completion := when && understand.AsksCompletion(question)
	procedure := understand.AsksProcedure(question)
	plans := understand.AsksPlan(question)
	var all []scored
	for _, c := range cands {
		sc := 0.0
		for _, g := range slices.Sorted(maps.Keys(c.grams)) {
			sc += weight(g) // in one order: a float sum's last bit decides ties
		}
		n := float64(utf8.RuneCountInString(c.text))
		score := sc / (1 + math.Log1p(n/60)) / (1 + 0.15*float64(c.src-1))
		if when && understand.StatesTime(c.text) {
			score *= whenBoost // "什么时候前打完": the sentence that says when
			if completion && containsAny(c.text, completionVerbs) {
				score *= whenBoost // "啥时候全部搞完": "预计所有工作将于5月25日完成"
			}
		}
		if procedure && understand.StatesProcedure(c.text) {
			score *= procedureBoost // "怎么评出来的": the sentence that tells the steps
		}
		if howDone && understand.StatesMeans(c.text) {
			score *= meansBoost // "是咋推动的": "通过宣传医保政策、…等途径"
		}
		if howDone && !plans && hasAnyPrefix(c.text, nextStepOpeners...) {
			score /= planBoost // what was done, not "下一步,…将进一步…"
		}
		score *= planWeight(plans, c.text)
		all = append(all, scored{text: c.text, src: c.src, score: score, order: c.order, directs: c.directs})
	}
	sort.SliceStable(all, func(i, j int) bool {
		if all[i].directs != all[j].directs {
			return all[i].directs
		}
		if all[i].score != all[j].score {
			return all[i].score > all[j].score
		}
		return all[i].order < all[j].order
	})
	perSource := map[int]int{}
	seen := map[string]bool{}
	var picked []scored
	overlaps := func(text string) bool {
		for _, p := range picked {
			if strings.Contains(p.text, text) || strings.Contains(text, p.text) {
				return true
			}
		}
		return false
	}
	for _, s := range all {
		if perSource[s.src] >= perSourceLimit && !(directives && s.directs) || seen[s.text] || overlaps(s.text) {
			continue
		}
		perSource[s.src]++
		seen[s.text] = true
		picked = append(picked, s)
		if len(picked) == maxExtracts {
			break
		}
	}
	if (asksHowDone(question) || containsAny(corpus.Normalize(question), itemWords)) && len(picked) > 0 {
		// How a thing was done, or what its items are, goes on after the
		// sentence that names it best ("成立15个专项行动工作组。建立考核制度
		// …"): the sentences after it in its passage follow it.
		picked = withFollowing(picked, sources, overlaps)
		picked = slices.DeleteFunc(picked, func(p scored) bool { return pageDebris(p.text) })
		// "孝感市中心医院搞了哪些节目": not what the city's other
		// hospitals did, told after it in the same report.
		picked = ofAskedInstitution(topic, picked, func(p scored) string { return p.text })
		if said := slices.DeleteFunc(slices.Clone(picked), func(p scored) bool { return asksItself(p.text) }); len(said) > 0 {
			picked = said // the interviewer's next question answers nothing
		}
	}
	if len(picked) == 0 {
		// Matched by the official terms only: quote each source's opening.
		for _, s := range sources[:min(3, len(sources))] {
			if sents := splitSentences(s.Text); len(sents) > 0 {
				picked = append(picked, scored{text: sents[0], src: s.N})
			}
		}
	}
	var t strings.Builder
	t.WriteString(extractHeader)
	// A list word with no which-word ("打算管多少人") still asks one number.
	oneNumber := understand.AsksOneNumber(question) && (!understand.WantsList(question) || understand.WhichKind(question) == "") && !understand.WantsMeans(question)
	if oneNumber {
		picked = oneAnswerInUnit(picked, understand.AskedUnit(question))
	}
	// Asked the year, the day or the start of one step: that step's clause.
	asksDate := understand.AsksWhen(question) && (strings.Contains(question, "年") || understand.AsksDay(question) || understand.AsksRuleStart(question))
	wantsList := understand.WantsList(question)
	changeAsked := understand.AsksBothEnds(question)
	for i, p := range picked {
		q := quoteNear(p.text, question)
		if asksDate {
			if c, ok := whenClause(p.text, question, searchText); ok {
				q = c // "全面铺开是哪一年": that step's clause, not the others' years
			}
		}
		if wantsList {
			if c, ok := enumeratedClause(p.text, question); ok {
				q = c // "给新生儿筛查哪些病": that group's list, not the other's
			}
		}
		changeCut := false
		if changeAsked {
			if c, ok := askedChangeClause(p.text, question, searchText); ok {
				q, changeCut = c, true // "从多少涨到多少": that indicator's change, not the others'
			}
		}
		if oneNumber && !changeCut {
			if c, ok := askedClause(p.text, question, searchText); ok {
				q = c
			} else if c, ok := statClause(p.text, question); ok {
				// "平均能便宜多少": the average's clause, not the maximum's.
				q = c
			}
		}
		fmt.Fprintf(&t, "%d. “%s” [%d]\n", i+1, q, p.src)
	}
	return Answer{Intent: IntentQuestion, Mode: ModeExtractive, Text: strings.TrimRight(t.String(), "\n"), Sources: sources, Figures: []FigureRow{}}
}

// directiveOpener opens what a speaker or a meeting directs: "他强调，",
// "会议要求，", "要加强…", "二要突出重点…", "必须…", and the items of its
// list ("二是强化联动机制"; asked of directions, all of them are quoted).
var directiveOpener = regexp.MustCompile(`^(?:(?:[一二三四五六七八九十]是?)?要|[一二三四五六七八九十]是|必须|务必|切实)|(?:强调|要求|指出|提出|希望|明确)[，,：:]?\p{Han}{0,8}?要`)

// directive reports whether a sentence says what is to be done as a
// direction given ("他强调，靖西市要在…", "要加强整体医疗服务能力建设").
func directive(sent string) bool {
	return directiveOpener.MatchString(strings.TrimSpace(sent))
}

// pageHeader reports whether a sentence is the page's header rather than
// its text: the report's title with little else ("综合热点凤庆县卫生健康局
// 召开…会议"), or a line stamped with the page's date and time ("…时间 :
// 2023-03-09 10:33来源: 清风网").
func pageHeader(sent, title string) bool {
	if corpus.HasPageStamp(sent) && !strings.ContainsAny(sent, "，,。") {
		return true
	}
	t := corpus.Normalize(title)
	return utf8.RuneCountInString(t) >= 8 && strings.Contains(corpus.Normalize(sent), t) &&
		utf8.RuneCountInString(sent) <= utf8.RuneCountInString(title)+maxHeaderExtraRunes
}

// maxHeaderExtraRunes is how much more than the title a header line holds.
const maxHeaderExtraRunes = 8

// closesPoint reports whether next is the last clause of the point sent
// begins: sent ends with a semicolon and next, no item of a list of its own,
// ends the sentence within a quote's length ("强化生育保障，…“零自付”；统筹
// 发展普惠托育…托育托管服务点。").
func closesPoint(sent, next string) bool {
	if !strings.HasSuffix(sent, "；") && !strings.HasSuffix(sent, ";") {
		return false
	}
	if !strings.HasSuffix(next, "。") || runInMarker.MatchString(next) || utf8.RuneCountInString(sent+next) > maxQuoteRunes {
		return false
	}
	if level, _ := corpus.MarkerLevel(next); level >= 0 {
		return false
	}
	return true
}

// headingLike reports whether a sentence reads as a heading whose content
// is the sentence after it: short, and either numbered ("八、…机制。"),
// closed by a colon or nothing, or holding no number. A short sentence
// with a number and a full stop ("新建充电桩超1.17万个。") is a fact of
// its own, not the heading of the next.
func headingLike(sent string) bool {
	n := utf8.RuneCountInString(sent)
	if level, _ := corpus.MarkerLevel(sent); level >= 0 && n < markedHeadingRunes && !strings.ContainsFunc(sent, unicode.IsDigit) {
		// "(一)围绕“体系整合”,在统筹全市医疗卫生资源上持续发力。": an
		// outline item's first sentence, its heading.
		return true
	}
	if n >= headingRunes {
		return false
	}
	if level, _ := corpus.MarkerLevel(sent); level >= 0 {
		return true
	}
	if !strings.HasSuffix(sent, "。") {
		return true
	}
	return !strings.ContainsFunc(sent, unicode.IsDigit)
}

// Sentence lengths, in runes: shorter is a heading (an outline item's
// first sentence up to markedHeadingRunes); longer quotes are cut.
const (
	headingRunes       = 25
	markedHeadingRunes = 40
	maxQuoteRunes      = 200
)

// bodySentences are a passage's sentences without the lines of a page's
// disclosure table (索引号, 发布机构 …): what answers quote as the report's
// words. (Field answers read the table through splitSentences.)
func bodySentences(text string) []string {
	var out []string
	for _, sent := range splitSentences(text) {
		if !corpus.IsMetadataLine(sent) {
			out = append(out, sent)
		}
	}
	return out
}

// scored is a sentence an extractive answer may quote, with its source,
// its score and its place in the sources.
type scored struct {
	text    string
	src     int
	score   float64
	order   int
	directs bool // a direction given, for a question asking what was required
}

// maxQuotedRunes bounds a quotation whose semicolons do not end the
// sentence: past it the closing mark is taken to be missing.
const maxQuotedRunes = 80

// hasWordRune reports whether s holds a letter or a digit, not only marks.
func hasWordRune(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

// splitSentences cuts a passage into sentences at 。！？；and line breaks
// (not at a semicolon inside a short quotation).
func splitSentences(text string) []string {
	var out []string
	var cur strings.Builder
	flush := func() {
		if s := strings.TrimSpace(cur.String()); hasWordRune(s) {
			out = append(out, s) // not "(" or "……" alone: a page cut off says nothing
		}
		cur.Reset()
	}
	for line := range strings.Lines(text) {
		if isRowLine(line) {
			// A table row ("部门：市教育局；重点领域：…。…") is one fact:
			// its cells are quoted together, never apart.
			cur.WriteString(line)
			flush()
			continue
		}
		quoted := -1 // runes since an opening “ still open, -1 outside quotes
		for _, r := range line {
			if r == '\n' {
				flush()
				quoted = -1
				continue
			}
			cur.WriteRune(r)
			switch {
			case r == '“' || r == '「':
				quoted = 0
			case r == '”' || r == '」':
				quoted = -1
			case quoted >= 0:
				quoted++
			}
			switch r {
			case '。', '！', '？', '!', '?':
				flush()
				quoted = -1
			case '；', ';':
				// "坚持“以人为本,健康优先;预防为主,强化基层;…”基本原则": a
				// semicolon inside a short quotation divides its items, not
				// the sentence.
				if quoted < 0 || quoted > maxQuotedRunes {
					flush()
					quoted = -1
				}
			}
		}
	}
	flush()
	return out
}

// maxRowRunes bounds a table row quoted whole.
const maxRowRunes = 400

// isRowLine reports whether a line is a table row as ingest renders
// tables: "表头：值；表头：值", at least two cells.
func isRowLine(line string) bool {
	if strings.Count(line, "：") < 2 || !strings.Contains(line, "；") || utf8.RuneCountInString(line) > maxRowRunes {
		return false
	}
	for _, cell := range strings.Split(strings.TrimSpace(line), "；") {
		if cell = strings.TrimSpace(cell); cell == "" {
			continue
		}
		head, _, ok := strings.Cut(cell, "：")
		if !ok || utf8.RuneCountInString(head) > 12 {
			return false
		}
	}
	return true
}

// quote is a sentence as an answer quotes it: cut at maxQuoteRunes, but a
// table row whole.
func quote(s string) string {
	if isRowLine(s) {
		return s
	}
	return firstRunes(s, maxQuoteRunes)
}
