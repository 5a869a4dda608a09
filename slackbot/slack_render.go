package slackbot

import (
	"github.com/healthbot/healthbot/bot"

	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/slack-go/slack"

	"github.com/healthbot/healthbot/internal/chatkit"
)

// Slack's message limits.
const (
	slackMaxBlocks      = 50    // blocks in one message
	slackSectionRunes   = 3000  // text of one section block
	slackFieldRunes     = 2000  // one field of a section block
	slackMaxFields      = 10    // fields of one section block
	slackContextItems   = 10    // elements of one context block
	slackMaxTextRunes   = 39000 // the text fallback (Slack truncates at 40,000)
	slackQuoteRunes     = 160   // a source's quoted sentence
	slackStreamingRunes = 12000 // what is shown of an answer still being written
	slackMaxValueRunes  = 2000  // a button's value
	slackMarkdownRunes  = 10000 // the markdown block (Slack: 12,000 for all of a message's markdown blocks)
	slackPlaceholder    = chatkit.MsgPlaceholder
)

// Action ids of the buttons on an answer. The 👍/👎 buttons
// (actionVoteUp, actionVoteDown) are the classic rendering's and those of
// answers posted before feedback_buttons; clicks on them still count.
const (
	actionVoteUp   = "healthbot_vote_up"
	actionVoteDown = "healthbot_vote_down"
	actionShare    = "healthbot_share"
	actionFeedback = "healthbot_feedback"
)

// renderOptions say what goes around an answer.
type renderOptions struct {
	answerID string // the id its buttons carry; "" for no buttons
	asked    string // what the person typed, to show how a follow-up was understood
	share    bool   // a private answer: add the "分享到频道" button
	sharedBy string // a shared answer: the user who shared it
	// classic draws the answer as before Slack's AI blocks: mrkdwn sections
	// and plain 👍/👎 buttons, for where Slack refuses markdown and
	// feedback_buttons.
	classic bool
}

// renderAnswer turns an answer into Slack blocks within Slack's limits and a
// plain fallback text for notifications. Citations [n] are kept as written.
func renderAnswer(a bot.Answer, o renderOptions) ([]slack.Block, string) {
	if a.Intent == bot.IntentHelp {
		o.answerID = "" // help and "please ask a question" are not answers to vote on
	}
	var head, tail []slack.Block
	if o.sharedBy != "" {
		head = append(head, contextBlock(fmt.Sprintf("<@%s> 分享了这条回答。问题：%s", o.sharedBy, plainMrkdwn(truncateRunes(a.Question, 300)))))
	} else if o.asked != "" && a.Question != "" && a.Question != bot.CleanRequest(o.asked) && a.Intent != bot.IntentHelp {
		head = append(head, contextBlock("理解为："+plainMrkdwn(truncateRunes(a.Question, 500))))
	}
	if a.Intent != bot.IntentTrend {
		if fig := figureTable(a.Figures); fig != nil {
			tail = append(tail, fig)
		}
	}
	if len(a.Warnings) > 0 {
		var ws []string
		for _, w := range a.Warnings {
			ws = append(ws, "⚠ "+plainMrkdwn(w))
		}
		tail = append(tail, contextBlock(truncateRunes(strings.Join(ws, "\n"), slackSectionRunes)))
	}
	if a.Mode == bot.ModeExtractive && a.Intent != bot.IntentHelp && len(a.Sources) > 0 {
		tail = append(tail, contextBlock("离线模式：回答由资料原文摘录组成，未经大模型改写。"))
	}
	var actions []slack.Block
	if o.answerID != "" {
		actions = answerActions(o.answerID, o.share, o.classic)
	}
	// What is left for the text and the sources.
	budget := slackMaxBlocks - len(head) - len(tail) - len(actions)
	sources := sourceBlocks(a.Sources)
	// The answer comes first; sources get what remains, at least a summary line.
	maxText := budget - min(len(sources), 2)
	if len(sources) > 0 {
		maxText-- // the divider
	}
	blocks := append([]slack.Block{}, head...)
	blocks = append(blocks, bodyBlocks(a.Text, maxText, o.classic)...)
	blocks = append(blocks, tail...)
	if len(sources) > 0 {
		room := slackMaxBlocks - len(blocks) - 1 - len(actions) // the divider, the buttons
		if room > 0 {
			blocks = append(blocks, slack.NewDividerBlock())
			blocks = append(blocks, fitSources(sources, a.Sources, room)...)
		}
	}
	blocks = append(blocks, actions...)
	return blocks, fallbackText(a)
}

// answerTail is what follows an answer's text: how a follow-up was
// understood, the figure table, warnings, the offline note, the sources and
// the buttons. It closes a streamed answer (chat.stopStream's blocks),
// whose text was streamed before it.
func answerTail(a bot.Answer, o renderOptions) []slack.Block {
	a.Text = ""
	blocks, _ := renderAnswer(a, o)
	return blocks
}

// bodyBlocks are an answer's text: one markdown block (Slack draws the
// Markdown) when it fits and classic is not asked for, else at most limit
// mrkdwn sections.
func bodyBlocks(text string, limit int, classic bool) []slack.Block {
	if md := markdownText(text); !classic && strings.TrimSpace(md) != "" && utf8.RuneCountInString(md) <= slackMarkdownRunes {
		return []slack.Block{slack.NewMarkdownBlock("", md)}
	}
	sections := splitRunes(mrkdwn(text), slackSectionRunes)
	if len(sections) > limit && limit > 0 {
		sections = sections[:limit]
		last := []rune(sections[len(sections)-1])
		const note = "\n…（回答过长，以下从略）"
		cut := max(0, min(len(last), slackSectionRunes-utf8.RuneCountInString(note)))
		sections[len(sections)-1] = safeCut(string(last[:cut])) + note
	}
	var out []slack.Block
	for _, s := range sections {
		if strings.TrimSpace(s) != "" {
			out = append(out, slack.NewSectionBlock(slack.NewTextBlockObject(slack.MarkdownType, s, false, false), nil, nil))
		}
	}
	return out
}

// renderStreaming shows an answer still being written: its text so far.
func renderStreaming(partial string) ([]slack.Block, string) {
	runes := []rune(partial)
	if len(runes) > slackStreamingRunes {
		runes = append([]rune("…"), runes[len(runes)-slackStreamingRunes:]...)
	}
	text := mrkdwn(string(runes))
	var blocks []slack.Block
	for _, s := range splitRunes(text, slackSectionRunes) {
		if strings.TrimSpace(s) != "" {
			blocks = append(blocks, slack.NewSectionBlock(slack.NewTextBlockObject(slack.MarkdownType, s, false, false), nil, nil))
		}
	}
	blocks = append(blocks, contextBlock("✍ 正在撰写回答…"))
	return blocks, truncateRunes(partial, slackMaxTextRunes)
}

// renderNotice is a short message with no buttons.
func renderNotice(text string) ([]slack.Block, string) {
	return []slack.Block{slack.NewSectionBlock(slack.NewTextBlockObject(slack.MarkdownType, plainMrkdwn(text), false, false), nil, nil)}, text
}

// fallbackText is the plain text Slack shows in notifications and clients
// without blocks: the answer and its sources' titles.
func fallbackText(a bot.Answer) string {
	var b strings.Builder
	b.WriteString(a.Text)
	for _, w := range a.Warnings {
		b.WriteString("\n⚠ " + w)
	}
	if len(a.Sources) > 0 {
		b.WriteString("\n\n来源：")
		for _, s := range a.Sources {
			fmt.Fprintf(&b, "\n[%d] %s（%s，%s）", s.N, s.Title, chatkit.Year(s.Year), chatkit.KindName(s.Kind))
		}
	}
	return truncateRunes(b.String(), slackMaxTextRunes)
}

func contextBlock(text string) *slack.ContextBlock {
	return slack.NewContextBlock("", slack.NewTextBlockObject(slack.MarkdownType, truncateRunes(text, slackSectionRunes), false, false))
}

// answerActions are an answer's buttons: "分享到频道" for a private answer,
// then 👍 / 👎 as feedback_buttons in a context_actions block (classic:
// plain buttons beside the share button).
func answerActions(answerID string, share, classic bool) []slack.Block {
	id := truncateRunes(answerID, slackMaxValueRunes-len(votePositive)-1)
	var els []slack.BlockElement
	if share {
		els = append(els, slack.NewButtonBlockElement(actionShare, id, slack.NewTextBlockObject(slack.PlainTextType, "分享到频道", false, false)).WithStyle(slack.StylePrimary))
	}
	if classic {
		els = append(els,
			slack.NewButtonBlockElement(actionVoteUp, id, slack.NewTextBlockObject(slack.PlainTextType, "👍 有帮助", true, false)),
			slack.NewButtonBlockElement(actionVoteDown, id, slack.NewTextBlockObject(slack.PlainTextType, "👎 没帮助", true, false)),
		)
		return []slack.Block{slack.NewActionBlock("healthbot_answer_actions", els...)}
	}
	var out []slack.Block
	if len(els) > 0 {
		out = append(out, slack.NewActionBlock("healthbot_answer_actions", els...))
	}
	return append(out, feedbackBlock(id))
}

// figureTable shows figures as a compact two-column table (section fields).
func figureTable(rows []bot.FigureRow) slack.Block {
	if len(rows) == 0 {
		return nil
	}
	var fields []*slack.TextBlockObject
	for _, r := range rows {
		if len(fields) == slackMaxFields {
			break
		}
		value, kind := chatkit.FigureValue(r), chatkit.FigureKind(r)
		cite := ""
		if r.Source > 0 {
			cite = fmt.Sprintf(" [%d]", r.Source)
		}
		text := fmt.Sprintf("*%s*\n%s（%s，%s）%s", plainMrkdwn(r.Label), plainMrkdwn(value), chatkit.Year(r.Year), kind, cite)
		fields = append(fields, slack.NewTextBlockObject(slack.MarkdownType, truncateRunes(text, slackFieldRunes), false, false))
	}
	return slack.NewSectionBlock(slack.NewTextBlockObject(slack.MarkdownType, "*数字一览*（均摘自原文）", false, false), fields, nil)
}

// sourceBlocks are one context block per source: number, title, year, kind
// and section, then the quoted sentence.
func sourceBlocks(sources []bot.Source) []slack.Block {
	var out []slack.Block
	for _, s := range sources {
		line := fmt.Sprintf("*[%d]* %s（%s，%s）", s.N, plainMrkdwn(s.Title), chatkit.Year(s.Year), chatkit.KindName(s.Kind))
		if s.Section != "" {
			line += " · " + plainMrkdwn(truncateRunes(chatkit.LastSection(s.Section), 80))
		}
		if q := strings.Join(strings.Fields(s.Text), " "); q != "" {
			line += "\n“" + plainMrkdwn(truncateRunes(q, slackQuoteRunes)) + "”"
		}
		out = append(out, contextBlock(line))
	}
	return out
}

// fitSources keeps the sources within room blocks: whole ones first, then
// the rest as short titles, ten to a block.
func fitSources(blocks []slack.Block, sources []bot.Source, room int) []slack.Block {
	if len(blocks) <= room {
		return blocks
	}
	whole := room - 1
	out := append([]slack.Block{}, blocks[:whole]...)
	var items []slack.MixedElement
	for _, s := range sources[whole:] {
		if len(items) == slackContextItems-1 {
			items = append(items, slack.NewTextBlockObject(slack.MarkdownType, fmt.Sprintf("另有 %d 条来源未列出", len(sources)-whole-len(items)), false, false))
			break
		}
		items = append(items, slack.NewTextBlockObject(slack.MarkdownType, fmt.Sprintf("*[%d]* %s（%s）", s.N, plainMrkdwn(truncateRunes(s.Title, 60)), chatkit.Year(s.Year)), false, false))
	}
	return append(out, slack.NewContextBlock("", items...))
}

var (
	mdBold    = regexp.MustCompile(`\*\*[^*\n]+?\*\*|__[^_\n]+?__`)
	mdHeading = regexp.MustCompile(`(?m)^#{1,6}\s+(.+?)\s*#*$`)
)

// mrkdwn converts the answer's light Markdown to Slack's mrkdwn: &, < and >
// escaped, **bold** → *bold*, headings bold, Markdown tables as lines
// (Slack draws no tables). Other *, _, ~ and ` (template blanks such as
// "*人" or "___例" in the originals) become their full-width forms so that
// Slack does not read them as formatting. Citations [n] are left as they are.
func mrkdwn(s string) string {
	const open, close = "\x00", "\x01"
	s = escapeMrkdwn(s)
	s = mdHeading.ReplaceAllString(s, open+"$1"+close)
	s = mdBold.ReplaceAllStringFunc(s, func(m string) string {
		return open + m[2:len(m)-2] + close
	})
	s = literal.Replace(s)
	// Zero-width spaces let Slack see the bold inside Chinese text.
	s = strings.NewReplacer(open, "\u200b*", close, "*\u200b").Replace(s)
	return chatkit.TableLines(s, func(first string) string { return "• *" + first + "*" })
}

// markdownText is the answer's light Markdown for a markdown block or a
// stream's markdown_text: **bold** and headings kept (Slack draws them),
// Markdown tables as lines, other *, _, ~ and ` (template blanks) in their
// full-width forms, and < and > full-width so that nothing in the text is
// read as a Slack mention (<!channel>) or a quote.
func markdownText(s string) string {
	const open, close = "\x00", "\x01"
	s = mdBold.ReplaceAllStringFunc(s, func(m string) string {
		return open + m[2:len(m)-2] + close
	})
	s = literal.Replace(s)
	s = strings.NewReplacer("<", "＜", ">", "＞").Replace(s)
	s = strings.NewReplacer(open, "**", close, "**").Replace(s)
	return chatkit.TablesToLines(s)
}

// literal keeps characters Slack reads as formatting from formatting.
var literal = strings.NewReplacer("*", "＊", "_", "＿", "~", "～", "`", "｀")

// plainMrkdwn is text shown as written: escaped, no formatting.
func plainMrkdwn(s string) string { return literal.Replace(escapeMrkdwn(s)) }

// escapeMrkdwn escapes the three characters Slack reserves in text.
func escapeMrkdwn(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}

// Text cutting is chatkit's, the same in every chat.
var (
	splitRunes    = chatkit.SplitRunes
	safeCut       = chatkit.SafeCut
	truncateRunes = chatkit.TruncateRunes
)
