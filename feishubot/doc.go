// Package feishubot is the assistant in Feishu (飞书, also Lark): a
// long-connection adapter, so no public URL is needed. The official SDK
// (github.com/larksuite/oapi-sdk-go/v3) opens the connection (POST
// /callback/ws/endpoint, then a websocket carrying protobuf frames) and
// delivers im.message.receive_v1 events and card.action.trigger callbacks;
// this package answers @-mentions in group chats and direct (p2p) chats.
// Each question gets at once a reply (POST
// /open-apis/im/v1/messages/{message_id}/reply) with a card saying
// "正在查找资料…", patched (PATCH /open-apis/im/v1/messages/{message_id}) as
// the LLM writes and then into the answer: an interactive card in
// Markdown with ⚠ warnings, figures, the sources with their quoted
// sentences and 👍/👎 buttons, split within Feishu's card size. Where the
// card cannot be patched, the answer comes as new replies.
//
// Like dingtalkbot it checks who may ask where (allowed chats and users),
// limits each person's rate, drops redelivered messages (by message_id and
// event_id), keeps each person's conversation per chat for follow-ups,
// stores 👍/👎 clicks and replies in the shared feedback log and records
// answered questions in the audit log. It uses bot's exported API only.
package feishubot
