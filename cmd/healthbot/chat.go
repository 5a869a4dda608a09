package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"

	"github.com/chzyer/readline"

	"github.com/healthbot/healthbot/bot"
	"github.com/healthbot/healthbot/corpus"
)

// chatCmd is a conversation in the terminal.
type chatCmd struct {
	Now string `help:"Date that relative years are read against, YYYY-MM-DD (default HEALTHBOT_NOW or today)." placeholder:"DATE"`
}

func (c *chatCmd) run(ctx context.Context, e *env) error {
	b, done, err := e.newBot(ctx, c.Now)
	if err != nil {
		return err
	}
	defer done()
	tty := isTerminalInput(e.stdin) && isTerminal(e.stdout)
	cfg := &readline.Config{
		Prompt:          "> ",
		Stdin:           io.NopCloser(e.stdin),
		Stdout:          e.stdout,
		Stderr:          e.stderr,
		InterruptPrompt: "^C",
		EOFPrompt:       "\n",
		FuncIsTerminal:  func() bool { return tty },
		// chat saves each line itself, with keys and tokens hidden.
		DisableAutoSaveHistory: true,
	}
	var interrupts <-chan os.Signal
	if tty {
		cfg.HistoryFile = e.chatHistoryFile()
		// On a terminal, Ctrl-C while an answer is prepared cancels that
		// answer, not the program: the signal comes here alone. At the
		// prompt readline reads it as a key.
		ch := make(chan os.Signal, 1)
		signal.Ignore(os.Interrupt)
		signal.Notify(ch, os.Interrupt)
		defer signal.Stop(ch)
		interrupts = ch
	}
	rl, err := readline.NewEx(cfg)
	if err != nil {
		return fmt.Errorf("chat: %w", err)
	}
	defer rl.Close()
	return chat(ctx, b, rl, e.stdout, interrupts)
}

// chatHistoryFile is where chat keeps the questions typed at the prompt
// (arrow up brings them back), in the user's cache folder with mode 0600;
// "" (history for this session only) when there is none.
func (e *env) chatHistoryFile() string {
	base, err := userCacheDir(e.getenv)
	if err != nil {
		return ""
	}
	dir := filepath.Join(base, "healthbot")
	if os.MkdirAll(dir, 0o700) != nil {
		return ""
	}
	path := filepath.Join(dir, "chat_history")
	f, err := os.OpenFile(path, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		return ""
	}
	f.Close()
	return path
}

// lineReader reads the lines typed at the prompt: readline.Instance.
// Readline returns readline.ErrInterrupt for Ctrl-C and io.EOF for Ctrl-D.
type lineReader interface {
	Readline() (string, error)
}

// historySaver keeps a typed line in the history file (readline.Instance).
type historySaver interface {
	SaveHistory(string) error
}

// chat is a terminal conversation: follow-ups use the earlier turns. A
// value on interrupts (Ctrl-C) cancels the answer being prepared; Ctrl-C at
// the prompt clears the line, Ctrl-D (or 退出) ends the conversation.
func chat(ctx context.Context, b *bot.Bot, in lineReader, out io.Writer, interrupts <-chan os.Signal) error {
	conv := &bot.Conversation{}
	fmt.Fprintln(out, "请输入问题（输入“帮助”查看用法，“新话题”清空上下文，“退出”或 Ctrl-D 结束；回答时按 Ctrl-C 取消）。")
	for {
		fmt.Fprintln(out)
		raw, err := in.Readline()
		switch {
		case errors.Is(err, readline.ErrInterrupt):
			continue
		case errors.Is(err, io.EOF):
			return nil
		case err != nil:
			return err
		}
		line := strings.TrimSpace(raw)
		if h, ok := in.(historySaver); ok && line != "" {
			kept, _ := bot.HideSecrets(line)
			h.SaveHistory(kept) //nolint:errcheck // history is a convenience
		}
		switch line {
		case "":
			continue
		case "退出", "exit", "quit":
			return nil
		case "新话题", "清空":
			conv = &bot.Conversation{}
			fmt.Fprintln(out, "已清空上下文。")
			continue
		}
		ans, err := answerCancelable(ctx, b, conv, line, interrupts)
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if errors.Is(err, errCanceled) {
			fmt.Fprintln(out, "（已取消）")
			continue
		}
		if err != nil {
			fmt.Fprintf(out, "出错了，请稍后再试。（%v）\n", err)
			continue
		}
		if ans.Question != line {
			fmt.Fprintf(out, "（理解为：%s）\n", ans.Question)
		}
		printAnswer(out, ans)
	}
}

// errCanceled is an answer cancelled by Ctrl-C.
var errCanceled = errors.New("answer cancelled")

// answerCancelable answers line, cancelled by a value on interrupts.
func answerCancelable(ctx context.Context, b *bot.Bot, conv *bot.Conversation, line string, interrupts <-chan os.Signal) (bot.Answer, error) {
	actx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	stop := make(chan struct{})
	defer close(stop)
	go func() {
		select {
		case <-interrupts: // nil: never
			cancel(errCanceled)
		case <-stop:
		}
	}()
	ans, err := b.Handle(actx, conv, bot.Request{Text: line, Access: corpus.Readable{All: true}}) // run by the deployer: every folder
	if errors.Is(context.Cause(actx), errCanceled) {
		return bot.Answer{}, errCanceled
	}
	return ans, err
}
