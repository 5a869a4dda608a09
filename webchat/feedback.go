package webchat

import (
	"net/http"

	"github.com/healthbot/healthbot/bot"
	"github.com/healthbot/healthbot/internal/chatkit"
)

// vote records a 👍 or 👎 (with an optional comment) on an answer the same
// person was given, in the feedback log the other chats share.
func (s *Server) vote(w http.ResponseWriter, r *http.Request) {
	id, aerr := s.identify(r)
	if aerr != nil {
		writeError(w, aerr.status, aerr.message)
		return
	}
	req, aerr := readJSON(w, r, s.opts.MaxBodyBytes, decodeFeedback)
	if aerr != nil {
		writeError(w, aerr.status, aerr.message)
		return
	}
	log := s.log.With(keyUser, id.user, keyVote, req.Vote, keyAnswer, req.AnswerID)
	// Votes count against the rate limit too: each one is written to disk.
	if ok, _ := s.limiter.Allow(id.user); !ok {
		writeError(w, http.StatusTooManyRequests, chatkit.MsgRateLimited)
		return
	}
	rec, ok := s.answers.Get(req.AnswerID)
	if !ok || rec.user != id.user {
		log.Info("web: feedback on an answer not known (or not this person's)")
		writeError(w, http.StatusNotFound, msgNothingToRate)
		return
	}
	fr := chatkit.FeedbackOf(rec.answer, req.Vote, id.user, Platform+":"+rec.conv, rec.id, "", s.opts.Now())
	// A comment is free text: a key typed into it is hidden, as in a question.
	comment, _ := bot.HideSecrets(req.Comment)
	fr.Platform, fr.Comment = Platform, comment
	if err := s.feedback.Append(fr); err != nil {
		log.Error("web: feedback not stored", keyErr, err)
		writeError(w, http.StatusInternalServerError, chatkit.MsgFeedbackLost)
		return
	}
	log.Info("web: feedback stored")
	msg := chatkit.MsgThanksUp
	if req.Vote == chatkit.VoteDown {
		msg = chatkit.MsgThanksDown
	}
	writeJSON(w, http.StatusOK, map[string]string{"message": msg})
}
