// Package slackbot is the assistant in Slack: a Socket Mode adapter that
// answers @mentions, direct messages, replies in threads it answered in,
// questions in its assistant threads (Slack's "Agents & AI Apps": suggested
// prompts, a title, a status) and the /healthbot command, streaming answers
// from a *bot.Bot with Slack's streaming methods (or, where they are
// refused, by editing a placeholder) within Slack's limits. It checks who
// may ask where (allowed channels and users, Slack Connect), limits each
// user's rate,
// drops redelivered events, retries Slack calls answered 429, keeps each
// thread's conversation, stores the 👍/👎 feedback (feedback.jsonl) and
// records answered questions in the assistant's audit log (bot.AuditLog).
//
// It uses bot's exported API only; bot knows nothing of Slack.
package slackbot
