// Package webchat is the assistant in a browser: one page embedded in the
// binary (no CDN, no external fonts or scripts) and a small JSON API behind
// it, served by healthbot web and, when web.addr is set, by healthbot serve
// beside the other chats.
//
// POST /api/ask streams an answer as server-sent events over the POST's
// response (delta events while the LLM writes, then the whole answer with
// its figures, trend chart data, warnings and sources); POST /api/feedback
// records 👍/👎 in the feedback log the other chats share; GET /api/session
// says who is signed in; POST /api/login exchanges the access token for a
// cookie. Like the other adapters it checks who may ask (chatkit.Access),
// limits each person's rate, runs answers in a bounded pool, keeps each
// browser conversation for follow-ups and records answered questions in the
// audit log. Sign-in is optional: a shared access token, a header naming
// the user set by the intranet's reverse proxy (trusted only when
// configured), or both.
//
// Everything taken from documents reaches the page as JSON and is put into
// the page as text (never as HTML); a Content-Security-Policy forbids any
// load from elsewhere and any inline script.
package webchat
