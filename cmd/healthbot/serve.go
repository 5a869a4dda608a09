package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"strings"
	"time"

	"github.com/healthbot/healthbot/internal/chatkit"
	"github.com/healthbot/healthbot/internal/sharedstate"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/socketmode"

	dtclient "github.com/open-dingtalk/dingtalk-stream-sdk-go/client"

	"github.com/healthbot/healthbot/bot"
	"github.com/healthbot/healthbot/config"
	"github.com/healthbot/healthbot/dingtalkbot"
	"github.com/healthbot/healthbot/feishubot"
	"github.com/healthbot/healthbot/retrieval"
	"github.com/healthbot/healthbot/slackbot"
)

// reloadInterval is how often serve looks for an index published by an
// ingest that ran while it was serving.
const reloadInterval = 5 * time.Second

var _ bot.Searcher = (*retrieval.ReloadingSearcher)(nil)

// serveCmd runs every configured chat at once: Slack over Socket Mode,
// DingTalk over Stream mode, Feishu over the long connection, the web chat
// on web.addr. A chat is configured when one of its credential variables is
// set (the web chat: when web.addr is).
type serveCmd struct {
	Now string `help:"Date that relative years (今年, 去年) are read against, YYYY-MM-DD (default HEALTHBOT_NOW or today)." placeholder:"DATE"`
}

// channel is one configured chat: start makes its adapter over the bot and
// returns what runs it until ctx ends.
type channel struct {
	name  string
	start func(b *bot.Bot, audit *bot.AuditLog, log *slog.Logger) func(ctx context.Context) error
}

func (cmd *serveCmd) run(ctx context.Context, e *env) error {
	log := e.log
	if !log.Enabled(ctx, slog.LevelDebug) {
		// A service says what it does; -v adds the details.
		log = e.newLogger(slog.LevelInfo)
	}
	var chans []channel
	c := e.cfg
	slackSet := strings.TrimSpace(e.getenv(c.Slack.BotTokenEnv)) != "" || strings.TrimSpace(e.getenv(c.Slack.AppTokenEnv)) != ""
	dingSet := strings.TrimSpace(e.getenv(c.DingTalk.ClientIDEnv)) != "" || strings.TrimSpace(e.getenv(c.DingTalk.ClientSecretEnv)) != ""
	feishuSet := strings.TrimSpace(e.getenv(c.Feishu.AppIDEnv)) != "" || strings.TrimSpace(e.getenv(c.Feishu.AppSecretEnv)) != ""
	webSet := c.Web.Addr != ""
	if !slackSet && !dingSet && !feishuSet && !webSet {
		return fmt.Errorf("no chat is configured: the credentials are missing; set %s and %s for Slack (see README, section Slack), %s and %s for DingTalk (section DingTalk), or %s and %s for Feishu (section Feishu); the variables' names are config keys slack.bot_token_env, slack.app_token_env, dingtalk.client_id_env, dingtalk.client_secret_env, feishu.app_id_env and feishu.app_secret_env; or set web.addr (HEALTHBOT_WEB_ADDR) for the web chat (section Web chat)",
			c.Slack.BotTokenEnv, c.Slack.AppTokenEnv, c.DingTalk.ClientIDEnv, c.DingTalk.ClientSecretEnv, c.Feishu.AppIDEnv, c.Feishu.AppSecretEnv)
	}
	if slackSet {
		ch, err := e.slackChannel(ctx)
		if err != nil {
			return err
		}
		chans = append(chans, ch)
	}
	if dingSet {
		ch, err := e.dingtalkChannel()
		if err != nil {
			return err
		}
		chans = append(chans, ch)
	}
	if feishuSet {
		ch, err := e.feishuChannel()
		if err != nil {
			return err
		}
		chans = append(chans, ch)
	}
	if webSet {
		ch, err := e.webChannel(c.Web.Addr)
		if err != nil {
			return err
		}
		chans = append(chans, ch)
	}
	return e.runChannels(ctx, cmd.Now, log, chans)
}

// runChannels loads the index (reloading it when an ingest publishes a new
// one), starts the admin endpoints when configured and runs every channel
// until ctx ends; the first to fail stops the others.
func (e *env) runChannels(ctx context.Context, nowFlag string, log *slog.Logger, chans []channel) error {
	adm, err := e.startAdmin(log) // nil when admin.addr is not set
	if err != nil {
		return err
	}
	if adm != nil {
		defer adm.stop()
	}
	// The bot's index is replaced, without dropping a question, when
	// an ingest publishes a new one while serve runs.
	b, done, err := e.newServeBot(ctx, nowFlag, log, adm)
	if err != nil {
		return err
	}
	defer done()
	audit, err := e.auditLog() // nil when audit.file is off
	if err != nil {
		return err
	}
	// Every chat runs until ctx ends; the first to fail stops the others.
	runCtx, stop := context.WithCancel(ctx)
	defer stop()
	errs := make(chan error, len(chans))
	for _, ch := range chans {
		runner := ch.start(b, audit, log)
		log.Info("serve: starting", "chat", ch.name)
		go func() {
			err := runner(runCtx)
			if err != nil {
				stop()
			}
			errs <- err
		}()
	}
	var all []error
	for range chans {
		if err := <-errs; err != nil {
			all = append(all, err)
		}
	}
	return errors.Join(all...)
}

// slackChannel checks the Slack tokens (their form, then auth.test, before
// the index is loaded) and returns the Slack adapter to run.
func (e *env) slackChannel(ctx context.Context) (channel, error) {
	c := e.cfg.Slack
	botToken, err := slackToken(e.getenv, c.BotTokenEnv, "xoxb-", "bot token (Bot User OAuth Token, OAuth & Permissions page)", "slack.bot_token_env")
	if err != nil {
		return channel{}, err
	}
	appToken, err := slackToken(e.getenv, c.AppTokenEnv, "xapp-", "app-level token with the connections:write scope (Basic Information page)", "slack.app_token_env")
	if err != nil {
		return channel{}, err
	}
	apiURL := c.APIURL
	if !strings.HasSuffix(apiURL, "/") {
		apiURL += "/"
	}
	api := slack.New(botToken, slack.OptionAPIURL(apiURL), slack.OptionAppLevelToken(appToken))
	// Fail fast, before the index is loaded, if the bot token is refused.
	if _, err := api.AuthTestContext(ctx); err != nil {
		return channel{}, fmt.Errorf("slack auth.test with the token in %s failed: %w (check that the app is installed to the workspace and the token is current; slack.api_url is %s)", c.BotTokenEnv, err, config.RedactURL(apiURL))
	}
	shared, err := e.sharedStore(ctx)
	if err != nil {
		return channel{}, err
	}
	return channel{name: "slack", start: func(b *bot.Bot, audit *bot.AuditLog, log *slog.Logger) func(context.Context) error {
		s := slackbot.NewSlack(b, api, socketmode.New(api), slackbot.SlackOptions{
			Shared:              shared,
			LeaseTTL:            c.LeaseTTL,
			AllowedChannels:     splitIDs(c.AllowedChannels),
			AllowedUsers:        splitIDs(c.AllowedUsers),
			AllowSharedChannels: splitIDs(c.AllowSharedChannels),
			Folders:             e.cfg.Access.Policy(),
			DirectMessages:      e.cfg.Access.DirectMessages,
			Limits: chatkit.Limits{Workers: c.Workers, Queue: c.Queue, UserRatePerMinute: c.UserRatePerMinute,
				AnswerDeadline: c.AnswerDeadline, ShutdownTimeout: c.ShutdownTimeout, DataDir: c.DataDir},
			Audit: audit,
		}, log)
		return func(ctx context.Context) error {
			err := s.Run(ctx)
			if shared != nil {
				shared.Close()
			}
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
	}}, nil
}

// dingtalkChannel reads the DingTalk credentials and returns the DingTalk
// adapter to run. Feedback goes to the same log as Slack's.
func (e *env) dingtalkChannel() (channel, error) {
	c := e.cfg.DingTalk
	id := strings.TrimSpace(e.getenv(c.ClientIDEnv))
	secret := strings.TrimSpace(e.getenv(c.ClientSecretEnv))
	switch {
	case id == "":
		return channel{}, fmt.Errorf("the DingTalk Client ID (AppKey) is missing: set %s (the variable's name is config key dingtalk.client_id_env); see README, section DingTalk", c.ClientIDEnv)
	case secret == "":
		return channel{}, fmt.Errorf("the DingTalk Client Secret (AppSecret) is missing: set %s (the variable's name is config key dingtalk.client_secret_env); see README, section DingTalk", c.ClientSecretEnv)
	}
	apiURL := strings.TrimSuffix(c.APIURL, "/")
	return channel{name: "dingtalk", start: func(b *bot.Bot, audit *bot.AuditLog, log *slog.Logger) func(context.Context) error {
		cli := dtclient.NewStreamClient(
			dtclient.WithAppCredential(dtclient.NewAppCredentialConfig(id, secret)),
			dtclient.WithOpenApiHost(apiURL),
		)
		d := dingtalkbot.New(b, cli, dingtalkbot.Options{
			AllowedConversations: splitIDs(c.AllowedConversations),
			AllowedUsers:         splitIDs(c.AllowedUsers),
			Folders:              e.cfg.Access.Policy(),
			DirectMessages:       e.cfg.Access.DirectMessages,
			Limits: chatkit.Limits{Workers: c.Workers, Queue: c.Queue, UserRatePerMinute: c.UserRatePerMinute,
				AnswerDeadline: c.AnswerDeadline, ShutdownTimeout: c.ShutdownTimeout, DataDir: e.cfg.Slack.DataDir},
			Audit: audit,
		}, log)
		return func(ctx context.Context) error {
			err := d.Run(ctx)
			var ce *dingtalkbot.ConnectError
			if errors.As(err, &ce) {
				return fmt.Errorf("dingtalk refused the Stream connection with the credentials in %s and %s: %v (check the Client ID and Secret on the app's credentials page, that the robot uses Stream mode, and that the app is published; dingtalk.api_url is %s)",
					c.ClientIDEnv, c.ClientSecretEnv, ce.Err, config.RedactURL(apiURL))
			}
			return err
		}
	}}, nil
}

// feishuChannel reads the Feishu credentials and returns the Feishu adapter
// to run. Feedback goes to the same log as Slack's.
func (e *env) feishuChannel() (channel, error) {
	c := e.cfg.Feishu
	id := strings.TrimSpace(e.getenv(c.AppIDEnv))
	secret := strings.TrimSpace(e.getenv(c.AppSecretEnv))
	switch {
	case id == "":
		return channel{}, fmt.Errorf("the Feishu App ID is missing: set %s (the variable's name is config key feishu.app_id_env); see README, section Feishu", c.AppIDEnv)
	case secret == "":
		return channel{}, fmt.Errorf("the Feishu App Secret is missing: set %s (the variable's name is config key feishu.app_secret_env); see README, section Feishu", c.AppSecretEnv)
	}
	baseURL := strings.TrimSuffix(c.BaseURL, "/")
	return channel{name: "feishu", start: func(b *bot.Bot, audit *bot.AuditLog, log *slog.Logger) func(context.Context) error {
		f := feishubot.New(b, id, secret, feishubot.Options{
			BaseURL:        baseURL,
			AllowedChats:   splitIDs(c.AllowedChats),
			AllowedUsers:   splitIDs(c.AllowedUsers),
			Folders:        e.cfg.Access.Policy(),
			DirectMessages: e.cfg.Access.DirectMessages,
			Limits: chatkit.Limits{Workers: c.Workers, Queue: c.Queue, UserRatePerMinute: c.UserRatePerMinute,
				AnswerDeadline: c.AnswerDeadline, ShutdownTimeout: c.ShutdownTimeout, DataDir: e.cfg.Slack.DataDir},
			Audit: audit,
		}, log)
		return func(ctx context.Context) error {
			err := f.Run(ctx)
			var ce *feishubot.ConnectError
			if errors.As(err, &ce) {
				return fmt.Errorf("feishu refused the app with the credentials in %s and %s: %v (check the App ID and Secret on the app's 凭证与基础信息 page, that the bot ability is on, that events use the long connection, and that a version is published; feishu.base_url is %s)",
					c.AppIDEnv, c.AppSecretEnv, ce.Err, config.RedactURL(baseURL))
			}
			return err
		}
	}}, nil
}

// servedIndex is what serve searches: an index that follows what ingests
// publish, and says what it holds (/readyz, /metrics).
type servedIndex interface {
	bot.Searcher
	Manifest() (retrieval.Manifest, error)
	Close() error
}

var (
	_ servedIndex = (*retrieval.ReloadingSearcher)(nil)
	_ servedIndex = (*retrieval.WeaviateIndex)(nil)
)

// serveSearcher opens the index serve searches: the embedded index
// through a retrieval.ReloadingSearcher, or the Weaviate collection the
// alias names, looked up again every reloadInterval; either way an index
// that an ingest publishes while serve runs is used from then on. With no
// index yet, it is built first, as for every command.
func (e *env) serveSearcher(ctx context.Context, log *slog.Logger) (servedIndex, error) {
	if e.cfg.Retrieval.Backend == config.BackendWeaviate {
		return e.openWeaviate(ctx, reloadInterval)
	}
	dir := e.cfg.Index.Dir
	if _, err := retrieval.LiveGeneration(dir); errors.Is(err, retrieval.ErrNoIndex) {
		ix, err := e.openEmbedded(ctx)
		if err != nil {
			return nil, err
		}
		ix.Close()
	}
	emb, err := e.embedder()
	if err != nil {
		return nil, err
	}
	key, err := e.indexKey()
	if err != nil {
		return nil, err
	}
	return retrieval.NewReloadingSearcher(dir, emb, retrieval.ReloadOptions{
		Open:     retrieval.OpenOptions{Key: key, Weights: e.weights()},
		Interval: reloadInterval,
		Logger:   log,
	})
}

// newServeBot is newBot for serve: the bot searches through serveSearcher,
// so an index that an ingest publishes while serve runs is used from then
// on. done stops watching and closes the index.
//
// With the admin endpoints (adm not nil), answers and the chat model's
// failures are counted and /readyz follows the searcher.
func (e *env) newServeBot(ctx context.Context, nowFlag string, log *slog.Logger, adm *adminEndpoints) (b *bot.Bot, done func(), err error) {
	now, err := e.now(nowFlag)
	if err != nil {
		return nil, nil, err
	}
	search, err := e.serveSearcher(ctx, log)
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
		adm.search.Store(&search)
	}
	b = bot.New(search, model, e.log, opts)
	return b, func() { search.Close() }, nil
}

// sharedStore connects to the Redis several serve replicas share when
// the variable named by slack.shared_store_env holds its URL; nil when it
// is unset (one replica). The URL (it may hold a password) is never shown.
func (e *env) sharedStore(ctx context.Context) (*sharedstate.Store, error) {
	name := e.cfg.Slack.SharedStoreEnv
	url := strings.TrimSpace(e.getenv(name))
	if url == "" {
		return nil, nil
	}
	host, _ := os.Hostname()
	pctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	st, err := sharedstate.Open(pctx, url, "healthbot:", fmt.Sprintf("%s/%d", host, os.Getpid()))
	if err != nil {
		return nil, fmt.Errorf("the shared store in %s (slack.shared_store_env) does not answer: %s (check the URL, redis://[:PASSWORD@]HOST:PORT/DB, and that redis-server runs)", name, strings.ReplaceAll(err.Error(), url, "(the URL)"))
	}
	return st, nil
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
