package main

import (
	"context"
	"errors"

	"github.com/healthbot/healthbot/bot"
	"github.com/healthbot/healthbot/llm"
)

// llm returns the configured chat model, or nil when none is configured
// (offline: answers are extracted from the reports).
func (e *env) llm() (bot.LLM, error) {
	c := e.cfg.LLM
	if c.BaseURL == "" {
		return nil, nil
	}
	retries := c.MaxRetries
	if retries == 0 {
		retries = -1 // config 0 means no retries; the client reads 0 as its default
	}
	client, err := llm.New(llm.Config{
		BaseURL: c.BaseURL, Model: c.Model, APIKey: e.getenv(c.APIKeyEnv),
		Temperature: float32(c.Temperature), MaxTokens: c.MaxTokens,
		RequestTimeout: c.Timeout, MaxRetries: retries,
	})
	if err != nil {
		return nil, err // already "llm: ..."
	}
	return chatModel{client}, nil
}

// chatModel adapts the llm client to the assistant's LLM interface.
type chatModel struct{ c *llm.Client }

func (m chatModel) Complete(ctx context.Context, msgs []bot.Message, onDelta func(string)) (string, error) {
	out := make([]llm.Message, len(msgs))
	for i, msg := range msgs {
		out[i] = llm.Message{Role: msg.Role, Content: msg.Content}
	}
	text, err := m.c.Complete(ctx, out, onDelta)
	if errors.Is(err, llm.ErrTruncated) && text != "" {
		// The reply hit the length limit: still usable, and said so.
		return text + "\n（回答因长度限制未写完，请缩小问题范围。）", nil
	}
	return text, err
}
