package bot

import (
	"regexp"
	"strings"

	"github.com/healthbot/healthbot/understand"
)

// A report announces what it did with a lead such as "我局在2020年度主要工作
// 如下：一是…二是…" or "具体做法如下：": the items after it are the answer
// to "做了些啥" when the report is about what was asked, although neither
// the lead nor the items repeat the question's words.

// doneAnnouncer ends a lead announcing the work done or the means used.
var doneAnnouncer = regexp.MustCompile(`(?:主要|重点|具体|有关)?(?:工作|做法|措施|举措|经验做法|工作措施)(?:情况)?(?:如下|有)\s*[:：]`)

// doneAnnouncedItems finds, in the first sources, a lead announcing the
// work done followed by run-in or numbered items, in a source whose title,
// section or lead shares the question's topic, and returns each item's
// opening sentences (the head says what, the next ones how).
func doneAnnouncedItems(question string, sources []Source) ([]listItem, bool) {
	if !asksHowDone(question) {
		return nil, false
	}
	topic := bigrams(understand.Topic(question))
	if len(topic) == 0 {
		return nil, false
	}
	for _, s := range sources[:min(introducingSources, len(sources))] {
		for _, m := range doneAnnouncer.FindAllStringIndex(s.Text, -1) {
			leadStart := max(strings.LastIndexAny(s.Text[:m[0]], "。\n")+1, 0)
			if shared(topic, s.Title+s.Section+s.Text[leadStart:m[1]]) == 0 {
				continue
			}
			if items := itemsAfter(s.Text[m[1]:], howItemSentences); len(items) >= 2 {
				out := make([]listItem, 0, len(items))
				for _, it := range items {
					out = append(out, listItem{it, s.N})
				}
				return out, true
			}
		}
	}
	return nil, false
}

// itemsAfter is the list that starts right at the opening of rest, items
// of one marker style ("一是", "（一）", "——") each cut to its first
// perItem sentences; nil when no list starts there.
func itemsAfter(rest string, perItem int) []string {
	starts := listItemStart.FindAllStringSubmatchIndex(rest, -1)
	var items []string
	style := ""
	for i, st := range starts {
		if i == 0 && strings.TrimSpace(rest[:st[2]]) != "" {
			return nil
		}
		if s := markerStyle(rest[st[2]:st[3]]); style == "" {
			style = s
		} else if s != style {
			break
		}
		end := len(rest)
		if i+1 < len(starts) {
			end = starts[i+1][2]
		}
		if nl := strings.IndexByte(rest[st[2]:end], '\n'); nl >= 0 && style == "是" {
			end = st[2] + nl // a run-in list ends with its paragraph
		}
		sents := splitSentences(strings.TrimSpace(rest[st[2]:end]))
		if len(sents) == 0 {
			break
		}
		items = append(items, strings.Join(sents[:min(perItem, len(sents))], ""))
		if len(items) == maxIntroducedItems {
			break
		}
	}
	return items
}
