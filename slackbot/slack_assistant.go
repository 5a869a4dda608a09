package slackbot

import (
	"context"
	"strings"
	"unicode/utf8"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
)

// Slack's AI app surface ("Agents & AI Apps"): a person opens the
// assistant's container, Slack starts an assistant thread in the DM with
// the bot (assistant_thread_started) and tells when the channel the person
// has open changes (assistant_thread_context_changed). The bot offers
// suggested prompts, titles the thread after its first question and shows
// a status while it works.

// What staff see in an assistant thread.
const (
	msgWorking      = "正在查找资料…" // the status while an answer is prepared
	promptsTitle    = "可以这样问我："
	slackTitleRunes = 30 // a thread's title, taken from its first question
)

// suggestedPrompts are offered in a new assistant thread: a figure, what
// was done, a draft. (slack-app-manifest.yaml lists the same.)
var suggestedPrompts = []slack.AssistantThreadsPrompt{
	{Title: "查一个数字", Message: "去年家庭医生签约率是多少？"},
	{Title: "了解做过的工作", Message: "今年上半年做了哪些重点工作？"},
	{Title: "起草提纲", Message: "帮我起草明年工作计划的提纲"},
}

// onAssistantThread handles assistant_thread_started (started) and
// assistant_thread_context_changed: it remembers the thread and its
// context and, for a new thread, sets the suggested prompts (outside the
// reading goroutine).
func (s *Slack) onAssistantThread(at slackevents.AssistantThread, started bool) {
	if at.ChannelID == "" || at.ThreadTimeStamp == "" {
		return
	}
	log := s.log.With(keyChannel, at.ChannelID, keyUser, at.UserID, keyThread, at.ThreadTimeStamp, keyViewing, at.Context.ChannelID)
	if at.UserID != "" && !s.access.userAllowed(at.UserID) {
		log.Info("slack: assistant thread of a user not in allowed_users, not preparing it")
		return
	}
	th := s.threads.GetOrAdd(threadKey(at.ChannelID, at.ThreadTimeStamp), newThread)
	th.markAssistant(at.Context.ChannelID, true)
	if !started {
		log.Debug("slack: assistant thread context changed")
		return
	}
	log.Info("slack: assistant thread started")
	s.notice("suggested prompts", func(ctx context.Context) error {
		return s.retry(ctx, func(ctx context.Context) error {
			return s.api.SetAssistantThreadsSuggestedPromptsContext(ctx, slack.AssistantThreadsSetSuggestedPromptsParameters{
				Title: promptsTitle, ChannelID: at.ChannelID, ThreadTS: at.ThreadTimeStamp, Prompts: suggestedPrompts,
			})
		})
	})
}

// setStatus shows status under the thread while the bot works (an empty
// status clears it; Slack also clears it when the bot replies).
func (s *Slack) setStatus(ctx context.Context, channel, threadTS, status string) error {
	return s.retry(ctx, func(ctx context.Context) error {
		return s.api.SetAssistantThreadsStatusContext(ctx, slack.AssistantThreadsSetStatusParameters{
			ChannelID: channel, ThreadTS: threadTS, Status: status,
		})
	})
}

// setTitle names an assistant thread (in the person's history of threads).
func (s *Slack) setTitle(ctx context.Context, channel, threadTS, title string) error {
	return s.retry(ctx, func(ctx context.Context) error {
		return s.api.SetAssistantThreadsTitleContext(ctx, slack.AssistantThreadsSetTitleParameters{
			ChannelID: channel, ThreadTS: threadTS, Title: title,
		})
	})
}

// threadTitle is a short title from a question: its first line, at most
// slackTitleRunes runes.
func threadTitle(question string) string {
	line, _, _ := strings.Cut(strings.TrimSpace(question), "\n")
	line = strings.Join(strings.Fields(line), " ")
	if utf8.RuneCountInString(line) <= slackTitleRunes {
		return line
	}
	return string([]rune(line)[:slackTitleRunes-1]) + "…"
}
