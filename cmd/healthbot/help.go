package main

import (
	"context"
	"fmt"

	"github.com/alecthomas/kong"
)

// helpCmd is `healthbot help [COMMAND]`: the same text as
// `healthbot [COMMAND] --help`.
type helpCmd struct {
	Command []string `arg:"" optional:"" help:"The command to explain (ask, search, …)."`
}

func (h *helpCmd) withoutConfig() {}

// run is never called: run() shows help before loading anything.
func (h *helpCmd) run(ctx context.Context, e *env) error { return nil }

// show prints the help of the named command by parsing it with --help,
// which ends in kong's Exit hook (recovered by run) with code 0.
func (h *helpCmd) show(parser *kong.Kong) int {
	_, err := parser.Parse(append(append([]string{}, h.Command...), "--help"))
	if err != nil {
		fmt.Fprintf(parser.Stderr, "healthbot help: %v\n", parseMessage(err, h.Command))
		return exitUsage
	}
	return exitOK
}
