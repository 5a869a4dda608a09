package bot

import (
	"context"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/understand"
)

// Turn is one exchange of a conversation.
type Turn struct {
	Question string         // as asked
	Resolved string         // as understood, follow-ups made whole
	Filters  corpus.Filters // the filters it was answered with
	Answer   Answer
}

// Conversation holds the earlier turns that give follow-ups their meaning
// (a Slack thread, a terminal chat). The zero value is an empty one; a nil
// *Conversation is allowed and remembers nothing.
type Conversation struct {
	Turns []Turn
}

// maxTurns is how much history is kept.
const maxTurns = 8

func (c *Conversation) add(t Turn) {
	if c == nil {
		return
	}
	c.Turns = append(c.Turns, t)
	if len(c.Turns) > maxTurns {
		c.Turns = c.Turns[len(c.Turns)-maxTurns:]
	}
}

// Remember records an answer given outside conv (a private answer shared
// to a channel, say) as conv's latest turn, so that follow-ups in conv build
// on it as if it had been asked there; asked is the request as typed.
func (b *Bot) Remember(conv *Conversation, asked string, a Answer) {
	conv.add(Turn{Question: asked, Resolved: a.Question, Filters: understand.Filters(a.Question, b.opts.Now()), Answer: a})
}

func (c *Conversation) last() (Turn, bool) {
	if c == nil || len(c.Turns) == 0 {
		return Turn{}, false
	}
	return c.Turns[len(c.Turns)-1], true
}

var (
	// expandPoint asks to expand a numbered point of the last answer: "展开第二点", "详细说说第2条".
	expandPoint = regexp.MustCompile(`(?:展开|详细|具体|细说|再说说|多说|讲讲).{0,4}第\s*([0-9一二三四五六七八九十]+)\s*(?:点|条|项|个)|第\s*([0-9一二三四五六七八九十]+)\s*(?:点|条|项|个).{0,4}(?:展开|详细|具体|细说|再说说|多说)`)
	// followStarts begin an elliptic follow-up: "那2016年呢？", "还有呢", "那计划呢".
	followStarts = []string{"那", "那么", "还有", "再", "另外", "又", "同样", "换成", "改成"}
)

// resolve turns a follow-up into a whole question using the conversation,
// and reads its filters. With an LLM the question is rewritten by the LLM;
// offline (or if that fails) the previous topic and year carry over.
func (b *Bot) resolve(ctx context.Context, conv *Conversation, text string) (string, corpus.Filters) {
	now := b.opts.Now()
	prev, ok := conv.last()
	if !ok || !isFollowUp(text) {
		return text, understand.Filters(text, now)
	}
	if m := expandPoint.FindStringSubmatch(corpus.Normalize(text)); m != nil {
		n := m[1]
		if n == "" {
			n = m[2]
		}
		if point := answerPoint(prev.Answer.Text, parseNumber(n)); point != "" {
			q := point
			f := understand.Filters(q, now)
			if len(f.Years) == 0 {
				f.Years = prev.Filters.Years
			}
			return q, f
		}
	}
	if b.llm != nil {
		if q, err := b.rewriteFollowUp(ctx, conv, text); err == nil && q != "" {
			return q, understand.Filters(q, now)
		} else if err != nil {
			b.log.Warn("follow-up rewrite failed, carrying the topic over", "err", err)
		}
	}
	return carryOver(prev, text, now)
}

// isFollowUp reports whether a message leans on the one before it.
func isFollowUp(text string) bool {
	q := corpus.Normalize(text)
	if expandPoint.MatchString(q) {
		return true
	}
	short := utf8.RuneCountInString(q) <= 14
	for _, s := range followStarts {
		if strings.HasPrefix(q, s) && short {
			return true
		}
	}
	return short && (strings.HasSuffix(strings.TrimRight(q, "?？ "), "呢") || strings.HasSuffix(strings.TrimRight(q, "?？ "), "的呢"))
}

// carryOver builds a whole question from an elliptic follow-up offline: the
// new message's years, kind and words replace the old ones on the previous
// topic ("2023年家庭医生签约率是多少" + "那2016年呢" → 2016's rate).
func carryOver(prev Turn, text string, now time.Time) (string, corpus.Filters) {
	nf := understand.Filters(text, now)
	f := prev.Filters
	if len(nf.Years) > 0 {
		f.Years = nf.Years
	}
	if nf.Kind != "" {
		f.Kind = nf.Kind
	}
	if nf.Period != "" {
		f.Period = nf.Period
	}
	topic := understand.Topic(text)
	for _, s := range followStarts {
		topic = strings.TrimPrefix(topic, s)
	}
	topic = strings.TrimSpace(strings.Trim(topic, "呢?？ "))
	base := understand.StripYears(corpus.Normalize(prev.Resolved))
	var q strings.Builder
	for _, y := range f.Years {
		q.WriteString(strconv.Itoa(y) + "年")
	}
	q.WriteString(strings.TrimSpace(base))
	if topic != "" && !strings.Contains(base, topic) && !onlyTimeWords(topic) {
		q.WriteString("（" + topic + "）")
	}
	return q.String(), f
}

// onlyTimeWords reports whether what is left of a follow-up names no topic.
func onlyTimeWords(s string) bool {
	for _, w := range []string{"计划", "总结", "上半年", "下半年", "全年", "的", "呢"} {
		s = strings.ReplaceAll(s, w, "")
	}
	return strings.TrimSpace(s) == ""
}

// answerPoint finds the n-th numbered point ("1." or "（一）" or "一、") of an
// earlier answer and returns its text without citations.
func answerPoint(answer string, n int) string {
	if n <= 0 {
		return ""
	}
	prefixes := []string{strconv.Itoa(n) + ".", strconv.Itoa(n) + "、", "（" + chineseNumber(n) + "）", chineseNumber(n) + "、"}
	for _, line := range strings.Split(answer, "\n") {
		l := strings.TrimSpace(line)
		for _, p := range prefixes {
			if strings.HasPrefix(l, p) {
				point := strings.TrimSpace(strings.TrimPrefix(l, p))
				point = citation.ReplaceAllString(point, "")
				return strings.TrimSpace(point)
			}
		}
	}
	return ""
}

var chineseDigits = []string{"", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"}

func chineseNumber(n int) string {
	if n >= 1 && n <= 10 {
		return chineseDigits[n]
	}
	return strconv.Itoa(n)
}

func parseNumber(s string) int {
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	for i, d := range chineseDigits {
		if d == s && i > 0 {
			return i
		}
	}
	return 0
}

// timeOfYear is a date inside a year, for reading relative years against it.
func timeOfYear(y int) time.Time { return time.Date(y, 6, 1, 0, 0, 0, 0, time.Local) }
