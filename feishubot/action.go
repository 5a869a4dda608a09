package feishubot

import (
	"context"
	"fmt"

	"github.com/larksuite/oapi-sdk-go/v3/event/dispatcher/callback"

	"github.com/healthbot/healthbot/internal/chatkit"
)

// What a click on a feedback button is answered with (a toast).
const (
	msgVoteRecorded = "已记录您的反馈"
	msgVoteExpired  = "这条回答已无法评价，请对最新的回答回复「👍」或「👎 原因」。"
)

// Toast types of Feishu's card callback answer.
const (
	toastSuccess = "success"
	toastWarning = "warning"
	toastError   = "error"
	toastInfo    = "info"
)

func toast(kind, text string) *callback.CardActionTriggerResponse {
	return &callback.CardActionTriggerResponse{Toast: &callback.Toast{Type: kind, Content: text}}
}

// onCardAction handles a click on a card's button (the card.action.trigger
// callback, over the long connection as an event frame) on the SDK's
// goroutine. Feishu waits about 3 s for its answer, a toast: the vote is
// recorded at once (one line appended to the feedback log), as a typed
// 👍/👎 reply is.
func (f *Feishu) onCardAction(_ context.Context, ev *callback.CardActionTriggerEvent) (resp *callback.CardActionTriggerResponse, err error) {
	defer func() {
		if r := recover(); r != nil {
			f.log.Error("feishu: panic while reading a card action", keyPanic, fmt.Sprint(r))
			resp, err = toast(toastError, chatkit.MsgFeedbackLost), nil
		}
	}()
	if ev == nil || ev.Event == nil || ev.Event.Action == nil {
		return nil, nil
	}
	v := ev.Event.Action.Value
	action, _ := v[valueAction].(string)
	vote, _ := v[valueVote].(string)
	id, _ := v[valueAnswerID].(string)
	if action != actionVote || (vote != chatkit.VoteUp && vote != chatkit.VoteDown) || id == "" {
		return nil, nil // not one of ours: nothing shown
	}
	var user, openID, chat, msgID, eventID string
	if op := ev.Event.Operator; op != nil {
		openID = op.OpenID
		user = firstNonEmpty(str(op.UserID), openID)
	}
	if c := ev.Event.Context; c != nil {
		chat, msgID = c.OpenChatID, c.OpenMessageID
	}
	if ev.EventV2Base != nil && ev.EventV2Base.Header != nil {
		eventID = ev.EventV2Base.Header.EventID
	}
	log := f.log.With(keyChat, chat, keyUser, user, keyMsg, msgID, keyVote, vote, keyAnswer, id)
	f.mu.Lock()
	stopped := f.stopped
	f.mu.Unlock()
	if stopped {
		return nil, fmt.Errorf("feishu adapter stopped")
	}
	if user == "" {
		log.Warn("feishu: card action without an operator ignored")
		return nil, nil
	}
	if f.dedupe.SeenOrAdd(prefixed("event:", eventID)) {
		log.Debug("feishu: duplicate card action ignored")
		return toast(toastSuccess, msgVoteRecorded), nil
	}
	if !f.access.UserAllowed(user) && !f.access.UserAllowed(openID) {
		log.Info("feishu: user not in allowed_users, vote not recorded")
		return toast(toastWarning, chatkit.MsgUserClosed), nil
	}
	rec, ok := f.answers.Get(id)
	if !ok || (chat != "" && rec.chat != chat) {
		log.Info("feishu: vote on an answer no longer remembered")
		return toast(toastInfo, msgVoteExpired), nil
	}
	if !f.access.ChatAllowed(rec.chat, rec.direct) {
		log.Info("feishu: vote in a chat not in allowed_chats, not recorded")
		return nil, nil
	}
	if ok, _ := f.limiter.Allow(user); !ok {
		log.Info("feishu: user over the rate limit, vote not recorded")
		return toast(toastWarning, chatkit.MsgRateLimited), nil
	}
	r := chatkit.FeedbackOf(rec.answer, vote, user, rec.chat, rec.id, msgID, f.opts.Now())
	r.Platform = Platform
	if err := f.feedback.Append(r); err != nil {
		log.Error("feishu: feedback not stored", keyErr, err)
		return toast(toastError, chatkit.MsgFeedbackLost), nil
	}
	log.Info("feishu: feedback stored (button)")
	return toast(toastSuccess, msgVoteRecorded), nil
}
