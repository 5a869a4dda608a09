// Package chatkit holds what every chat adapter (slackbot, dingtalkbot,
// feishubot, webchat) does the same way: who may ask where (allow-lists), each
// person's rate limit, dropping redelivered messages, remembering recent
// conversations for follow-ups (Conversations: one answer at a time, idle
// ones started afresh) and answers (a bounded LRU), the 👍/👎 feedback log
// (feedback.jsonl, read by healthbot feedback), the audit entry of an
// answered question, and cutting long text into pieces a platform accepts.
//
// It knows nothing of any platform.
package chatkit
