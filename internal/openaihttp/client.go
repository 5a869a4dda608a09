// Package openaihttp is the HTTP layer shared by this module's clients of
// OpenAI-compatible APIs (the chat client in llm and the embedder in
// retrieval): base URL checks, the HTTP transport, classification of
// failures (which statuses are retried, Retry-After, malformed responses),
// the retry loop with backoff, and redaction of the API key. Both clients
// use go-openai on top of it.
//
// Messages never contain the API key and never start with a package
// prefix: callers add their own ("llm: ", "embed batch 2/5: ").
package openaihttp

import (
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"

	openai "github.com/sashabaranov/go-openai"
)

// Config describes one OpenAI-compatible API as a client of this module
// sees it.
type Config struct {
	// Name is how messages call the API: "LLM API", "embedding API".
	Name string
	// Section is the configuration section that messages point to, e.g.
	// "llm" for llm.base_url, llm.model and llm.api_key_env.
	Section string
	// BaseURL is the API up to but excluding Endpoint, e.g.
	// https://api.deepseek.com/v1. Required.
	BaseURL string
	// Endpoint is the path go-openai appends, e.g. "/chat/completions";
	// a BaseURL that already ends with it is refused.
	Endpoint string
	// Model is named in messages about a missing model.
	Model string
	// APIKey is the key itself; empty sends no Authorization header.
	APIKey string
	// HTTPClient is optional. It is copied, not modified, and its
	// Transport is wrapped. Its Timeout must be zero (it would cut
	// streamed replies): use the context.
	HTTPClient *http.Client
	// MaxIdleConnsPerHost, when positive, raises the idle connections kept
	// per host by the default transport (not by a caller's transport).
	MaxIdleConnsPerHost int
	// Wrap, if set, adds an outer layer to the transport (the chat client
	// watches event streams with it). It sees responses after Transport
	// has recorded them.
	Wrap func(http.RoundTripper) http.RoundTripper
}

// Client is a go-openai client with this package's transport, and what is
// needed to explain its failures.
type Client struct {
	// API is the go-openai client. Requests whose context comes from
	// Track record their exchange.
	API *openai.Client

	name, section, model string
	secrets              Redactor
}

// New checks cfg and returns a client. It makes no request.
func New(cfg Config) (*Client, error) {
	key := strings.TrimSpace(cfg.APIKey)
	if strings.ContainsFunc(key, func(r rune) bool { return r < 0x20 || r == 0x7f }) {
		return nil, errors.New("the API key contains control characters")
	}
	base, secrets, err := CheckBaseURL(cfg.BaseURL, cfg.Endpoint, cfg.Section)
	if err != nil {
		return nil, err
	}
	secrets = append(secrets, key)
	if cfg.HTTPClient != nil && cfg.HTTPClient.Timeout != 0 {
		return nil, errors.New("HTTPClient.Timeout must be zero (it cuts streamed replies); use the request timeout")
	}

	var hc http.Client
	var rt http.RoundTripper
	if cfg.HTTPClient != nil {
		hc = *cfg.HTTPClient // a copy: the caller's client is left alone
		rt = cfg.HTTPClient.Transport
	}
	if rt == nil {
		t := http.DefaultTransport.(*http.Transport).Clone()
		t.MaxIdleConnsPerHost = max(cfg.MaxIdleConnsPerHost, t.MaxIdleConnsPerHost)
		rt = t
	}
	rt = &Transport{Base: rt}
	if cfg.Wrap != nil {
		rt = cfg.Wrap(rt)
	}
	hc.Transport = rt

	oc := openai.DefaultConfig(key)
	oc.BaseURL = base
	oc.HTTPClient = &hc
	return &Client{
		API:     openai.NewClientWithConfig(oc),
		name:    cfg.Name,
		section: cfg.Section,
		model:   cfg.Model,
		secrets: secrets,
	}, nil
}

// Redactor returns the secrets of this client (the key, what the base URL
// carries), to clean messages the caller builds itself.
func (c *Client) Redactor() Redactor { return c.secrets }

// CheckBaseURL validates the base URL of an API: http or https with a host,
// not ending with endpoint (which go-openai appends). It returns the URL
// without trailing slashes and the secrets it carries (password, query
// values). section names the setting in messages ("llm" for llm.base_url).
func CheckBaseURL(raw, endpoint, section string) (base string, secrets Redactor, err error) {
	setting := section + ".base_url"
	base = strings.TrimSpace(raw)
	if base == "" {
		return "", nil, fmt.Errorf("base URL is required (%s)", setting)
	}
	u, err := url.Parse(base)
	if err != nil {
		// The parser's message quotes the URL: leave it out.
		return "", nil, fmt.Errorf("base URL does not parse (%s)", setting)
	}
	secrets = urlSecrets(u)
	shown := secrets.Apply(u.Redacted())
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return "", nil, fmt.Errorf("base URL %q must be http:// or https:// with a host (%s)", shown, setting)
	}
	if endpoint != "" && strings.HasSuffix(strings.TrimRight(u.Path, "/"), endpoint) {
		return "", nil, fmt.Errorf("base URL %q must not include %s (it is appended) (%s)", shown, endpoint, setting)
	}
	return strings.TrimRight(base, "/"), secrets, nil
}

// urlSecrets are the parts of u that may be secret: the password and the
// query values (some gateways take the key as ?key=).
func urlSecrets(u *url.URL) Redactor {
	var r Redactor
	if p, ok := u.User.Password(); ok && p != "" {
		r = append(r, p)
	}
	for _, vs := range u.Query() {
		for _, v := range vs {
			if len(v) >= minSecret {
				r = append(r, v)
			}
		}
	}
	return r
}
