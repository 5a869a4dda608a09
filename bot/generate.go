package bot

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// promptKind chooses the user prompt.
type promptKind int

const (
	promptAnswer promptKind = iota
	promptDraft
)

// generate asks the LLM to answer (or draft) from the sources, streams the
// text, and checks it: citations must name given sources, numbers must
// appear in the cited sources.
func (b *Bot) generate(ctx context.Context, question string, sources []Source, kind promptKind, onDelta func(string)) (Answer, error) {
	data := struct {
		Sources  []promptSource
		Question string
		Year     int
	}{promptSources(sources), question, draftYear(question, b.opts.Now().Year())}
	user := render(answerTemplate, data)
	if kind == promptDraft {
		user = render(draftTemplate, data)
	}
	ctx, cancel := context.WithTimeout(ctx, b.opts.LLMTimeout)
	defer cancel()
	text, err := b.llm.Complete(ctx, []Message{{Role: "system", Content: systemPrompt}, {Role: "user", Content: user}}, guardStream(onDelta))
	if err != nil {
		return Answer{}, err
	}
	text = strings.TrimSpace(text)
	if text == "" {
		return Answer{}, errors.New("llm: empty reply")
	}
	if promptLeaks().leaks(text) {
		b.log.Warn("llm reply reproduced the system prompt: blocked", "covered_runes", promptLeaks().covered(text))
		return leakRefused(), nil
	}
	checked, warnings := verify(text, sources, question)
	if w := suspectNumberWarning(text, sources, question); w != "" {
		warnings = append(warnings, w)
	}
	return Answer{Mode: ModeLLM, Text: checked, Sources: sources, Figures: []FigureRow{}, Warnings: warnings}, nil
}

// llmFailureNote tells staff, in plain words, why the answer is extracted.
func llmFailureNote(err error) string {
	if errors.Is(err, context.DeadlineExceeded) {
		return "大模型服务响应超时，以下为资料原文摘录。"
	}
	return "大模型服务暂时不可用，以下为资料原文摘录。"
}

// maxRewriteTime bounds rewriting a follow-up: it delays every answer in
// a thread, so it gets less than a whole answer's time.
const maxRewriteTime = 30 * time.Second

// rewriteFollowUp asks the LLM to turn a follow-up into a whole question.
func (b *Bot) rewriteFollowUp(ctx context.Context, conv *Conversation, text string) (string, error) {
	type qa struct{ Q, A string }
	var turns []qa
	for _, t := range conv.Turns[max(0, len(conv.Turns)-3):] {
		a := t.Answer.Text
		if utf8.RuneCountInString(a) > 200 {
			a = string([]rune(a)[:200]) + "…"
		}
		turns = append(turns, qa{t.Resolved, a})
	}
	prompt := render(rewriteTemplate, struct {
		Turns    []qa
		Question string
	}{turns, text})
	ctx, cancel := context.WithTimeout(ctx, min(b.opts.LLMTimeout, maxRewriteTime))
	defer cancel()
	out, err := b.llm.Complete(ctx, []Message{{Role: "system", Content: rewriteSystemPrompt}, {Role: "user", Content: prompt}}, nil)
	if err != nil {
		return "", fmt.Errorf("rewrite follow-up: %w", err)
	}
	out = strings.TrimSpace(strings.Trim(strings.TrimSpace(out), "“”\""))
	if out == "" || utf8.RuneCountInString(out) > 200 || strings.Contains(out, "\n") {
		return "", fmt.Errorf("rewrite follow-up: unusable reply %q", out)
	}
	if promptLeaks().covered(out) >= rewriteLeakRunes {
		return "", errors.New("rewrite follow-up: the reply reproduced the prompt")
	}
	return out, nil
}

func itoa(n int) string { return strconv.Itoa(n) }
