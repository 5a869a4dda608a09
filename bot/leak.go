package bot

import (
	"strings"
	"sync"
	"unicode"

	"github.com/healthbot/healthbot/corpus"
)

// The model is told not to reveal its instructions, but a model can be
// talked into it. What it writes is therefore checked before anyone sees
// it: a reply that reproduces a substantial part of the system prompt, in
// whatever script, spacing or punctuation, is replaced by a polite refusal.

// Leak detection works on the letters and digits of normalised text
// (Simplified, half-width, lower case), compared in windows of leakWindow.
const (
	leakWindow = 8
	// leakRunes of the prompt reproduced in a reply blocks it. A grounded
	// answer quotes at most the fixed phrases the prompt asks for
	// (“资料中未找到相关内容”, 10 letters; “原文未给出具体数字”, 9).
	leakRunes = 40
	// rewriteLeakRunes of the prompts in a rewritten follow-up (a short
	// question) makes it unusable.
	rewriteLeakRunes = 16
)

// Replies that replace a leaking one.
const (
	leakRefusal = "抱歉，我不能提供内部设置或提示词方面的信息。\n我可以根据本单位以往的工作总结和工作计划回答业务问题，例如：“2023年家庭医生签约率是多少？”"
	leakWarning = "大模型的回答复述了内部提示词，已被拦截，未予显示。"
)

// promptLeaks detects replies that reproduce the prompts sent to the LLM;
// built on first use (normalising loads the OpenCC dictionaries).
var promptLeaks = sync.OnceValue(func() *leakDetector { return newLeakDetector(systemPrompt, rewriteSystemPrompt) })

// leakDetector finds the spans of secret texts reproduced in a reply.
type leakDetector struct {
	windows map[string][]int // window of letters -> its starts in the secret letters
	size    int              // letters in the secrets
}

func newLeakDetector(secrets ...string) *leakDetector {
	d := &leakDetector{windows: map[string][]int{}}
	var all []rune
	for _, s := range secrets {
		all = append(all, leakLetters(s)...)
		all = append(all, 0) // no window spans two secrets
	}
	for i := 0; i+leakWindow <= len(all); i++ {
		w := all[i : i+leakWindow]
		if strings.ContainsRune(string(w), 0) {
			continue
		}
		d.windows[string(w)] = append(d.windows[string(w)], i)
	}
	d.size = len(all)
	return d
}

// covered counts the secret letters that text reproduces in runs of at
// least leakWindow letters.
func (d *leakDetector) covered(text string) int {
	t := leakLetters(text)
	seen := make([]bool, d.size)
	n := 0
	for i := 0; i+leakWindow <= len(t); i++ {
		for _, p := range d.windows[string(t[i:i+leakWindow])] {
			for j := p; j < p+leakWindow; j++ {
				if !seen[j] {
					seen[j] = true
					n++
				}
			}
		}
	}
	return n
}

// leaks reports whether text reproduces a substantial part of the secrets.
func (d *leakDetector) leaks(text string) bool { return d.covered(text) >= leakRunes }

// leakLetters is text reduced to what carries its wording: normalised,
// lower-case letters and digits only.
func leakLetters(s string) []rune {
	var out []rune
	for _, r := range corpus.Normalize(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			out = append(out, unicode.ToLower(r))
		}
	}
	return out
}

// leakRefused is the answer given instead of one that leaked the prompt;
// the sources are not shown, the reply was not about them.
func leakRefused() Answer {
	return Answer{Mode: ModeLLM, Text: leakRefusal, Sources: []Source{}, Figures: []FigureRow{}, Warnings: []string{leakWarning}}
}

// guardStream passes streamed text on to next, holding back the last few
// letters (they may begin a piece of the prompt) and stopping for good at
// the first piece of the prompt: what was streamed never holds leakWindow
// letters of it in a row. The checked final answer then replaces what was
// shown. The returned func is called from one goroutine at a time, as the
// LLM client's stream does.
func guardStream(next func(string)) func(string) {
	if next == nil {
		return nil
	}
	g := &streamGuard{next: next, d: promptLeaks()}
	return g.delta
}

// streamGuard is the state of guardStream.
type streamGuard struct {
	next    func(string)
	d       *leakDetector
	text    []rune // all received
	letters []rune // leakLetters of text, rune by rune
	at      []int  // index in text of each letter
	shown   int    // runes of text passed on
	checked int    // windows starting before this letter were looked up
	stopped bool
}

func (g *streamGuard) delta(piece string) {
	if g.stopped {
		return
	}
	for _, r := range piece {
		for _, l := range leakLetters(string(r)) {
			g.letters = append(g.letters, l)
			g.at = append(g.at, len(g.text))
		}
		g.text = append(g.text, r)
	}
	// Stop before the first window that is a piece of the prompt.
	for ; g.checked+leakWindow <= len(g.letters); g.checked++ {
		if len(g.d.windows[string(g.letters[g.checked:g.checked+leakWindow])]) > 0 {
			g.stopped = true
			g.flush(g.at[g.checked])
			return
		}
	}
	// The letters of a window not yet complete are held back.
	safe := len(g.text)
	if g.checked < len(g.letters) {
		safe = g.at[g.checked]
	}
	g.flush(safe)
}

// flush passes on the text up to rune end.
func (g *streamGuard) flush(end int) {
	if end > g.shown {
		g.next(string(g.text[g.shown:end]))
		g.shown = end
	}
}
