package slackbot

import (
	"strings"
	"time"

	"github.com/slack-go/slack"

	"github.com/healthbot/healthbot/internal/chatkit"
)

// FeedbackFile is the name of the feedback log inside the data folder: one
// JSON object (a FeedbackRecord) per line, appended as staff click 👍 or 👎
// (in Slack, feedback_buttons under an answer; or in any other chat).
const FeedbackFile = chatkit.FeedbackFile

// The votes.
const (
	VoteUp   = chatkit.VoteUp
	VoteDown = chatkit.VoteDown
)

// The feedback log's types are chatkit's, shared by every chat adapter.
type (
	// FeedbackRecord is one click on 👍 or 👎 under an answer.
	FeedbackRecord = chatkit.FeedbackRecord
	// FeedbackSource is a source of the answer voted on.
	FeedbackSource = chatkit.FeedbackSource
	// FeedbackSummary counts votes overall and per source.
	FeedbackSummary = chatkit.FeedbackSummary
	// SourceVotes is how the answers citing one report were voted.
	SourceVotes = chatkit.SourceVotes
)

// ReadFeedback reads a feedback log (chatkit.ReadFeedback).
func ReadFeedback(path string) (recs []FeedbackRecord, bad int, err error) {
	return chatkit.ReadFeedback(path)
}

// SummarizeFeedback counts votes (chatkit.SummarizeFeedback).
func SummarizeFeedback(recs []FeedbackRecord, recent int) FeedbackSummary {
	return chatkit.SummarizeFeedback(recs, recent)
}

// feedbackOf builds the record of a vote on a remembered answer.
func feedbackOf(rec *answerRecord, vote, user, channel, messageTS string, now time.Time) FeedbackRecord {
	return chatkit.FeedbackOf(rec.answer, vote, user, channel, rec.id, messageTS, now)
}

// The values of the feedback buttons: the vote, a colon, the answer id.
const (
	votePositive = "positive"
	voteNegative = "negative"
)

// feedbackBlock is 👍 / 👎 under an answer: Slack's feedback_buttons in a
// context_actions block, each button's value the vote and the answer id
// ("positive:…", "negative:…").
func feedbackBlock(answerID string) slack.Block {
	up := slack.NewFeedbackButton(slack.NewTextBlockObject(slack.PlainTextType, "👍 有帮助", true, false), votePositive+":"+answerID).
		WithAccessibilityLabel("这条回答有帮助")
	down := slack.NewFeedbackButton(slack.NewTextBlockObject(slack.PlainTextType, "👎 没帮助", true, false), voteNegative+":"+answerID).
		WithAccessibilityLabel("这条回答没帮助")
	return slack.NewContextActionsBlock("healthbot_feedback", slack.NewFeedbackButtonsBlockElement(actionFeedback, up, down))
}

// parseFeedback reads a feedback button's value: the vote (VoteUp or
// VoteDown) and the answer id.
func parseFeedback(value string) (vote, answerID string, ok bool) {
	v, id, found := strings.Cut(value, ":")
	switch {
	case !found:
		return "", "", false
	case v == votePositive:
		return VoteUp, id, true
	case v == voteNegative:
		return VoteDown, id, true
	}
	return "", "", false
}
