package feishubot

import (
	"context"
	"fmt"
	"log/slog"
	"regexp"
	"strings"
)

// sdkLogger routes the SDK's log to slog. Its debug lines (which hold the
// text of messages) stay at debug, one line each; URLs lose their query,
// where the websocket URL carries its access key and ticket.
type sdkLogger struct{ log *slog.Logger }

var urlQuery = regexp.MustCompile(`((?:wss?|https?)://[^\s?\]]+)\?[^\s\]]*`)

func sdkLine(args []any) string {
	s := strings.TrimSpace(fmt.Sprintln(args...))
	s, _, _ = strings.Cut(s, "\n")
	return "feishu sdk: " + urlQuery.ReplaceAllString(s, "$1?…")
}

func (l *sdkLogger) Debug(_ context.Context, args ...any) { l.log.Debug(sdkLine(args)) }
func (l *sdkLogger) Info(_ context.Context, args ...any)  { l.log.Info(sdkLine(args)) }
func (l *sdkLogger) Warn(_ context.Context, args ...any)  { l.log.Warn(sdkLine(args)) }
func (l *sdkLogger) Error(_ context.Context, args ...any) { l.log.Error(sdkLine(args)) }
