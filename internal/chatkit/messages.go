package chatkit

// What staff are told, in every chat, when the bot will not or cannot answer.
const (
	MsgRateLimited  = "请求太多，请稍等一分钟再问。"
	MsgBusy         = "现在提问的人较多，请稍后再试。"
	MsgShuttingDown = "系统正在重启维护，请稍后再问。"
	MsgFailed       = "抱歉，处理时出错了，请稍后再试。"
	MsgTimedOut     = "抱歉，这个问题处理时间过长，请换个说法或稍后再试。"
	MsgInterrupted  = "抱歉，系统重启打断了这次回答，请稍后重新提问。"
	MsgUserClosed   = "抱歉，您暂未开通问答助手的使用权限，请联系管理员。"
	MsgPlaceholder  = "正在查找资料…"
	MsgThanksUp     = "感谢您的反馈！"
	MsgThanksDown   = "感谢反馈，我们会据此改进回答。"
	MsgFeedbackLost = "抱歉，反馈没有保存成功，请稍后再试。"
)

// ThanksFor is the reply to a typed 👍 or 👎 (vote is VoteUp or VoteDown):
// a 👎 without a comment also invites one.
func ThanksFor(vote, comment string) string {
	if vote != VoteDown {
		return MsgThanksUp
	}
	if comment == "" {
		return MsgThanksDown + "也欢迎回复「👎 具体问题」告诉我们哪里不对。"
	}
	return MsgThanksDown
}
