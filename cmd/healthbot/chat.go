package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/healthbot/healthbot/bot"
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
	return chat(ctx, b, e.stdin, e.stdout)
}

// chat is a terminal conversation: follow-ups use the earlier turns.
func chat(ctx context.Context, b *bot.Bot, in io.Reader, out io.Writer) error {
	conv := &bot.Conversation{}
	fmt.Fprintln(out, "请输入问题（输入“帮助”查看用法，“新话题”清空上下文，“退出”结束）。")
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for {
		fmt.Fprint(out, "\n> ")
		if !sc.Scan() {
			fmt.Fprintln(out)
			return sc.Err()
		}
		line := strings.TrimSpace(sc.Text())
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
		ans, err := b.Handle(ctx, conv, bot.Request{Text: line})
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			fmt.Fprintf(out, "出错了，请稍后再试。（%v）\n", err)
			continue
		}
		if ans.Question != line {
			fmt.Fprintf(out, "（理解为：%s）\n", ans.Question)
		}
		printAnswer(out, ans)
	}
}
