// Package config loads healthbot's settings: built-in defaults, then
// config.yaml (unknown keys are errors), then environment variables named
// HEALTHBOT_<SECTION>_<KEY>, then command-line flags set by the caller.
// Secrets never live here: only the names of the variables that hold them.
package config

import (
	"errors"
	"fmt"
	"io/fs"
	"net"
	"net/url"
	"os"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"
)

// Config is the whole configuration. Field tags name the YAML keys; the
// environment variable for corpus.dir is HEALTHBOT_CORPUS_DIR.
type Config struct {
	Corpus    Corpus    `yaml:"corpus"`
	Index     Index     `yaml:"index"`
	Embedding Embedding `yaml:"embedding"`
	Retrieval Retrieval `yaml:"retrieval"`
	LLM       LLM       `yaml:"llm"`
	Slack     Slack     `yaml:"slack"`
	DingTalk  DingTalk  `yaml:"dingtalk"`
	Feishu    Feishu    `yaml:"feishu"`
	Access    Access    `yaml:"access"`
	Web       Web       `yaml:"web"`
	Audit     Audit     `yaml:"audit"`
	Admin     Admin     `yaml:"admin"`
}

// Admin is where healthbot serve offers /healthz, /readyz and /metrics to
// operators and monitoring.
type Admin struct {
	Addr string `yaml:"addr"` // host:port, e.g. 127.0.0.1:9090; "" = no admin endpoints
}

// Audit is the log of who asked what and which sources were shown
// (healthbot serve): one JSON line per answered question.
type Audit struct {
	File          string `yaml:"file"`           // the log; "" or "off" = no audit log
	RetentionDays int    `yaml:"retention_days"` // entries older than this are deleted; 0 = kept forever
}

// Enabled reports whether an audit log is to be kept.
func (a Audit) Enabled() bool {
	f := strings.TrimSpace(a.File)
	return f != "" && !strings.EqualFold(f, "off")
}

// Slack is the Slack app (healthbot serve, over Socket Mode). The tokens
// themselves come only from the environment variables named here. Lists are
// comma-separated Slack ids (C0123ABCD, U0123ABCD).
type Slack struct {
	BotTokenEnv         string        `yaml:"bot_token_env"`         // variable holding the bot token (xoxb-…)
	AppTokenEnv         string        `yaml:"app_token_env"`         // variable holding the app-level token (xapp-…) for Socket Mode
	APIURL              string        `yaml:"api_url"`               // Web API base URL (Enterprise Grid, tests)
	AllowedChannels     string        `yaml:"allowed_channels"`      // channels the bot answers in; "" = every channel it is in
	AllowedUsers        string        `yaml:"allowed_users"`         // users the bot answers; "" = everyone
	AllowSharedChannels string        `yaml:"allow_shared_channels"` // Slack Connect channels explicitly allowed
	Workers             int           `yaml:"workers"`               // answers prepared at once
	Queue               int           `yaml:"queue"`                 // requests waiting for a worker before "busy"
	UserRatePerMinute   int           `yaml:"user_rate_per_minute"`  // requests per user per minute; 0 = no limit
	AnswerDeadline      time.Duration `yaml:"answer_deadline"`       // one answer, end to end
	ShutdownTimeout     time.Duration `yaml:"shutdown_timeout"`      // time to finish answers in flight on shutdown
	DataDir             string        `yaml:"data_dir"`              // feedback.jsonl lives here
	// SharedStoreEnv names the variable holding the URL of the Redis that
	// several serve replicas share (redis://…); the variable unset or
	// empty: one replica, everything in its memory.
	SharedStoreEnv string        `yaml:"shared_store_env"`
	LeaseTTL       time.Duration `yaml:"lease_ttl"` // a question's lease in the shared store: another replica answers it when its replica stops renewing it this long
}

// DingTalk is the DingTalk robot (healthbot serve, over Stream mode: no
// public URL). The credentials come only from the environment variables
// named here. Lists are comma-separated DingTalk ids.
type DingTalk struct {
	ClientIDEnv          string        `yaml:"client_id_env"`         // variable holding the app's Client ID (AppKey)
	ClientSecretEnv      string        `yaml:"client_secret_env"`     // variable holding the app's Client Secret (AppSecret)
	APIURL               string        `yaml:"api_url"`               // Open API host the Stream connection is opened at
	AllowedConversations string        `yaml:"allowed_conversations"` // group conversations (cid…) answered in; "" = every group the robot is in
	AllowedUsers         string        `yaml:"allowed_users"`         // staff ids (userid) answered; "" = everyone
	Workers              int           `yaml:"workers"`               // answers prepared at once
	Queue                int           `yaml:"queue"`                 // requests waiting for a worker before "busy"
	UserRatePerMinute    int           `yaml:"user_rate_per_minute"`  // requests per user per minute; 0 = no limit
	AnswerDeadline       time.Duration `yaml:"answer_deadline"`       // one answer, end to end
	ShutdownTimeout      time.Duration `yaml:"shutdown_timeout"`      // time to finish answers in flight on shutdown
}

// Feishu is the Feishu (Lark) bot (healthbot serve, over the long
// connection: no public URL). The credentials come only from the
// environment variables named here. Lists are comma-separated Feishu ids.
type Feishu struct {
	AppIDEnv          string        `yaml:"app_id_env"`           // variable holding the app's App ID (cli_…)
	AppSecretEnv      string        `yaml:"app_secret_env"`       // variable holding the app's App Secret
	BaseURL           string        `yaml:"base_url"`             // Open Platform host: https://open.feishu.cn, or https://open.larksuite.com for Lark
	AllowedChats      string        `yaml:"allowed_chats"`        // group chats (chat_id oc_…) answered in; "" = every group the bot is in
	AllowedUsers      string        `yaml:"allowed_users"`        // people (open_id ou_… or user_id) answered; "" = everyone
	Workers           int           `yaml:"workers"`              // answers prepared at once
	Queue             int           `yaml:"queue"`                // requests waiting for a worker before "busy"
	UserRatePerMinute int           `yaml:"user_rate_per_minute"` // requests per user per minute; 0 = no limit
	AnswerDeadline    time.Duration `yaml:"answer_deadline"`      // one answer, end to end
	ShutdownTimeout   time.Duration `yaml:"shutdown_timeout"`     // time to finish answers in flight on shutdown
}

// Web is the web chat (healthbot web; healthbot serve too when Addr is
// set). Sign-in is optional: an access token from the variable named by
// TokenEnv, a header naming the user set by a reverse proxy, or both.
type Web struct {
	Addr              string        `yaml:"addr"`                 // host:port; "" = healthbot serve runs no web chat (healthbot web: 127.0.0.1:8080)
	TokenEnv          string        `yaml:"token_env"`            // variable holding the access token; "" = no token
	UserHeader        string        `yaml:"user_header"`          // header the reverse proxy names the user in (X-Remote-User); "" = not trusted, none read
	AllowedUsers      string        `yaml:"allowed_users"`        // users (as user_header names them) answered; "" = everyone
	Workers           int           `yaml:"workers"`              // answers prepared at once
	Queue             int           `yaml:"queue"`                // requests waiting for a worker before "busy"
	UserRatePerMinute int           `yaml:"user_rate_per_minute"` // questions per user per minute; 0 = no limit
	AnswerDeadline    time.Duration `yaml:"answer_deadline"`      // one answer, end to end
	ShutdownTimeout   time.Duration `yaml:"shutdown_timeout"`     // time to finish answers in flight on shutdown
}

// DefaultWebAddr is where healthbot web listens when neither --addr nor
// web.addr says otherwise: this machine only.
const DefaultWebAddr = "127.0.0.1:8080"

// LLM is the OpenAI-compatible chat model that writes answers and drafts;
// with no base_url the assistant works offline (extractive answers).
type LLM struct {
	BaseURL     string        `yaml:"base_url"`    // e.g. https://api.deepseek.com/v1; "" = offline
	Model       string        `yaml:"model"`       // e.g. deepseek-chat, qwen-plus
	APIKeyEnv   string        `yaml:"api_key_env"` // variable holding the API key
	Temperature float64       `yaml:"temperature"` // 0-2
	MaxTokens   int           `yaml:"max_tokens"`  // 0 = provider default
	Timeout     time.Duration `yaml:"timeout"`     // one attempt, including its stream
	Deadline    time.Duration `yaml:"deadline"`    // one answer including retries; past it the answer is extracted
	MaxRetries  int           `yaml:"max_retries"` // retries on 429, 5xx, timeouts and stalls
}

// Corpus says where the bureau's documents are and how they are cut up.
type Corpus struct {
	Dir            string        `yaml:"dir"`             // folder of past reports, read recursively
	ChunkRunes     int           `yaml:"chunk_runes"`     // upper bound of a chunk in characters
	MaxFileMB      int           `yaml:"max_file_mb"`     // larger files are skipped
	MaxExpandedMB  int           `yaml:"max_expanded_mb"` // cap on a .docx's decompressed size (zip bombs)
	FileMemoryMB   int           `yaml:"file_memory_mb"`  // memory budget of one file's parse and index; past it the file is skipped
	PDFTimeout     time.Duration `yaml:"pdf_timeout"`     // limit for the pdftotext fallback per file
	FollowSymlinks bool          `yaml:"follow_symlinks"` // follow symbolic links inside the folder
	// External converters (pdftotext, LibreOffice, antiword, catdoc, xls2csv).
	ConverterTimeout  time.Duration `yaml:"converter_timeout"`   // wall-clock limit of one .doc/.wps/.xls/.et conversion
	ConverterMemoryMB int           `yaml:"converter_memory_mb"` // address-space limit of one converter (LibreOffice: 6×)
	ConverterCPU      time.Duration `yaml:"converter_cpu"`       // CPU-time limit of one converter run
}

// Index says where the parsed corpus and its indexes are stored.
type Index struct {
	Dir              string `yaml:"dir"`
	EncryptionKeyEnv string `yaml:"encryption_key_env"` // variable holding a passphrase to encrypt the vectors; "" for none
}

// Embedding chooses how passages become vectors.
type Embedding struct {
	Provider       string        `yaml:"provider"`        // local or openai (any OpenAI-compatible API)
	Dimensions     int           `yaml:"dimensions"`      // vector length
	BaseURL        string        `yaml:"base_url"`        // openai: the API's base URL
	Model          string        `yaml:"model"`           // openai: the model name
	APIKeyEnv      string        `yaml:"api_key_env"`     // openai: variable holding the API key
	SendDimensions bool          `yaml:"send_dimensions"` // openai: send the dimensions parameter
	BatchSize      int           `yaml:"batch_size"`      // openai: inputs per request
	Concurrency    int           `yaml:"concurrency"`     // openai: requests in flight
	MaxRetries     int           `yaml:"max_retries"`     // openai: retries on 429, 5xx and timeouts
	Timeout        time.Duration `yaml:"timeout"`         // openai: per request
}

// Retrieval tunes the hybrid search.
type Retrieval struct {
	K             int     `yaml:"k"`                   // passages returned by default
	VectorWeight  float64 `yaml:"vector_weight"`       // weight of the vector ranking in the fusion, with an embedding model
	LocalWeight   float64 `yaml:"local_vector_weight"` // the same with the local embedder
	KeywordWeight float64 `yaml:"keyword_weight"`      // weight of the keyword ranking
	RRFK          float64 `yaml:"rrf_k"`               // k of reciprocal-rank fusion
	Candidates    int     `yaml:"candidates"`          // hits taken from each retriever
	MaxPerReport  int     `yaml:"max_per_report"`      // hits from one report before others get a turn
	FocusWeight   float64 `yaml:"focus_weight"`        // weight of a passage's best sentence's share of the question
	// Backend is where searches run: "embedded" (the index folder, in
	// process) or "weaviate" (a Weaviate cluster the ingest publishes to).
	Backend            string `yaml:"backend"`
	WeaviateURLs       string `yaml:"weaviate_urls"`        // comma-separated base URLs of the cluster's nodes, tried in order
	WeaviateAPIKeyEnv  string `yaml:"weaviate_api_key_env"` // name of the variable holding the API key; "" for anonymous access
	WeaviateReplicas   int    `yaml:"weaviate_replication"` // copies of each shard across the nodes
	WeaviateCollection string `yaml:"weaviate_collection"`  // the alias searches use; each ingest's collection is named after it
}

// Backends of retrieval.backend.
const (
	BackendEmbedded = "embedded"
	BackendWeaviate = "weaviate"
)

// WeaviateURLList returns the node URLs of retrieval.weaviate_urls.
func (r Retrieval) WeaviateURLList() []string {
	var out []string
	for _, u := range strings.Split(r.WeaviateURLs, ",") {
		if u = strings.TrimSpace(u); u != "" {
			out = append(out, u)
		}
	}
	return out
}

// Default returns the built-in configuration: the bundled samples as the
// corpus and .healthbot/index under the working directory.
func Default() Config {
	return Config{
		Corpus: Corpus{
			Dir:               "corpus/samples",
			ChunkRunes:        500,
			MaxFileMB:         64,
			MaxExpandedMB:     128,
			FileMemoryMB:      1024,
			PDFTimeout:        60 * time.Second,
			ConverterTimeout:  120 * time.Second,
			ConverterMemoryMB: 1024,
			ConverterCPU:      60 * time.Second,
		},
		Index: Index{Dir: ".healthbot/index"},
		Embedding: Embedding{
			Provider:    "local",
			Dimensions:  1024,
			APIKeyEnv:   "EMBEDDING_API_KEY",
			BatchSize:   10,
			Concurrency: 2,
			MaxRetries:  5,
			Timeout:     60 * time.Second,
		},
		LLM: LLM{APIKeyEnv: "LLM_API_KEY", Temperature: 0.2, Timeout: 60 * time.Second, Deadline: 90 * time.Second, MaxRetries: 3},
		Retrieval: Retrieval{K: 8, VectorWeight: 1, LocalWeight: 0.02, KeywordWeight: 1, RRFK: 20, Candidates: 50, MaxPerReport: 3, FocusWeight: 0.5,
			Backend: BackendEmbedded, WeaviateURLs: "http://127.0.0.1:8080", WeaviateReplicas: 1, WeaviateCollection: "Healthbot"},
		Slack: Slack{
			BotTokenEnv: "SLACK_BOT_TOKEN", AppTokenEnv: "SLACK_APP_TOKEN", APIURL: "https://slack.com/api/",
			Workers: 4, Queue: 64, UserRatePerMinute: 6,
			AnswerDeadline: 120 * time.Second, ShutdownTimeout: 30 * time.Second, DataDir: ".healthbot/data",
			SharedStoreEnv: "HEALTHBOT_REDIS_URL", LeaseTTL: time.Minute,
		},
		DingTalk: DingTalk{
			ClientIDEnv: "DINGTALK_CLIENT_ID", ClientSecretEnv: "DINGTALK_CLIENT_SECRET", APIURL: "https://api.dingtalk.com",
			Workers: 4, Queue: 64, UserRatePerMinute: 6,
			AnswerDeadline: 120 * time.Second, ShutdownTimeout: 30 * time.Second,
		},
		Feishu: Feishu{
			AppIDEnv: "FEISHU_APP_ID", AppSecretEnv: "FEISHU_APP_SECRET", BaseURL: "https://open.feishu.cn",
			Workers: 4, Queue: 64, UserRatePerMinute: 6,
			AnswerDeadline: 120 * time.Second, ShutdownTimeout: 30 * time.Second,
		},
		Web: Web{
			Workers: 4, Queue: 64, UserRatePerMinute: 6,
			AnswerDeadline: 120 * time.Second, ShutdownTimeout: 30 * time.Second,
		},
		Audit: Audit{File: ".healthbot/data/audit.jsonl", RetentionDays: 180},
	}
}

// EnvPrefix starts every environment variable that overrides a key.
const EnvPrefix = "HEALTHBOT_"

// Load builds the configuration from defaults, the YAML file at path and the
// environment. An empty path means "config.yaml if it exists". getenv is
// os.Getenv in production and a map lookup in tests.
func Load(path string, getenv func(string) string) (Config, error) {
	cfg := Default()
	explicit := path != ""
	if !explicit {
		path = "config.yaml"
	}
	data, err := os.ReadFile(path)
	switch {
	case err == nil:
		if err := decodeYAML(data, &cfg); err != nil {
			return Config{}, fmt.Errorf("config file %s: %w", path, err)
		}
	case errors.Is(err, fs.ErrNotExist) && !explicit:
		// No file: defaults and environment only.
	default:
		return Config{}, fmt.Errorf("config: %w", err)
	}
	if err := applyEnv(&cfg, getenv); err != nil {
		return Config{}, err
	}
	if err := cfg.Validate(); err != nil {
		return Config{}, err
	}
	return cfg, nil
}

// decodeYAML reads the file key by key, so an unknown key or a bad value is
// reported with its full name (corpus.chunk_runes) and line.
func decodeYAML(data []byte, cfg *Config) error {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return err
	}
	if len(doc.Content) == 0 {
		return nil // empty file or only comments
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return fmt.Errorf("line %d: expected sections such as \"corpus\" and \"index\"", root.Line)
	}
	var errs []error
	cv := reflect.ValueOf(cfg).Elem()
	for i := 0; i+1 < len(root.Content); i += 2 {
		sk, sn := root.Content[i], root.Content[i+1]
		sf, ok := fieldByYAML(cv, sk.Value)
		if !ok {
			errs = append(errs, fmt.Errorf("line %d: unknown section %q (known: %s)", sk.Line, sk.Value, knownNames(cv)))
			continue
		}
		if sn.Kind == yaml.ScalarNode && sn.Tag == "!!null" {
			continue
		}
		if sn.Kind != yaml.MappingNode {
			errs = append(errs, fmt.Errorf("line %d: section %s must hold keys", sn.Line, sk.Value))
			continue
		}
		for j := 0; j+1 < len(sn.Content); j += 2 {
			kk, kn := sn.Content[j], sn.Content[j+1]
			name := sk.Value + "." + kk.Value
			f, ok := fieldByYAML(sf, kk.Value)
			if !ok {
				errs = append(errs, fmt.Errorf("line %d: unknown key %s (known in %s: %s)", kk.Line, name, sk.Value, knownNames(sf)))
				continue
			}
			if err := kn.Decode(f.Addr().Interface()); err != nil && f.Kind() == reflect.Map {
				errs = append(errs, fmt.Errorf("key %s: %w", name, err))
			} else if err != nil {
				errs = append(errs, fmt.Errorf("line %d: key %s: bad value %q: %s", kn.Line, name, kn.Value, valueHint(f)))
			}
		}
	}
	return errors.Join(errs...)
}

func fieldByYAML(v reflect.Value, name string) (reflect.Value, bool) {
	for i := 0; i < v.NumField(); i++ {
		if yamlName(v.Type().Field(i)) == name {
			return v.Field(i), true
		}
	}
	return reflect.Value{}, false
}

func knownNames(v reflect.Value) string {
	names := make([]string, 0, v.NumField())
	for i := 0; i < v.NumField(); i++ {
		names = append(names, yamlName(v.Type().Field(i)))
	}
	return strings.Join(names, ", ")
}

// valueHint says what a key expects.
func valueHint(v reflect.Value) string {
	if v.Type() == reflect.TypeOf(time.Duration(0)) {
		return "expected a duration such as 30s or 2m"
	}
	switch v.Kind() {
	case reflect.Int:
		return "expected a whole number"
	case reflect.Float64:
		return "expected a number"
	case reflect.Bool:
		return "expected true or false"
	}
	return "expected text"
}

// Validate checks ranges and names the offending key.
func (c Config) Validate() error {
	var errs []error
	check := func(ok bool, key, format string, args ...any) {
		if !ok {
			errs = append(errs, fmt.Errorf("config key %s: %s", key, fmt.Sprintf(format, args...)))
		}
	}
	check(strings.TrimSpace(c.Corpus.Dir) != "", "corpus.dir", "must name a folder")
	check(c.Corpus.ChunkRunes >= 100 && c.Corpus.ChunkRunes <= 4000, "corpus.chunk_runes", "must be between 100 and 4000, got %d", c.Corpus.ChunkRunes)
	check(c.Corpus.MaxFileMB >= 1 && c.Corpus.MaxFileMB <= 4096, "corpus.max_file_mb", "must be between 1 and 4096, got %d", c.Corpus.MaxFileMB)
	check(c.Corpus.MaxExpandedMB >= 1 && c.Corpus.MaxExpandedMB <= 16384, "corpus.max_expanded_mb", "must be between 1 and 16384, got %d", c.Corpus.MaxExpandedMB)
	check(c.Corpus.FileMemoryMB >= 16 && c.Corpus.FileMemoryMB <= 65536, "corpus.file_memory_mb", "must be between 16 and 65536, got %d", c.Corpus.FileMemoryMB)
	check(c.Corpus.PDFTimeout >= time.Second, "corpus.pdf_timeout", "must be at least 1s, got %s", c.Corpus.PDFTimeout)
	check(c.Corpus.ConverterTimeout >= time.Second, "corpus.converter_timeout", "must be at least 1s, got %s", c.Corpus.ConverterTimeout)
	check(c.Corpus.ConverterMemoryMB >= 64 && c.Corpus.ConverterMemoryMB <= 65536, "corpus.converter_memory_mb", "must be between 64 and 65536, got %d", c.Corpus.ConverterMemoryMB)
	check(c.Corpus.ConverterCPU >= time.Second, "corpus.converter_cpu", "must be at least 1s, got %s", c.Corpus.ConverterCPU)
	check(strings.TrimSpace(c.Index.Dir) != "", "index.dir", "must name a folder")
	if c.Admin.Addr != "" {
		_, port, err := net.SplitHostPort(c.Admin.Addr)
		check(err == nil && port != "", "admin.addr", "must be host:port such as 127.0.0.1:9090 (or empty for none), got %q", c.Admin.Addr)
	}
	check(c.Index.EncryptionKeyEnv == "" || envName.MatchString(c.Index.EncryptionKeyEnv), "index.encryption_key_env", notAName+` (or be "" for no encryption)`)
	e := c.Embedding
	check(e.Provider == "local" || e.Provider == "openai", "embedding.provider", "must be local or openai, got %q", e.Provider)
	check(e.Dimensions >= 64 && e.Dimensions <= 8192, "embedding.dimensions", "must be between 64 and 8192, got %d", e.Dimensions)
	if e.Provider == "openai" {
		check(strings.HasPrefix(e.BaseURL, "http://") || strings.HasPrefix(e.BaseURL, "https://"), "embedding.base_url", "must be an http(s) URL when provider is openai, got %q", RedactURL(e.BaseURL))
		check(e.Model != "", "embedding.model", "must name the model when provider is openai")
	}
	check(e.APIKeyEnv == "" || envName.MatchString(e.APIKeyEnv), "embedding.api_key_env", notAName)
	check(e.BatchSize >= 1 && e.BatchSize <= 2048, "embedding.batch_size", "must be between 1 and 2048, got %d", e.BatchSize)
	check(e.Concurrency >= 1 && e.Concurrency <= 64, "embedding.concurrency", "must be between 1 and 64, got %d", e.Concurrency)
	check(e.MaxRetries >= 0 && e.MaxRetries <= 20, "embedding.max_retries", "must be between 0 and 20, got %d", e.MaxRetries)
	check(e.Timeout >= time.Second, "embedding.timeout", "must be at least 1s, got %s", e.Timeout)
	l := c.LLM
	if l.BaseURL != "" {
		check(strings.HasPrefix(l.BaseURL, "http://") || strings.HasPrefix(l.BaseURL, "https://"), "llm.base_url", "must be an http(s) URL, got %q", RedactURL(l.BaseURL))
		check(l.Model != "", "llm.model", "must name the model when llm.base_url is set")
	}
	check(l.APIKeyEnv == "" || envName.MatchString(l.APIKeyEnv), "llm.api_key_env", notAName)
	check(l.Temperature >= 0 && l.Temperature <= 2, "llm.temperature", "must be between 0 and 2, got %g", l.Temperature)
	check(l.MaxTokens >= 0, "llm.max_tokens", "must not be negative")
	check(l.Timeout >= time.Second, "llm.timeout", "must be at least 1s, got %s", l.Timeout)
	check(l.Deadline >= l.Timeout, "llm.deadline", "must be at least llm.timeout (%s), got %s", l.Timeout, l.Deadline)
	check(l.MaxRetries >= 0 && l.MaxRetries <= 10, "llm.max_retries", "must be between 0 and 10, got %d", l.MaxRetries)
	r := c.Retrieval
	check(r.K >= 1 && r.K <= 100, "retrieval.k", "must be between 1 and 100, got %d", r.K)
	check(r.VectorWeight >= 0 && r.KeywordWeight >= 0 && r.VectorWeight+r.KeywordWeight > 0, "retrieval.vector_weight", "weights must not be negative and not both zero")
	check(r.LocalWeight >= 0 && r.LocalWeight+r.KeywordWeight > 0, "retrieval.local_vector_weight", "must not be negative, and not zero when keyword_weight is")
	check(r.RRFK > 0, "retrieval.rrf_k", "must be positive, got %g", r.RRFK)
	check(r.Candidates >= 1 && r.Candidates <= 1000, "retrieval.candidates", "must be between 1 and 1000, got %d", r.Candidates)
	check(r.MaxPerReport >= 0, "retrieval.max_per_report", "must not be negative (0 turns diversification off)")
	check(r.FocusWeight >= 0, "retrieval.focus_weight", "must not be negative (0 turns it off), got %g", r.FocusWeight)
	check(r.Backend == BackendEmbedded || r.Backend == BackendWeaviate, "retrieval.backend", "must be embedded or weaviate, got %q", r.Backend)
	if r.Backend == BackendWeaviate {
		urls := r.WeaviateURLList()
		check(len(urls) > 0, "retrieval.weaviate_urls", "must list at least one URL when retrieval.backend is weaviate")
		for _, u := range urls {
			pu, err := url.Parse(u)
			check(err == nil && (pu.Scheme == "http" || pu.Scheme == "https") && pu.Host != "" && pu.User == nil && pu.RawQuery == "", "retrieval.weaviate_urls",
				"each must be an http(s) URL such as http://10.0.0.5:8080, with no user or query (the key goes in the variable named by weaviate_api_key_env), got %q", RedactURL(u))
		}
	}
	check(r.WeaviateAPIKeyEnv == "" || envName.MatchString(r.WeaviateAPIKeyEnv), "retrieval.weaviate_api_key_env", notAName+` (or be "" for anonymous access)`)
	check(r.WeaviateReplicas >= 1 && r.WeaviateReplicas <= 16, "retrieval.weaviate_replication", "must be between 1 and 16, got %d", r.WeaviateReplicas)
	check(weaviateName.MatchString(r.WeaviateCollection), "retrieval.weaviate_collection", "must start with an upper-case letter and hold only letters and digits (at most 40), got %q", r.WeaviateCollection)
	sl := c.Slack
	check(envName.MatchString(sl.BotTokenEnv), "slack.bot_token_env", notAName)
	check(envName.MatchString(sl.AppTokenEnv), "slack.app_token_env", notAName)
	check(strings.HasPrefix(sl.APIURL, "http://") || strings.HasPrefix(sl.APIURL, "https://"), "slack.api_url", "must be an http(s) URL, got %q", RedactURL(sl.APIURL))
	for _, k := range []struct{ key, list string }{{"slack.allowed_channels", sl.AllowedChannels}, {"slack.allowed_users", sl.AllowedUsers}, {"slack.allow_shared_channels", sl.AllowSharedChannels}} {
		checkIDs(check, k.key, k.list, slackID, "a Slack id (such as C0123ABCD or U0123ABCD)")
	}
	checkLimits(check, "slack", sl.Workers, sl.Queue, sl.UserRatePerMinute, sl.AnswerDeadline, sl.ShutdownTimeout)
	check(strings.TrimSpace(sl.DataDir) != "", "slack.data_dir", "must name a folder")
	check(envName.MatchString(sl.SharedStoreEnv), "slack.shared_store_env", notAName)
	check(sl.LeaseTTL >= 5*time.Second && sl.LeaseTTL <= time.Hour, "slack.lease_ttl", "must be between 5s and 1h, got %s", sl.LeaseTTL)
	dt := c.DingTalk
	check(envName.MatchString(dt.ClientIDEnv), "dingtalk.client_id_env", notAName)
	check(envName.MatchString(dt.ClientSecretEnv), "dingtalk.client_secret_env", notAName)
	check(strings.HasPrefix(dt.APIURL, "http://") || strings.HasPrefix(dt.APIURL, "https://"), "dingtalk.api_url", "must be an http(s) URL, got %q", RedactURL(dt.APIURL))
	checkIDs(check, "dingtalk.allowed_conversations", dt.AllowedConversations, dingtalkID, "a DingTalk id (such as cidAbC123== or a staff id)")
	checkIDs(check, "dingtalk.allowed_users", dt.AllowedUsers, dingtalkID, "a DingTalk id (such as cidAbC123== or a staff id)")
	checkLimits(check, "dingtalk", dt.Workers, dt.Queue, dt.UserRatePerMinute, dt.AnswerDeadline, dt.ShutdownTimeout)
	fe := c.Feishu
	check(envName.MatchString(fe.AppIDEnv), "feishu.app_id_env", notAName)
	check(envName.MatchString(fe.AppSecretEnv), "feishu.app_secret_env", notAName)
	check(strings.HasPrefix(fe.BaseURL, "http://") || strings.HasPrefix(fe.BaseURL, "https://"), "feishu.base_url", "must be an http(s) URL, got %q", RedactURL(fe.BaseURL))
	checkIDs(check, "feishu.allowed_chats", fe.AllowedChats, feishuID, "a Feishu id (such as oc_… for a chat, ou_… or a user_id for a person)")
	checkIDs(check, "feishu.allowed_users", fe.AllowedUsers, feishuID, "a Feishu id (such as oc_… for a chat, ou_… or a user_id for a person)")
	checkLimits(check, "feishu", fe.Workers, fe.Queue, fe.UserRatePerMinute, fe.AnswerDeadline, fe.ShutdownTimeout)
	c.Access.validate(check, c.Corpus.Dir)
	w := c.Web
	if w.Addr != "" {
		_, port, err := net.SplitHostPort(w.Addr)
		check(err == nil && port != "", "web.addr", "must be host:port such as 127.0.0.1:8080 (or empty for none), got %q", w.Addr)
	}
	check(w.TokenEnv == "" || envName.MatchString(w.TokenEnv), "web.token_env", notAName+` (or be "" for no token)`)
	check(w.UserHeader == "" || headerName.MatchString(w.UserHeader), "web.user_header", "must be a header name such as X-Remote-User (or empty for none), got %q", w.UserHeader)
	check(strings.TrimSpace(w.AllowedUsers) == "" || w.UserHeader != "", "web.allowed_users", "needs web.user_header: without a reverse proxy naming the user, nobody is known by name")
	checkIDs(check, "web.allowed_users", w.AllowedUsers, webUser, "a user name as the proxy's header gives it")
	checkLimits(check, "web", w.Workers, w.Queue, w.UserRatePerMinute, w.AnswerDeadline, w.ShutdownTimeout)
	check(c.Audit.RetentionDays >= 0 && c.Audit.RetentionDays <= 36500, "audit.retention_days", "must be between 0 and 36500 (0: keep forever), got %d", c.Audit.RetentionDays)
	return errors.Join(errs...)
}

// notAName is the error for a *_env key that is not a variable name. The
// value is not repeated: it is most likely the secret itself.
const notAName = "must name the environment variable that holds the secret (letters, digits, _), not the secret itself: put the secret in a variable and give that variable's name here"

// RedactURL hides what a URL may carry that is secret: user name and
// password (a key is sometimes given as either) and the query (where some
// gateways take the key).
func RedactURL(s string) string {
	u, err := url.Parse(s)
	if err != nil {
		// Not even a URL: anything after the scheme may be secret.
		scheme, _, _ := strings.Cut(s, ":")
		return scheme + ":… (not a valid URL)"
	}
	if u.User != nil {
		u.User = url.User("xxxxx")
	}
	if u.RawQuery != "" {
		u.RawQuery = "xxxxx"
	}
	return u.String()
}

var (
	envName = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)
	slackID = regexp.MustCompile(`^[A-Z][A-Z0-9]{2,}$`)
	// DingTalk ids: conversation ids (cid…, base64 with + / =), staff ids
	// (letters, digits, - and _), union ids.
	dingtalkID = regexp.MustCompile(`^[A-Za-z0-9_$:+/=.-]{2,128}$`)
	// Feishu ids: chat ids (oc_…), open ids (ou_…), user ids (letters, digits, - and _).
	feishuID = regexp.MustCompile(`^[A-Za-z0-9_-]{2,128}$`)
	// Any of the above: access lists mix the platforms' ids.
	anyChatID = dingtalkID
	// headerName is an HTTP header's name (RFC 9110 token characters).
	headerName = regexp.MustCompile("^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,64}$")
	// weaviateName is a Weaviate collection name healthbot can add a
	// version suffix to.
	weaviateName = regexp.MustCompile(`^[A-Z][A-Za-z0-9]{0,39}$`)
	// webUser is a user name from a proxy's header: no spaces or commas.
	webUser = regexp.MustCompile(`^[^\s,]{1,256}$`)
)

// applyEnv overrides every key whose HEALTHBOT_<SECTION>_<KEY> variable is
// set and not empty.
func applyEnv(cfg *Config, getenv func(string) string) error {
	var errs []error
	root := reflect.ValueOf(cfg).Elem()
	for i := 0; i < root.NumField(); i++ {
		section := yamlName(root.Type().Field(i))
		sv := root.Field(i)
		for j := 0; j < sv.NumField(); j++ {
			if sv.Field(j).Kind() == reflect.Map {
				continue // maps (access.folders) are set in the file only
			}
			key := yamlName(sv.Type().Field(j))
			env := EnvPrefix + strings.ToUpper(section+"_"+key)
			raw := getenv(env)
			if raw == "" {
				continue
			}
			if err := setValue(sv.Field(j), raw); err != nil {
				errs = append(errs, fmt.Errorf("config key %s.%s (from %s=%q): %s", section, key, env, raw, valueHint(sv.Field(j))))
			}
		}
	}
	return errors.Join(errs...)
}

// Keys lists every configuration key with its environment variable, for
// documentation and tests.
func Keys() [][2]string {
	var out [][2]string
	t := reflect.TypeOf(Config{})
	for i := 0; i < t.NumField(); i++ {
		section := yamlName(t.Field(i))
		st := t.Field(i).Type
		for j := 0; j < st.NumField(); j++ {
			if st.Field(j).Type.Kind() == reflect.Map {
				continue // maps (access.folders) have no environment override
			}
			key := yamlName(st.Field(j))
			out = append(out, [2]string{section + "." + key, EnvPrefix + strings.ToUpper(section+"_"+key)})
		}
	}
	return out
}

func yamlName(f reflect.StructField) string {
	name, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
	return name
}

func setValue(v reflect.Value, raw string) error {
	raw = strings.TrimSpace(raw)
	var err error
	if v.Type() == reflect.TypeOf(time.Duration(0)) {
		var d time.Duration
		if d, err = time.ParseDuration(raw); err == nil {
			v.SetInt(int64(d))
		}
		return err
	}
	switch v.Kind() {
	case reflect.String:
		v.SetString(raw)
	case reflect.Int:
		var n int
		if n, err = strconv.Atoi(raw); err == nil {
			v.SetInt(int64(n))
		}
	case reflect.Float64:
		var f float64
		if f, err = strconv.ParseFloat(raw, 64); err == nil {
			v.SetFloat(f)
		}
	case reflect.Bool:
		var b bool
		if b, err = strconv.ParseBool(raw); err == nil {
			v.SetBool(b)
		}
	default:
		err = fmt.Errorf("unsupported type %s", v.Type())
	}
	return err
}

// checker records a problem with a config key when ok is false.
type checker func(ok bool, key, format string, args ...any)

// checkLimits checks the limits every chat channel's section shares, under
// its prefix ("slack", "dingtalk", "feishu", "web").
func checkLimits(check checker, prefix string, workers, queue, ratePerMinute int, answerDeadline, shutdownTimeout time.Duration) {
	check(workers >= 1 && workers <= 64, prefix+".workers", "must be between 1 and 64, got %d", workers)
	check(queue >= 1 && queue <= 10000, prefix+".queue", "must be between 1 and 10000, got %d", queue)
	check(ratePerMinute >= 0 && ratePerMinute <= 600, prefix+".user_rate_per_minute", "must be between 0 and 600 (0: no limit), got %d", ratePerMinute)
	check(answerDeadline >= 5*time.Second, prefix+".answer_deadline", "must be at least 5s, got %s", answerDeadline)
	check(shutdownTimeout >= time.Second, prefix+".shutdown_timeout", "must be at least 1s, got %s", shutdownTimeout)
}

// checkIDs checks a comma-separated allow-list: each id must match pattern,
// described as what.
func checkIDs(check checker, key, list string, pattern *regexp.Regexp, what string) {
	for _, id := range strings.Split(list, ",") {
		id = strings.TrimSpace(id)
		check(id == "" || pattern.MatchString(id), key, "%q is not "+what, id)
	}
}
