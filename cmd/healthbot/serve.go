package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/socketmode"

	"github.com/healthbot/healthbot/bot"
	"github.com/healthbot/healthbot/config"
	"github.com/healthbot/healthbot/retrieval"
	"github.com/healthbot/healthbot/slackbot"
)

// reloadInterval is how often serve looks for an index published by an
// ingest that ran while it was serving.
const reloadInterval = 5 * time.Second

var _ bot.Searcher = (*retrieval.ReloadingSearcher)(nil)

// serveCmd is the Slack app over Socket Mode.
type serveCmd struct {
	Now string `help:"Date that relative years (今年, 去年) are read against, YYYY-MM-DD (default HEALTHBOT_NOW or today)." placeholder:"DATE"`
}

func (cmd *serveCmd) run(ctx context.Context, e *env) error {
	c := e.cfg.Slack
	botToken, err := slackToken(e.getenv, c.BotTokenEnv, "xoxb-", "bot token (Bot User OAuth Token, OAuth & Permissions page)", "slack.bot_token_env")
	if err != nil {
		return err
	}
	appToken, err := slackToken(e.getenv, c.AppTokenEnv, "xapp-", "app-level token with the connections:write scope (Basic Information page)", "slack.app_token_env")
	if err != nil {
		return err
	}
	log := e.log
	if !log.Enabled(ctx, slog.LevelDebug) {
		// A service says what it does; -v adds the details.
		log = e.newLogger(slog.LevelInfo)
	}
	adm, err := e.startAdmin(log) // nil when admin.addr is not set
	if err != nil {
		return err
	}
	if adm != nil {
		defer adm.stop()
	}
	apiURL := c.APIURL
	if !strings.HasSuffix(apiURL, "/") {
		apiURL += "/"
	}
	api := slack.New(botToken, slack.OptionAPIURL(apiURL), slack.OptionAppLevelToken(appToken))
	// Fail fast, before the index is loaded, if the bot token is refused.
	if _, err := api.AuthTestContext(ctx); err != nil {
		return fmt.Errorf("slack auth.test with the token in %s failed: %w (check that the app is installed to the workspace and the token is current; slack.api_url is %s)", c.BotTokenEnv, err, config.RedactURL(apiURL))
	}
	// The bot's index is replaced, without dropping a question, when
	// an ingest publishes a new one while serve runs.
	b, done, err := e.newServeBot(ctx, cmd.Now, log, adm)
	if err != nil {
		return err
	}
	defer done()
	audit, err := e.auditLog() // nil when audit.file is off
	if err != nil {
		return err
	}
	s := slackbot.NewSlack(b, api, socketmode.New(api), slackbot.SlackOptions{
		AllowedChannels:     splitIDs(c.AllowedChannels),
		AllowedUsers:        splitIDs(c.AllowedUsers),
		AllowSharedChannels: splitIDs(c.AllowSharedChannels),
		Workers:             c.Workers,
		Queue:               c.Queue,
		UserRatePerMinute:   c.UserRatePerMinute,
		AnswerDeadline:      c.AnswerDeadline,
		ShutdownTimeout:     c.ShutdownTimeout,
		DataDir:             c.DataDir,
		Audit:               audit,
	}, log)
	err = s.Run(ctx)
	var ae *slackbot.SlackAuthError
	if errors.As(err, &ae) {
		name := c.BotTokenEnv
		if ae.Token == "app" {
			name = c.AppTokenEnv
		}
		return fmt.Errorf("slack refused the token in %s: %v (check that it belongs to this app and has not been revoked)", name, ae.Err)
	}
	return err
}

// newServeBot is newBot for serve: the bot searches through a
// retrieval.ReloadingSearcher, so an index that an ingest publishes while
// serve runs is used from then on. done stops watching and closes the index.
//
// With the admin endpoints (adm not nil), answers and the chat model's
// failures are counted and /readyz follows the searcher.
func (e *env) newServeBot(ctx context.Context, nowFlag string, log *slog.Logger, adm *adminEndpoints) (b *bot.Bot, done func(), err error) {
	now, err := e.now(nowFlag)
	if err != nil {
		return nil, nil, err
	}
	dir := e.cfg.Index.Dir
	if _, err := retrieval.LiveGeneration(dir); errors.Is(err, retrieval.ErrNoIndex) {
		// None yet: openIndex builds it first, as for every command.
		ix, err := e.openIndex(ctx)
		if err != nil {
			return nil, nil, err
		}
		ix.Close()
	}
	emb, err := e.embedder()
	if err != nil {
		return nil, nil, err
	}
	key, err := e.indexKey()
	if err != nil {
		return nil, nil, err
	}
	search, err := retrieval.NewReloadingSearcher(dir, emb, retrieval.ReloadOptions{
		Open:     retrieval.OpenOptions{Key: key, Weights: e.weights()},
		Interval: reloadInterval,
		Logger:   log,
	})
	if err != nil {
		return nil, nil, err
	}
	model, err := e.llm()
	if err != nil {
		search.Close()
		return nil, nil, err
	}
	// The same options as newBot's.
	opts := bot.Options{
		Now:        func() time.Time { return now },
		Sources:    e.cfg.Retrieval.K,
		LLMTimeout: e.cfg.LLM.Deadline,
	}
	if adm != nil {
		opts.OnAnswer = adm.onAnswer
		if model != nil {
			model = countingLLM{next: model, onError: adm.metrics.LLMError}
		}
		adm.search.Store(search)
	}
	b = bot.New(search, model, e.log, opts)
	return b, func() { search.Close() }, nil
}

// slackToken reads a token from the variable named in config and checks
// its kind by prefix. Errors name the variable, never the token.
func slackToken(getenv func(string) string, name, prefix, what, key string) (string, error) {
	tok := strings.TrimSpace(getenv(name))
	if tok == "" {
		return "", fmt.Errorf("the Slack %s is missing: set %s (the variable's name is config key %s); see README, section Slack", what, name, key)
	}
	if !strings.HasPrefix(tok, prefix) {
		hint := ""
		switch {
		case strings.HasPrefix(tok, "xapp-"):
			hint = " (it holds an app-level token, which belongs in the app token variable)"
		case strings.HasPrefix(tok, "xoxb-"):
			hint = " (it holds a bot token, which belongs in the bot token variable)"
		case strings.HasPrefix(tok, "xoxp-"):
			hint = " (it holds a user token; the bot needs its own tokens)"
		}
		return "", fmt.Errorf("%s does not hold a Slack %s: it should start with %s%s", name, what, prefix, hint)
	}
	return tok, nil
}

// splitIDs reads a comma-separated list of Slack ids.
func splitIDs(s string) []string {
	var out []string
	for _, id := range strings.Split(s, ",") {
		if id = strings.TrimSpace(id); id != "" {
			out = append(out, id)
		}
	}
	return out
}
