package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"strings"

	"github.com/healthbot/healthbot/bot"
	"github.com/healthbot/healthbot/config"
	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/corpus/extract"
)

// Exit codes.
const (
	exitOK    = 0
	exitError = 1
	exitUsage = 2
)

const usage = `healthbot: answers questions from a health bureau's past reports.

Usage:
  healthbot ask     [--json] [--now DATE] QUESTION              answer a question from the reports, with sources
  healthbot figures [--json] [--now DATE] INDICATOR             an indicator's figures by year (actuals and targets)
  healthbot draft   [--json] [--now DATE] REQUEST               draft an outline in the bureau's style, citing past reports
  healthbot chat    [--now DATE]                                a conversation in the terminal (follow-ups understood)
  healthbot serve   [--now DATE]                                the Slack app over Socket Mode (tokens in SLACK_BOT_TOKEN, SLACK_APP_TOKEN)
  healthbot feedback [--json] [--recent N]                      count the 👍/👎 given in Slack, per source, and list the latest 👎
  healthbot ingest  [--corpus DIR] [--index DIR] [--json]   read the corpus folder into the index
  healthbot inspect [--json] FILE...                        show how files are understood
  healthbot search  [--json] [-k N] [--year Y] [--kind summary|plan] [--now DATE] [--mode hybrid|vector|keyword] QUESTION
                                                            find the passages that answer a question
  healthbot eval    [--set FILE] [--json] [--answers [--verbose]]
                                                            measure retrieval (or whole answers) on a golden set
  healthbot help                                            this text

Every command accepts --config PATH (default: config.yaml if present),
--corpus DIR and --index DIR. Settings can also come from HEALTHBOT_* variables.
`

// env is what a command runs with: its configuration, output streams and logger.
type env struct {
	cfg    config.Config
	getenv func(string) string
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	log    *slog.Logger
}

// command is one subcommand: it declares its own flags and runs.
type command struct {
	name  string
	flags func(fs *flag.FlagSet) func(ctx context.Context, e *env, args []string) error
}

var commands = []command{
	{name: "ingest", flags: ingestFlags},
	{name: "inspect", flags: inspectFlags},
	{name: "search", flags: searchFlags},
	{name: "eval", flags: evalFlags},
	{name: "ask", flags: answerFlags(bot.IntentAuto)},
	{name: "draft", flags: answerFlags(bot.IntentDraft)},
	{name: "figures", flags: answerFlags(bot.IntentTrend)},
	{name: "chat", flags: chatFlags},
	{name: "serve", flags: serveFlags},
	{name: "feedback", flags: feedbackFlags},
}

// run is the whole program: tests call it directly with their own world.
func run(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) int {
	secrets := newSecretSet()
	secrets.addEnvironment(getenv)
	stdout, stderr = &secretWriter{w: stdout, secrets: secrets}, &secretWriter{w: stderr, secrets: secrets}
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		fmt.Fprint(stdout, usage)
		return exitOK
	}
	var cmd *command
	for i := range commands {
		if commands[i].name == args[0] {
			cmd = &commands[i]
		}
	}
	if cmd == nil {
		fmt.Fprintf(stderr, "healthbot: unknown command %q\n\n%s", args[0], usage)
		return exitUsage
	}
	fs := flag.NewFlagSet("healthbot "+cmd.name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	configPath := fs.String("config", "", "configuration file (default: config.yaml if present)")
	corpusDir := fs.String("corpus", "", "corpus folder (overrides corpus.dir)")
	indexDir := fs.String("index", "", "index folder (overrides index.dir)")
	verbose := fs.Bool("v", false, "log details to stderr")
	exec := cmd.flags(fs)
	if err := fs.Parse(args[1:]); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	cfg, err := config.Load(*configPath, getenv)
	if err != nil {
		fmt.Fprintf(stderr, "healthbot: %v\n", err)
		return exitUsage
	}
	secrets.addConfig(cfg, getenv)
	if *corpusDir != "" {
		cfg.Corpus.Dir = *corpusDir
	}
	if *indexDir != "" {
		cfg.Index.Dir = *indexDir
	}
	level := slog.LevelWarn
	if *verbose {
		level = slog.LevelDebug
	}
	e := &env{
		cfg: cfg, getenv: getenv, stdin: stdin, stdout: stdout, stderr: stderr,
		log: slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: level})),
	}
	if err := exec(ctx, e, fs.Args()); err != nil {
		var ue usageError
		if errors.As(err, &ue) {
			fmt.Fprintf(stderr, "healthbot %s: %v\n", cmd.name, err)
			fs.Usage()
			return exitUsage
		}
		fmt.Fprintf(stderr, "healthbot %s: %v\n", cmd.name, err)
		return exitError
	}
	return exitOK
}

// usageError is a mistake in how a command was called.
type usageError string

func (u usageError) Error() string { return string(u) }

// readOptions turns the configuration into the corpus reader's options.
func (e *env) readOptions() corpus.ReadOptions {
	c := e.cfg.Corpus
	return corpus.ReadOptions{
		Options: corpus.Options{ChunkRunes: c.ChunkRunes},
		Limits: extract.Limits{
			MaxFileBytes:     int64(c.MaxFileMB) << 20,
			MaxExpandedBytes: int64(c.MaxExpandedMB) << 20,
			PDFTimeout:       c.PDFTimeout,
		},
	}
}

// plural formats a count with its noun.
func plural(n int, noun string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, noun)
	}
	if strings.HasSuffix(noun, "y") {
		return fmt.Sprintf("%d %sies", n, noun[:len(noun)-1])
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
