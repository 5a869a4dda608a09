// Package llm sends a conversation to any OpenAI-compatible chat API (vLLM,
// Ollama /v1, DashScope compatible mode, DeepSeek, OpenAI) and streams the
// reply.
//
// Complete retries transient failures (429, 5xx, timeouts, stalled streams,
// connection errors, streams cut before any content) with exponential
// backoff and full jitter, but only while nothing has been shown to the
// user: once a piece of the reply went to onDelta, a failure returns the
// partial text with ErrStreamCut rather than starting a second, different
// reply. Every error is an *Error testable with errors.Is against
// ErrUnavailable (fall back to an extractive answer), ErrAuth,
// ErrBadRequest, ErrStreamCut and ErrTruncated. Errors never contain the
// API key.
//
// The HTTP layer (URL checks, transport, classification of failures, the
// retryable statuses, Retry-After, backoff, redaction) is
// internal/openaihttp, shared with the embedder; apart from it, the package
// imports no other package of this module.
package llm

import (
	"errors"
	"fmt"
	"math"
	"net/http"
	"net/url"
	"strings"
	"time"

	openai "github.com/sashabaranov/go-openai"

	"github.com/healthbot/healthbot/internal/openaihttp"
)

// Config configures a Client.
type Config struct {
	// BaseURL of the API up to but excluding "/chat/completions", e.g.
	// https://api.deepseek.com/v1 or http://localhost:11434/v1. Required.
	BaseURL string
	// Model name sent in every request. Required.
	Model string
	// APIKey is the key itself (the caller reads it from the environment).
	// It may be empty for local servers; then no Authorization header is
	// sent. It never appears in errors.
	APIKey string
	// Temperature is sent as is when zero or positive (at most 2); a
	// negative value omits it so the provider's default applies. Zero is
	// sent as 1e-45 because go-openai drops a zero temperature from the
	// request. It is never sent to OpenAI reasoning models (o1, o3, o4,
	// gpt-5, gpt-6), which refuse it.
	Temperature float32
	// MaxTokens caps the length of the reply; 0 leaves the provider's
	// default. Sent as max_completion_tokens to OpenAI (api.openai.com)
	// and to OpenAI reasoning models, as max_tokens to other providers.
	MaxTokens int
	// RequestTimeout bounds one attempt, including the whole stream of its
	// reply. Default 60s. A reply still streaming when it expires is cut
	// (ErrStreamCut), so allow for the longest answer.
	RequestTimeout time.Duration
	// FirstTokenTimeout abandons an attempt when the API sends nothing for
	// this long: no response, or no stream event (keep-alive comments do
	// not count). Before any content was delivered the attempt is retried;
	// after, the reply is cut (ErrStreamCut). It applies to every gap in
	// the stream, not only the first. Default 20s.
	FirstTokenTimeout time.Duration
	// MaxRetries is the number of retries after the first attempt on 429,
	// 5xx, timeouts, stalls, connection errors and streams cut before any
	// content. 0 means the default 3; negative means none. Malformed
	// responses are retried at most once within this budget.
	MaxRetries int
	// HTTPClient is optional. It is copied, not modified, and its Transport
	// is wrapped. Its Timeout must be zero: it would cut streamed replies;
	// use RequestTimeout and the context instead.
	HTTPClient *http.Client
}

// Message is one turn of the conversation.
type Message struct {
	// Role is "system", "user" or "assistant".
	Role string
	// Content is the text of the turn.
	Content string
}

const (
	defaultRequestTimeout    = 60 * time.Second
	defaultFirstTokenTimeout = 20 * time.Second
	defaultMaxRetries        = 3
	defaultBackoffInitial    = 500 * time.Millisecond
	defaultBackoffMax        = 30 * time.Second
	defaultRetryAfterCap     = 30 * time.Second
	defaultMaxMalformed      = 1 // retries of malformed responses
)

// Client sends chat completions. It is safe for concurrent use.
type Client struct {
	http              *openaihttp.Client
	model             string
	temperature       float32
	sendTemperature   bool
	maxTokens         int
	completionTokens  bool // send max_completion_tokens rather than max_tokens
	reasoningModel    bool // send no temperature
	requestTimeout    time.Duration
	firstTokenTimeout time.Duration
	policy            openaihttp.Policy // unexported so that tests can change it
}

// New validates cfg and returns a client. It makes no request.
func New(cfg Config) (*Client, error) {
	if strings.TrimSpace(cfg.Model) == "" {
		return nil, errors.New("llm: model is required (llm.model)")
	}
	t := float64(cfg.Temperature)
	if math.IsNaN(t) || t > 2 {
		return nil, fmt.Errorf("llm: temperature %v is out of range (0 to 2, or negative for the provider default)", cfg.Temperature)
	}
	if cfg.MaxTokens < 0 || cfg.RequestTimeout < 0 || cfg.FirstTokenTimeout < 0 {
		return nil, errors.New("llm: max tokens and timeouts must not be negative")
	}
	api, err := openaihttp.New(openaihttp.Config{
		Name:       "LLM API",
		Section:    "llm",
		BaseURL:    cfg.BaseURL,
		Endpoint:   "/chat/completions",
		Model:      cfg.Model,
		APIKey:     cfg.APIKey,
		HTTPClient: cfg.HTTPClient,
		Wrap:       func(rt http.RoundTripper) http.RoundTripper { return &streamTransport{base: rt} },
	})
	if err != nil {
		return nil, fmt.Errorf("llm: %w", err)
	}

	c := &Client{
		http:              api,
		model:             cfg.Model,
		temperature:       cfg.Temperature,
		sendTemperature:   cfg.Temperature >= 0,
		maxTokens:         cfg.MaxTokens,
		completionTokens:  isOpenAIReasoningModel(cfg.Model) || isOpenAI(cfg.BaseURL),
		reasoningModel:    isOpenAIReasoningModel(cfg.Model),
		requestTimeout:    cfg.RequestTimeout,
		firstTokenTimeout: cfg.FirstTokenTimeout,
		policy: openaihttp.Policy{
			MaxTries:      cfg.MaxRetries + 1,
			MaxMalformed:  defaultMaxMalformed,
			Initial:       defaultBackoffInitial,
			Max:           defaultBackoffMax,
			RetryAfterCap: defaultRetryAfterCap,
		},
	}
	if c.requestTimeout == 0 {
		c.requestTimeout = defaultRequestTimeout
	}
	if c.firstTokenTimeout == 0 {
		c.firstTokenTimeout = defaultFirstTokenTimeout
	}
	switch {
	case cfg.MaxRetries == 0:
		c.policy.MaxTries = defaultMaxRetries + 1
	case cfg.MaxRetries < 0:
		c.policy.MaxTries = 1
	}
	return c, nil
}

// Model returns the configured model name.
func (c *Client) Model() string { return c.model }

// isOpenAI reports whether base is OpenAI's own API, which takes
// max_completion_tokens for every model. Other providers (DeepSeek,
// DashScope, Ollama, vLLM) read max_tokens.
func isOpenAI(base string) bool {
	u, err := url.Parse(strings.TrimSpace(base))
	return err == nil && strings.EqualFold(u.Hostname(), "api.openai.com")
}

// isOpenAIReasoningModel reports the models go-openai validates as
// reasoning models: they take max_completion_tokens and no temperature.
func isOpenAIReasoningModel(model string) bool {
	for _, p := range []string{"o1", "o3", "o4", "gpt-5", "gpt-6"} {
		if strings.HasPrefix(model, p) {
			return true
		}
	}
	return false
}

// request builds the chat completion request for msgs.
func (c *Client) request(msgs []Message) (openai.ChatCompletionRequest, error) {
	if len(msgs) == 0 {
		return openai.ChatCompletionRequest{}, &Error{Kind: ErrBadRequest, msg: "no messages to send"}
	}
	req := openai.ChatCompletionRequest{
		Model:    c.model,
		Messages: make([]openai.ChatCompletionMessage, len(msgs)),
		Stream:   true,
	}
	for i, m := range msgs {
		switch m.Role {
		case openai.ChatMessageRoleSystem, openai.ChatMessageRoleUser, openai.ChatMessageRoleAssistant:
		default:
			return openai.ChatCompletionRequest{}, &Error{Kind: ErrBadRequest,
				msg: fmt.Sprintf("message %d has role %q; want system, user or assistant", i, m.Role)}
		}
		req.Messages[i] = openai.ChatCompletionMessage{Role: m.Role, Content: m.Content}
	}
	if c.completionTokens {
		req.MaxCompletionTokens = c.maxTokens
	} else {
		// The other providers know only max_tokens, which OpenAI deprecated.
		//lint:ignore SA1019 DeepSeek, DashScope, Ollama and vLLM read max_tokens
		req.MaxTokens = c.maxTokens
	}
	if c.sendTemperature && !c.reasoningModel {
		req.Temperature = c.temperature
		if req.Temperature == 0 {
			// go-openai omits a zero float; this is as greedy as 0.
			req.Temperature = math.SmallestNonzeroFloat32
		}
	}
	return req, nil
}
