package main

import "github.com/healthbot/healthbot/bot"

// llm returns the configured chat model, or nil when none is configured
// (offline: answers are extracted from the reports).
func (e *env) llm() (bot.LLM, error) {
	if e.cfg.LLM.BaseURL == "" {
		return nil, nil
	}
	return nil, nil
}
