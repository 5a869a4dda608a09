// Package dingtalkbot is the assistant in DingTalk (钉钉, also 浙政钉): a
// Stream-mode adapter, so no public URL is needed. The official SDK
// (github.com/open-dingtalk/dingtalk-stream-sdk-go) opens the connection
// (POST /v1.0/gateway/connections/open, then a websocket) and delivers
// robot messages; this package answers @-mentions in group chats and
// direct chats, replying through each message's session webhook with a
// Markdown message: the answer, ⚠ warnings, figures, and the sources with
// their quoted sentences, split within DingTalk's message size.
//
// Like slackbot it checks who may ask where (allowed conversations and
// users), limits each person's rate, drops redelivered messages (by
// msgId), keeps each person's conversation per chat for follow-ups, stores
// 👍/👎 replies in the shared feedback log and records answered questions
// in the audit log. It uses bot's exported API only.
package dingtalkbot
