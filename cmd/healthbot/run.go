package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"slices"
	"strings"

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

// env is what a command runs with: its configuration, output streams and logger.
type env struct {
	cfg    config.Config
	getenv func(string) string
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	log    *slog.Logger
	// logFormat is --log-format: text or json.
	logFormat string
	// corpusFlag is true when --corpus named the corpus folder.
	corpusFlag bool
}

// noConfig marks commands that run without loading the configuration
// (version, help), so a broken config.yaml never hides them.
type noConfig interface{ withoutConfig() }

// run is the whole program: tests call it directly with their own world.
// environ lists the environment as NAME=value strings, for the warning
// about misspelt HEALTHBOT_* variables; getenv reads one.
func run(ctx context.Context, args []string, getenv func(string) string, environ []string, stdin io.Reader, stdout, stderr io.Writer) (code int) {
	secrets := newSecretSet()
	secrets.addEnvironment(getenv)
	stdout, stderr = &secretWriter{w: stdout, secrets: secrets}, &secretWriter{w: stderr, secrets: secrets}
	var c cli
	parser, err := newParser(&c, stdout, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "healthbot: %v\n", err) // a mistake in the model, caught by every test
		return exitError
	}
	// --help and --version end the parse through kong's Exit hook.
	defer func() {
		if r := recover(); r != nil {
			req, ok := r.(exitRequest)
			if !ok {
				panic(r)
			}
			code = int(req)
		}
	}()
	warnUnknownEnv(stderr, environ)
	if len(args) == 0 {
		args = []string{"--help"}
	}
	kctx, err := parser.Parse(args)
	if err != nil {
		fmt.Fprintf(stderr, "healthbot: %v\n", parseMessage(err, args))
		fmt.Fprintln(stderr, "Run \"healthbot --help\" for the commands, \"healthbot help COMMAND\" for a command's flags.")
		return exitUsage
	}
	name := kctx.Command()
	if i := strings.IndexByte(name, ' '); i >= 0 {
		name = name[:i]
	}
	cmd, ok := kctx.Selected().Target.Addr().Interface().(runner)
	if !ok {
		fmt.Fprintf(stderr, "healthbot: command %q cannot run\n", name)
		return exitError
	}
	if h, ok := cmd.(*helpCmd); ok {
		return h.show(parser)
	}
	e := &env{getenv: getenv, stdin: stdin, stdout: stdout, stderr: stderr, logFormat: c.LogFormat, corpusFlag: c.Corpus != ""}
	if _, ok := cmd.(noConfig); !ok {
		cfg, err := config.Load(c.Config, getenv)
		if err != nil {
			fmt.Fprintf(stderr, "healthbot: %v\n", err)
			return exitUsage
		}
		secrets.addConfig(cfg, getenv)
		if c.Corpus != "" {
			cfg.Corpus.Dir = c.Corpus
		}
		if c.Index != "" {
			cfg.Index.Dir = c.Index
		}
		e.cfg = cfg
	}
	level := slog.LevelWarn
	if c.Debug {
		level = slog.LevelDebug
	}
	e.log = e.newLogger(level)
	if err := cmd.run(ctx, e); err != nil {
		var ue usageError
		if errors.As(err, &ue) {
			fmt.Fprintf(stderr, "healthbot %s: %v\n", name, err)
			fmt.Fprintf(stderr, "Run \"healthbot help %s\" for its arguments and flags.\n", name)
			return exitUsage
		}
		fmt.Fprintf(stderr, "healthbot %s: %v\n", name, err)
		return exitError
	}
	return exitOK
}

// parseMessage words a parse error for a person: an unknown command is
// called that, with the closest command when one is close.
func parseMessage(err error, args []string) string {
	msg := err.Error()
	first := ""
	for _, a := range args {
		if !strings.HasPrefix(a, "-") {
			first = a
			break
		}
	}
	if first != "" && strings.HasPrefix(msg, "unexpected argument "+first) && !slices.Contains(commandNames(), first) {
		if near := closest(first, commandNames()); near != "" {
			return fmt.Sprintf("unknown command %q (did you mean %q?)", first, near)
		}
		return fmt.Sprintf("unknown command %q", first)
	}
	return msg
}

// commandNames lists the commands, from the model.
func commandNames() []string {
	var c cli
	p, err := newParser(&c, io.Discard, io.Discard)
	if err != nil {
		return nil
	}
	var names []string
	for _, n := range p.Model.Children {
		names = append(names, n.Name)
	}
	return names
}

// newLogger is the logger for stderr in the --log-format chosen.
func (e *env) newLogger(level slog.Level) *slog.Logger {
	opts := &slog.HandlerOptions{Level: level}
	if e.logFormat == "json" {
		return slog.New(slog.NewJSONHandler(e.stderr, opts))
	}
	return slog.New(slog.NewTextHandler(e.stderr, opts))
}

// usageError is a mistake in how a command was called.
type usageError string

func (u usageError) Error() string { return string(u) }

// readOptions turns the configuration into the corpus reader's options.
func (e *env) readOptions() corpus.ReadOptions {
	c := e.cfg.Corpus
	return corpus.ReadOptions{
		Options:   corpus.Options{ChunkRunes: c.ChunkRunes},
		MaxMemory: int64(c.FileMemoryMB) << 20,
		Limits: extract.Limits{
			MaxFileBytes:     int64(c.MaxFileMB) << 20,
			MaxExpandedBytes: int64(c.MaxExpandedMB) << 20,
			PDFTimeout:       c.PDFTimeout,
			ConvertTimeout:   c.ConverterTimeout,
			ConverterMemory:  int64(c.ConverterMemoryMB) << 20,
			ConverterCPU:     c.ConverterCPU,
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
