// Package redact finds and hides secrets in text: the one redactor used by
// the logs, the audit log, the feedback log and the replies.
//
// Two kinds of secret are hidden. Patterns (patterns.go) recognise the
// common credential formats wherever they appear: Slack tokens, OpenAI-style
// and DashScope sk- keys, Zhipu id.secret keys, Baidu bce-v3 keys, bearer
// tokens and long high-entropy strings. Known secrets (known.go), the values
// the program was configured with, are hidden also in the forms a service
// may quote them back in: upper- or lower-cased, URL-encoded and base64.
package redact
