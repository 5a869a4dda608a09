package slackbot

import (
	"time"

	"github.com/healthbot/healthbot/internal/chatkit"
)

// FeedbackFile is the name of the feedback log inside the data folder: one
// JSON object (a FeedbackRecord) per line, appended as staff click 👍 or 👎
// (in Slack or any other chat).
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
