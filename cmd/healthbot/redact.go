package main

import (
	"io"
	"net/url"
	"regexp"
	"strings"

	"github.com/healthbot/healthbot/config"
	"github.com/healthbot/healthbot/internal/redact"
)

// Everything the program prints goes through a secretWriter: the last line
// of defence, should a service quote a key back in an error (Slack's
// invalid_auth with the token, an API gateway with the Authorization
// header) or a person put a secret where a setting was expected. Each
// piece of output is one Write (a log record, a line), so a secret is
// never split across two.

// secretSet is the secrets known to the program; output is also cleaned
// of whatever package redact recognises as a key by its shape.
type secretSet struct{ known redact.Known }

func newSecretSet() *secretSet { return &secretSet{} }

// add records secret values (package redact ignores short ones, which
// would blank ordinary words).
func (s *secretSet) add(values ...string) { s.known.Add(values...) }

// redact returns p with the secrets replaced, or p itself when it holds none.
func (s *secretSet) redact(p []byte) []byte {
	out := s.known.Apply(string(p))
	if out == string(p) {
		return p
	}
	return []byte(out)
}

// varName is what an environment variable's name looks like.
var varName = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

// addVariable records the value of the variable called name; a name that
// is not one is itself a secret typed in the wrong place.
func (s *secretSet) addVariable(getenv func(string) string, name string) {
	name = strings.TrimSpace(name)
	switch {
	case name == "":
	case !varName.MatchString(name):
		s.add(name)
	default:
		s.add(getenv(name))
	}
}

// addURL records what a URL carries that may be secret: its user name,
// password and query values.
func (s *secretSet) addURL(raw string) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		if _, rest, ok := strings.Cut(raw, "://"); ok {
			s.add(rest) // unparseable: all of it
		}
		return
	}
	if u.User != nil {
		p, _ := u.User.Password()
		s.add(u.User.Username(), p, u.User.String())
	}
	for _, vs := range u.Query() {
		s.add(vs...)
	}
}

// secretNames are the variables, named in the configuration, that hold secrets.
func secretNames(c config.Config) []string {
	return []string{c.LLM.APIKeyEnv, c.Embedding.APIKeyEnv, c.Slack.BotTokenEnv, c.Slack.AppTokenEnv, c.Index.EncryptionKeyEnv,
		c.DingTalk.ClientSecretEnv, c.Feishu.AppSecretEnv, c.Web.TokenEnv, c.Retrieval.WeaviateAPIKeyEnv}
}

// addConfig records the secrets of a configuration.
func (s *secretSet) addConfig(c config.Config, getenv func(string) string) {
	for _, name := range secretNames(c) {
		s.addVariable(getenv, name)
	}
	for _, u := range append([]string{c.LLM.BaseURL, c.Embedding.BaseURL, c.Slack.APIURL}, strings.Split(c.Retrieval.WeaviateURLs, ",")...) {
		s.addURL(u)
	}
}

// addEnvironment records the secrets the environment holds before the
// configuration is read (it may fail to load, and its error be printed):
// the default variables, those named by HEALTHBOT_*_ENV, and what the URL
// overrides carry.
func (s *secretSet) addEnvironment(getenv func(string) string) {
	s.addConfig(config.Default(), getenv)
	for _, k := range config.Keys() {
		switch {
		case strings.HasSuffix(k[0], "_env"):
			s.addVariable(getenv, getenv(k[1]))
		case strings.HasSuffix(k[0], "_url"):
			s.addURL(getenv(k[1]))
		case strings.HasSuffix(k[0], "_urls"):
			for _, u := range strings.Split(getenv(k[1]), ",") {
				s.addURL(u)
			}
		}
	}
}

// secretWriter writes through w with the secrets replaced.
type secretWriter struct {
	w       io.Writer
	secrets *secretSet
}

// Write writes p, redacted; it reports len(p) written on success.
func (sw *secretWriter) Write(p []byte) (int, error) {
	q := sw.secrets.redact(p)
	if _, err := sw.w.Write(q); err != nil {
		return 0, err
	}
	return len(p), nil
}

// underlying is the writer behind a secretWriter (a terminal is still one).
func underlying(w io.Writer) io.Writer {
	if sw, ok := w.(*secretWriter); ok {
		return sw.w
	}
	return w
}
