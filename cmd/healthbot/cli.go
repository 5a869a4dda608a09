package main

import (
	"context"
	"io"

	"github.com/alecthomas/kong"
)

// description opens `healthbot --help`.
const description = `Answers questions from a health bureau's past reports.

Flags go anywhere: before the command, after it, or after the question
(healthbot ask "…" --json). Every command accepts --config PATH (default:
config.yaml if present), --corpus DIR and --index DIR; settings can also come
from HEALTHBOT_* variables. "healthbot help COMMAND" shows a command's flags.`

// globals are the flags every command accepts, anywhere on the line.
type globals struct {
	Config    string           `help:"Configuration file (default: config.yaml if present)." placeholder:"PATH"`
	Corpus    string           `help:"Corpus folder (overrides corpus.dir)." placeholder:"DIR"`
	Index     string           `help:"Index folder (overrides index.dir)." placeholder:"DIR"`
	Debug     bool             `short:"v" help:"Log details to stderr."`
	LogFormat string           `help:"Log format on stderr: text or json." enum:"text,json" default:"text" placeholder:"text|json"`
	Version   kong.VersionFlag `help:"Print the version and exit."`
}

// cli is the whole command line: the global flags and one field per
// command. Each command's type has a run method (see runner).
type cli struct {
	globals

	Ask      askCmd      `cmd:"" help:"Answer a question from the reports, with sources."`
	Figures  figuresCmd  `cmd:"" help:"An indicator's figures by year (actuals and targets)."`
	Draft    draftCmd    `cmd:"" help:"Draft an outline in the bureau's style, citing past reports."`
	Chat     chatCmd     `cmd:"" help:"A conversation in the terminal (follow-ups understood; Ctrl-C cancels an answer, Ctrl-D quits)."`
	Serve    serveCmd    `cmd:"" help:"Every configured chat at once: Slack over Socket Mode (SLACK_BOT_TOKEN, SLACK_APP_TOKEN), DingTalk over Stream mode (DINGTALK_CLIENT_ID, DINGTALK_CLIENT_SECRET), Feishu over the long connection (FEISHU_APP_ID, FEISHU_APP_SECRET), the web chat when web.addr is set; and the admin endpoints when admin.addr is set."`
	Web      webCmd      `cmd:"" help:"The web chat in the browser, on --addr (default web.addr, else 127.0.0.1:8080)."`
	Feedback feedbackCmd `cmd:"" help:"Count the 👍/👎 given in the chats (Slack, DingTalk, Feishu, web), per source, and list the latest 👎."`
	Ingest   ingestCmd   `cmd:"" help:"Read the corpus folder into the index."`
	Inspect  inspectCmd  `cmd:"" help:"Show how files are understood."`
	Search   searchCmd   `cmd:"" help:"Find the passages that answer a question."`
	Eval     evalCmd     `cmd:"" help:"Measure retrieval (or whole answers) on a golden set."`
	VersionC versionCmd  `cmd:"" name:"version" help:"Print the version, the Go version and the source revision."`
	Help     helpCmd     `cmd:"" help:"Show help, for one command when named (healthbot help ask)."`
}

// runner is what every command does once the line is parsed and the
// configuration loaded.
type runner interface {
	run(ctx context.Context, e *env) error
}

// exitRequest is how kong's --help and --version stop parsing: kong calls
// its Exit hook, which panics with one, and run recovers it.
type exitRequest int

// newParser builds the kong parser for one run, writing help and the
// version to stdout.
func newParser(c *cli, stdout, stderr io.Writer) (*kong.Kong, error) {
	return kong.New(c,
		kong.Name("healthbot"),
		kong.Description(description),
		kong.Writers(stdout, stderr),
		kong.Vars{
			"version":            versionInfo().String(),
			"default_eval_set":   defaultEvalSet,
			"default_answer_set": defaultAnswerSet,
		},
		kong.Exit(func(code int) { panic(exitRequest(code)) }),
		kong.ConfigureHelp(kong.HelpOptions{Compact: true, NoExpandSubcommands: true}),
	)
}
