// Package feishubot is the assistant in Feishu (飞书, also Lark): a
// long-connection adapter, so no public URL is needed. The official SDK
// (github.com/larksuite/oapi-sdk-go/v3) opens the connection (POST
// /callback/ws/endpoint, then a websocket carrying protobuf frames) and
// delivers im.message.receive_v1 events; this package answers @-mentions in
// group chats and direct (p2p) chats, replying to each message through the
// IM API (POST /open-apis/im/v1/messages/{message_id}/reply) with an
// interactive card in Markdown: the answer, ⚠ warnings, figures, and the
// sources with their quoted sentences, split within Feishu's card size.
//
// Like dingtalkbot it checks who may ask where (allowed chats and users),
// limits each person's rate, drops redelivered messages (by message_id and
// event_id), keeps each person's conversation per chat for follow-ups,
// stores 👍/👎 replies in the shared feedback log and records answered
// questions in the audit log. It uses bot's exported API only.
package feishubot
