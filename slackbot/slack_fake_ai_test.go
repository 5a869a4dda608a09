package slackbot_test

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
)

// Slack's AI app methods in the fake (fakeSlack.ai): the assistant
// thread's status, title and suggested prompts, and the streaming methods,
// with Slack's form fields and answers. Each call is recorded with its
// form; startStream can be refused (refuseStart), as Slack refuses it
// where streaming is not allowed.

func (f *fakeSlack) aiMethods() map[string]http.HandlerFunc {
	return map[string]http.HandlerFunc{
		"assistant.threads.setStatus":           f.aiMethod("assistant.threads.setStatus", f.threadMethod("status")),
		"assistant.threads.setTitle":            f.aiMethod("assistant.threads.setTitle", f.threadMethod("title")),
		"assistant.threads.setSuggestedPrompts": f.aiMethod("assistant.threads.setSuggestedPrompts", f.threadMethod("prompts")),
		"chat.startStream":                      f.aiMethod("chat.startStream", f.startStream),
		"chat.appendStream":                     f.aiMethod("chat.appendStream", f.streamMethod(false)),
		"chat.stopStream":                       f.aiMethod("chat.stopStream", f.streamMethod(true)),
	}
}

// aiMethod checks the token and that the fake has the AI methods, then
// runs serve, which fills in the call and returns Slack's answer (or an
// error code); the call is recorded when it succeeds.
func (f *fakeSlack) aiMethod(method string, serve func(c *apiCall) (map[string]any, string)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := r.ParseForm(); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		f.mu.Lock()
		ai := f.ai
		f.mu.Unlock()
		switch {
		case !ai:
			fmt.Fprint(w, `{"ok":false,"error":"unknown_method"}`)
			return
		case r.FormValue("token") != botToken && r.Header.Get("Authorization") != "Bearer "+botToken:
			fmt.Fprint(w, `{"ok":false,"error":"not_authed"}`)
			return
		}
		c := apiCall{Method: method, Form: r.PostForm, Channel: firstOf(r.FormValue("channel"), r.FormValue("channel_id")),
			TS: r.FormValue("ts"), ThreadTS: r.FormValue("thread_ts"), Blocks: r.FormValue("blocks"), Status: http.StatusOK}
		resp, code := serve(&c)
		if code != "" {
			fmt.Fprintf(w, `{"ok":false,"error":%q}`, code)
			return
		}
		f.record(c)
		resp["ok"] = true
		json.NewEncoder(w).Encode(resp)
	}
}

// threadMethod serves the assistant.threads methods: channel_id, thread_ts
// and the field (status, title, prompts) are required.
func (f *fakeSlack) threadMethod(field string) func(c *apiCall) (map[string]any, string) {
	return func(c *apiCall) (map[string]any, string) {
		if c.Channel == "" || c.ThreadTS == "" || (field != "status" && c.Form.Get(field) == "") {
			return nil, "invalid_arguments"
		}
		c.Text = c.Form.Get(field)
		if field == "prompts" {
			var prompts []struct{ Title, Message string }
			if json.Unmarshal([]byte(c.Text), &prompts) != nil || len(prompts) == 0 || len(prompts) > 4 {
				return nil, "invalid_arguments"
			}
		}
		return map[string]any{}, ""
	}
}

// startStream posts a streaming reply: in a thread, to the recipient when
// in a channel.
func (f *fakeSlack) startStream(c *apiCall) (map[string]any, string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	switch {
	case f.refuseStart != "":
		return nil, f.refuseStart
	case c.Channel == "" || c.ThreadTS == "":
		return nil, "invalid_arguments"
	case !strings.HasPrefix(c.Channel, "D") && (c.Form.Get("recipient_user_id") == "" || c.Form.Get("recipient_team_id") == ""):
		return nil, "invalid_arguments"
	case len([]rune(c.Form.Get("markdown_text"))) > 12000:
		return nil, "msg_too_long"
	}
	f.nextTS++
	c.TS = fmt.Sprintf("1700000500.%06d", f.nextTS)
	c.Text, c.User = c.Form.Get("markdown_text"), c.Form.Get("recipient_user_id")
	f.threadOf[c.TS] = c.ThreadTS
	f.streaming[c.TS] = true
	return map[string]any{"channel": c.Channel, "ts": c.TS}, ""
}

// streamMethod appends to (or stops) a reply still streaming.
func (f *fakeSlack) streamMethod(stop bool) func(c *apiCall) (map[string]any, string) {
	return func(c *apiCall) (map[string]any, string) {
		f.mu.Lock()
		defer f.mu.Unlock()
		text := c.Form.Get("markdown_text")
		switch {
		case c.Channel == "" || c.TS == "" || (!stop && text == ""):
			return nil, "invalid_arguments"
		case !f.streaming[c.TS]:
			return nil, "message_not_in_streaming_state"
		case len([]rune(text)) > 12000:
			return nil, "msg_too_long"
		}
		c.Text, c.ThreadTS = text, f.threadOf[c.TS]
		if stop {
			delete(f.streaming, c.TS)
			return map[string]any{"channel": c.Channel, "ts": c.TS, "message": map[string]any{"type": "message", "ts": c.TS, "thread_ts": c.ThreadTS}}, ""
		}
		return map[string]any{"channel": c.Channel, "ts": c.TS}, ""
	}
}

func firstOf(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// streamed is an answer streamed in a thread: the text of its calls, in
// order, and the stopStream call (Seq 0 while it streams).
type streamed struct {
	Calls []apiCall // startStream, appendStream..., stopStream
	Text  string
	Stop  apiCall
}

// streamedIn returns the streamed replies in a thread, in order.
func streamedIn(calls []apiCall, channel, thread string) []streamed {
	var out []streamed
	at := map[string]int{}
	for _, c := range calls {
		if c.Channel != channel || c.ThreadTS != thread || c.Status != http.StatusOK {
			continue
		}
		switch c.Method {
		case "chat.startStream":
			at[c.TS] = len(out)
			out = append(out, streamed{Calls: []apiCall{c}, Text: c.Text})
		case "chat.appendStream", "chat.stopStream":
			i, ok := at[c.TS]
			if !ok {
				continue
			}
			out[i].Calls = append(out[i].Calls, c)
			out[i].Text += c.Text
			if c.Method == "chat.stopStream" {
				out[i].Stop = c
			}
		}
	}
	return out
}

// assistantEnvelope is an assistant thread event: started or
// context_changed, in the DM dm, with the channel the person has open.
func assistantEnvelope(envelopeID, eventID, kind, dm, thread, viewing string) string {
	return eventEnvelope(envelopeID, eventID, 0, map[string]any{
		"type": kind, "event_ts": thread,
		"assistant_thread": map[string]any{"user_id": staff, "channel_id": dm, "thread_ts": thread,
			"context": map[string]any{"channel_id": viewing, "team_id": "T0BUREAU", "enterprise_id": ""}},
	}, false)
}

// feedbackClickEnvelope is a click on a feedback button: Slack sends the
// chosen button's value.
func feedbackClickEnvelope(envelopeID, channel, messageTS, thread, value, responseURL string) string {
	b, _ := json.Marshal(map[string]any{
		"envelope_id": envelopeID, "type": "interactive", "accepts_response_payload": false,
		"payload": map[string]any{
			"type": "block_actions", "team": map[string]any{"id": "T0BUREAU"}, "user": map[string]any{"id": staff},
			"channel":      map[string]any{"id": channel},
			"container":    map[string]any{"type": "message", "message_ts": messageTS, "thread_ts": thread, "channel_id": channel},
			"message":      map[string]any{"ts": messageTS, "thread_ts": thread, "text": "（回答）"},
			"response_url": responseURL, "trigger_id": "trigger-3", "api_app_id": "A0HEALTH",
			"actions": []map[string]any{{"action_id": "healthbot_feedback", "block_id": "healthbot_feedback", "type": "feedback_buttons",
				"value": value, "action_ts": "1700000600.000002"}},
		},
	})
	return string(b)
}

// feedbackValue is the value of a feedback button ("positive_button" or
// "negative_button") in blocks (JSON).
func feedbackValue(raw, button string) string {
	var blocks []map[string]any
	json.Unmarshal([]byte(raw), &blocks)
	for _, b := range blocks {
		if b["type"] != "context_actions" {
			continue
		}
		els, _ := b["elements"].([]any)
		for _, e := range els {
			el, _ := e.(map[string]any)
			if el["type"] == "feedback_buttons" {
				btn, _ := el[button].(map[string]any)
				v, _ := btn["value"].(string)
				return v
			}
		}
	}
	return ""
}
