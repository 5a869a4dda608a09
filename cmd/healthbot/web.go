package main

import (
	"context"
	"fmt"
	"github.com/healthbot/healthbot/internal/chatkit"
	"log/slog"
	"net"
	"strings"

	"github.com/healthbot/healthbot/bot"
	"github.com/healthbot/healthbot/config"
	"github.com/healthbot/healthbot/webchat"
)

// webCmd serves the web chat alone (healthbot serve runs it beside the
// other chats when web.addr is set).
type webCmd struct {
	Addr string `help:"Address to listen on (default web.addr, else 127.0.0.1:8080: this machine only)." placeholder:"HOST:PORT"`
	Now  string `help:"Date that relative years (今年, 去年) are read against, YYYY-MM-DD (default HEALTHBOT_NOW or today)." placeholder:"DATE"`
}

func (cmd *webCmd) run(ctx context.Context, e *env) error {
	log := e.log
	if !log.Enabled(ctx, slog.LevelDebug) {
		log = e.newLogger(slog.LevelInfo) // a service says what it does
	}
	addr := cmd.Addr
	if addr == "" {
		addr = e.cfg.Web.Addr
	}
	if addr == "" {
		addr = config.DefaultWebAddr
	}
	if _, port, err := net.SplitHostPort(addr); err != nil || port == "" {
		return usageError(fmt.Sprintf("--addr must be HOST:PORT such as 127.0.0.1:8080, got %q", addr))
	}
	ch, err := e.webChannel(addr)
	if err != nil {
		return err
	}
	return e.runChannels(ctx, cmd.Now, log, []channel{ch})
}

// webChannel reads the web chat's settings (and its access token, when
// web.token_env names one) and returns the web chat to run on addr.
// Feedback goes to the same log as the other chats'.
func (e *env) webChannel(addr string) (channel, error) {
	c := e.cfg.Web
	token := ""
	if c.TokenEnv != "" {
		token = strings.TrimSpace(e.getenv(c.TokenEnv))
		if token == "" {
			return channel{}, fmt.Errorf("the web chat's access token is missing: set %s (the variable's name is config key web.token_env), or set web.token_env to \"\" for no token; see README, section Web chat", c.TokenEnv)
		}
	}
	return channel{name: "web", start: func(b *bot.Bot, audit *bot.AuditLog, log *slog.Logger) func(context.Context) error {
		s := webchat.New(b, webchat.Options{
			Token:        token,
			UserHeader:   c.UserHeader,
			AllowedUsers: splitIDs(c.AllowedUsers),
			Folders:      e.cfg.Access.Policy(),
			Limits: chatkit.Limits{Workers: c.Workers, Queue: c.Queue, UserRatePerMinute: c.UserRatePerMinute,
				AnswerDeadline: c.AnswerDeadline, ShutdownTimeout: c.ShutdownTimeout, DataDir: e.cfg.Slack.DataDir},
			Audit: audit,
		}, log)
		return func(ctx context.Context) error {
			if err := s.ListenAndServe(ctx, addr); err != nil {
				return fmt.Errorf("web chat on %s (web.addr or --addr): %w", addr, err)
			}
			return nil
		}
	}}, nil
}
