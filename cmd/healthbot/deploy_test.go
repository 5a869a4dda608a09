package main

import (
	"encoding/json"
	"io"
	"os"
	"strings"
	"testing"
)

// parses reports whether the real parser accepts args as healthbot's
// command line (and which command they select).
func parses(t *testing.T, args []string) string {
	t.Helper()
	var c cli
	p, err := newParser(&c, io.Discard, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	kctx, err := p.Parse(args)
	if err != nil {
		t.Errorf("%q does not parse: %v", args, err)
		return ""
	}
	return kctx.Command()
}

// TestSystemdUnit: the unit runs serve with flags healthbot has, as its
// own user, with the environment file for the tokens.
func TestSystemdUnit(t *testing.T) {
	data, err := os.ReadFile("../../deploy/healthbot.service")
	if err != nil {
		t.Fatal(err)
	}
	unit := map[string]string{}
	for _, line := range strings.Split(string(data), "\n") {
		if k, v, ok := strings.Cut(line, "="); ok && !strings.HasPrefix(line, "#") {
			unit[k] = v
		}
	}
	exec := strings.Fields(unit["ExecStart"])
	if len(exec) < 2 || exec[0] != "/usr/local/bin/healthbot" {
		t.Fatalf("ExecStart=%q", unit["ExecStart"])
	}
	if got := parses(t, exec[1:]); got != "serve" {
		t.Errorf("ExecStart runs %q, want serve", got)
	}
	for k, want := range map[string]string{
		"User": "healthbot", "WorkingDirectory": "/var/lib/healthbot", "StateDirectory": "healthbot",
		"EnvironmentFile": "/etc/healthbot/healthbot.env", "KillSignal": "SIGTERM", "NoNewPrivileges": "yes",
	} {
		if unit[k] != want {
			t.Errorf("%s=%q, want %q", k, unit[k], want)
		}
	}
}

// TestDockerfile: multi-stage, a non-root user, poppler-utils inside, and
// an entrypoint and command healthbot parses.
func TestDockerfile(t *testing.T) {
	data, err := os.ReadFile("../../Dockerfile")
	if err != nil {
		t.Fatal(err)
	}
	var froms int
	var user, install string
	var entry, cmd []string
	for _, line := range strings.Split(string(data), "\n") {
		word, rest, _ := strings.Cut(strings.TrimSpace(line), " ")
		switch word {
		case "FROM":
			froms++
		case "USER":
			user = rest
		case "RUN", "&&":
			install += " " + rest
		case "ENTRYPOINT":
			if err := json.Unmarshal([]byte(rest), &entry); err != nil {
				t.Errorf("ENTRYPOINT %s: %v", rest, err)
			}
		case "CMD":
			if err := json.Unmarshal([]byte(rest), &cmd); err != nil {
				t.Errorf("CMD %s: %v", rest, err)
			}
		}
	}
	if froms != 2 {
		t.Errorf("%d stages, want a build stage and a runtime stage", froms)
	}
	if user == "" || strings.HasPrefix(user, "root") || strings.HasPrefix(user, "0") {
		t.Errorf("runs as %q, want an unprivileged user", user)
	}
	if !strings.Contains(install, "poppler-utils") {
		t.Error("poppler-utils (pdftotext) is not installed")
	}
	if len(entry) != 1 || !strings.HasSuffix(entry[0], "/healthbot") {
		t.Errorf("ENTRYPOINT %q", entry)
	}
	if got := parses(t, cmd); got != "serve" {
		t.Errorf("CMD runs %q, want serve", got)
	}
}
