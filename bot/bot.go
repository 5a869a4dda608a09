package bot

import (
	"context"
	"log/slog"
	"time"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/internal/redact"
	"github.com/healthbot/healthbot/understand"
)

// Searcher finds passages and figures; *retrieval.Index implements it.
type Searcher interface {
	Search(ctx context.Context, q corpus.Query) (corpus.SearchResult, error)
	SearchFigures(ctx context.Context, text string, f corpus.Filters, n int) ([]corpus.FigureHit, error)
}

// Message is one turn of a conversation with the LLM.
type Message struct {
	Role    string // "system", "user" or "assistant"
	Content string
}

// LLM generates text, streaming pieces to onDelta (which may be nil).
type LLM interface {
	Complete(ctx context.Context, msgs []Message, onDelta func(string)) (string, error)
}

// Options tune the assistant.
type Options struct {
	// Now is the date relative years (今年, 去年) are read against; time.Now when nil.
	Now func() time.Time
	// Sources is how many passages an answer draws on (default 6).
	Sources int
	// LLMTimeout bounds one generation including retries (default 90s);
	// past it the answer falls back to extraction.
	LLMTimeout time.Duration
	// OnAnswer, when set, is told of every request answered without an
	// error, with the time it took (metrics).
	OnAnswer func(a Answer, took time.Duration)
}

// Bot answers staff's requests.
type Bot struct {
	search Searcher
	llm    LLM // nil: offline, extractive answers only
	log    *slog.Logger
	opts   Options
}

// New returns an assistant. llm may be nil for offline use.
func New(search Searcher, llm LLM, log *slog.Logger, opts Options) *Bot {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.Sources <= 0 {
		opts.Sources = 6
	}
	if opts.LLMTimeout <= 0 {
		opts.LLMTimeout = 90 * time.Second
	}
	return &Bot{search: search, llm: llm, log: log, opts: opts}
}

// Request is one thing staff ask.
type Request struct {
	Text   string
	Intent Intent // IntentAuto reads it from the text
	// OnDelta receives generated text as it streams (LLM answers only).
	OnDelta func(string)
	// HadSecret says the adapter already hid a key or token in Text
	// (HideSecrets): the answer warns about it.
	HadSecret bool
	// Access is what the asker may read where they ask (package access
	// decides it). The zero value reads only files in no access folder.
	Access corpus.Readable
}

// Handle answers a request within a conversation (which may be nil), and
// records the turn in it.
func (b *Bot) Handle(ctx context.Context, conv *Conversation, req Request) (Answer, error) {
	if b.opts.OnAnswer == nil {
		return b.handle(ctx, conv, req)
	}
	start := time.Now()
	ans, err := b.handle(ctx, conv, req)
	if err == nil {
		b.opts.OnAnswer(ans, time.Since(start))
	}
	return ans, err
}

func (b *Bot) handle(ctx context.Context, conv *Conversation, req Request) (Answer, error) {
	b = b.scoped(req.Access)
	text, hadSecret := hideSecrets(CleanRequest(req.Text))
	text = understand.ExpandShortYears(text, b.opts.Now())
	text = understand.WriteAges(text)  // "八十岁往上": 80岁以上
	text = understand.NameWholes(text) // "医院卫生院这些加起来": 医疗卫生机构
	hadSecret = hadSecret || req.HadSecret
	if hadSecret {
		b.log.Info("request carried a key or token; hidden before it was read")
	}
	if problem := checkRequest(text); problem != "" {
		return secretWarned(Answer{Question: text, Intent: IntentHelp, Mode: ModeExtractive, Text: problem}, hadSecret), nil
	}
	if refusal := offLimits(text); refusal != "" {
		b.log.Info("request declined: about the assistant's instructions or other conversations")
		return secretWarned(Answer{Question: text, Intent: IntentHelp, Mode: ModeExtractive, Text: refusal, Sources: []Source{}, Figures: []FigureRow{}}, hadSecret), nil
	}
	resolved, filters := b.resolve(ctx, conv, text)
	if expanded := b.expandShortPlaces(ctx, resolved); expanded != resolved {
		resolved = expanded
		if filters.Place == "" {
			filters.Place = understand.Place(resolved)
		}
	}
	intent := req.Intent
	if intent == IntentAuto {
		intent = understand.DetectIntent(resolved)
	}
	var ans Answer
	var err error
	parts := splitCompound(resolved)
	if len(parts) < 2 && intent == IntentFigure {
		parts = splitEachOf(resolved)
	}
	if len(parts) < 2 && intent == IntentFigure {
		parts = understand.SharedMeasure(resolved) // "孕产妇和婴儿死亡率是多少"
	}
	compared := false
	if len(parts) < 2 && intent == IntentFigure {
		parts = understand.ComparedMeasures(resolved) // "主动公开的文件比发的公告多几条": both, each cited
		compared = len(parts) == 2
	}
	if compared && req.Intent == IntentAuto {
		ans, err = b.answerCompared(ctx, parts, filters, req)
	} else if len(parts) > 1 && req.Intent == IntentAuto && (intent == IntentFigure || intent == IntentQuestion) {
		ans, err = b.answerCompound(ctx, parts, filters, req)
	} else {
		ans, err = b.dispatch(ctx, resolved, filters, intent, req)
	}
	if err != nil {
		return Answer{}, err
	}
	if ans.Intent == "" {
		ans.Intent = intent
	}
	ans.Question = resolved
	ans.Text = redact.Replace(ans.Text, redact.MarkZH)
	ans.Warnings = append(ans.Warnings, suspectSourceWarning(ans)...)
	ans = secretWarned(ans, hadSecret)
	conv.add(Turn{Question: text, Resolved: resolved, Filters: filters, Answer: ans})
	return ans, nil
}

// dispatch answers one question of a known intent.
func (b *Bot) dispatch(ctx context.Context, resolved string, filters corpus.Filters, intent Intent, req Request) (Answer, error) {
	var ans Answer
	var handled bool
	var err error
	if intent == IntentQuestion || intent == IntentFigure {
		ans, handled, err = b.lookupField(ctx, resolved, filters)
	}
	if !handled && err == nil && intent == IntentQuestion {
		ans, handled, err = b.lookupDefinition(ctx, resolved, filters)
	}
	var places []string
	if intent == IntentFigure {
		places = understand.Places(resolved)
	}
	switch {
	case err != nil || handled:
	case intent == IntentHelp:
		ans = helpAnswer()
	case intent == IntentFigure && len(places) > 1:
		ans, err = b.lookupFigureByPlace(ctx, resolved, filters, places)
	case intent == IntentFigure:
		ans, err = b.lookupFigure(ctx, resolved, filters)
	case intent == IntentTrend:
		ans, err = b.trend(ctx, resolved, filters)
	case intent == IntentDraft:
		ans, err = b.draft(ctx, resolved, filters, req.OnDelta)
	default:
		ans, err = b.answer(ctx, resolved, filters, req.OnDelta)
	}
	return ans, err
}
