package config

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

func writeConfig(t *testing.T, body string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "config.yaml")
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func envOf(m map[string]string) func(string) string {
	return func(k string) string { return m[k] }
}

func TestLoad(t *testing.T) {
	tests := []struct {
		name    string
		yaml    string
		env     map[string]string
		check   func(t *testing.T, c Config)
		wantErr []string // substrings the error must contain
	}{
		{
			name: "defaults from an empty file",
			yaml: "# nothing\n",
			check: func(t *testing.T, c Config) {
				if !reflect.DeepEqual(c, Default()) {
					t.Errorf("got %+v, want defaults", c)
				}
			},
		},
		{
			name: "file values",
			yaml: "corpus:\n  dir: /data/reports\n  chunk_runes: 800\n  pdf_timeout: 2m\nindex:\n  dir: /var/lib/healthbot\n",
			check: func(t *testing.T, c Config) {
				if c.Corpus.Dir != "/data/reports" || c.Corpus.ChunkRunes != 800 || c.Index.Dir != "/var/lib/healthbot" || c.Corpus.PDFTimeout != 2*time.Minute {
					t.Errorf("got %+v", c)
				}
			},
		},
		{
			name: "environment wins over the file",
			yaml: "corpus:\n  dir: /data/reports\n",
			env:  map[string]string{"HEALTHBOT_CORPUS_DIR": "/env/reports", "HEALTHBOT_INDEX_DIR": "/env/index", "HEALTHBOT_CORPUS_CHUNK_RUNES": "300", "HEALTHBOT_CORPUS_FOLLOW_SYMLINKS": "true"},
			check: func(t *testing.T, c Config) {
				if c.Corpus.Dir != "/env/reports" || c.Index.Dir != "/env/index" || c.Corpus.ChunkRunes != 300 || !c.Corpus.FollowSymlinks {
					t.Errorf("got %+v", c)
				}
			},
		},
		{
			name: "audit log",
			yaml: "audit:\n  file: /var/log/healthbot/audit.jsonl\n",
			env:  map[string]string{"HEALTHBOT_AUDIT_RETENTION_DAYS": "30"},
			check: func(t *testing.T, c Config) {
				if c.Audit.File != "/var/log/healthbot/audit.jsonl" || c.Audit.RetentionDays != 30 || !c.Audit.Enabled() {
					t.Errorf("got %+v", c.Audit)
				}
			},
		},
		{
			name: "audit log off",
			env:  map[string]string{"HEALTHBOT_AUDIT_FILE": "off"},
			check: func(t *testing.T, c Config) {
				if c.Audit.Enabled() || Default().Audit.File != ".healthbot/data/audit.jsonl" || !Default().Audit.Enabled() {
					t.Errorf("got %+v", c.Audit)
				}
			},
		},
		{name: "negative retention", yaml: "audit:\n  retention_days: -1\n", wantErr: []string{"audit.retention_days"}},
		{name: "unknown key", yaml: "corpus:\n  chunk_size: 3\n", wantErr: []string{"corpus.chunk_size", "line 2", "chunk_runes"}},
		{name: "unknown section", yaml: "llms:\n  model: x\n", wantErr: []string{`"llms"`}},
		{name: "bad value", yaml: "corpus:\n  chunk_runes: many\n", wantErr: []string{"corpus.chunk_runes", "whole number"}},
		{name: "out of range", yaml: "corpus:\n  chunk_runes: 5\n", wantErr: []string{"corpus.chunk_runes", "between"}},
		{name: "bad env value", env: map[string]string{"HEALTHBOT_CORPUS_MAX_FILE_MB": "big"}, wantErr: []string{"corpus.max_file_mb", "HEALTHBOT_CORPUS_MAX_FILE_MB"}},
		{name: "bad duration", yaml: "corpus:\n  pdf_timeout: soon\n", wantErr: []string{"corpus.pdf_timeout", "duration"}},
		{name: "not a mapping", yaml: "- a\n- b\n", wantErr: []string{"expected sections"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Load(writeConfig(t, tt.yaml), envOf(tt.env))
			if len(tt.wantErr) > 0 {
				if err == nil {
					t.Fatalf("no error, want one mentioning %q", tt.wantErr)
				}
				for _, w := range tt.wantErr {
					if !strings.Contains(err.Error(), w) {
						t.Errorf("error %q does not mention %q", err, w)
					}
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			tt.check(t, c)
		})
	}
}

func TestLoadMissingFile(t *testing.T) {
	if _, err := Load(filepath.Join(t.TempDir(), "nope.yaml"), envOf(nil)); err == nil {
		t.Fatal("an explicit config path that does not exist must be an error")
	}
}

// TestShippedConfig keeps config.yaml at the top of the repository loadable
// and complete: every key is present and commented.
func TestShippedConfig(t *testing.T) {
	data, err := os.ReadFile("../config.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Load("../config.yaml", envOf(nil)); err != nil {
		t.Fatalf("shipped config.yaml does not load: %v", err)
	}
	text := string(data)
	for _, k := range Keys() {
		key := k[0][strings.IndexByte(k[0], '.')+1:]
		i := strings.Index(text, "\n  "+key+":")
		if i < 0 {
			t.Errorf("config.yaml lacks key %s", k[0])
			continue
		}
		line := text[i+1:]
		line = line[:strings.IndexByte(line, '\n')]
		if !strings.Contains(line, "#") {
			t.Errorf("config.yaml key %s has no comment: %q", k[0], line)
		}
		if !strings.Contains(text, k[1]) {
			t.Errorf("config.yaml does not mention the override %s", k[1])
		}
	}
}

func TestRedactURL(t *testing.T) {
	for in, want := range map[string]string{
		"https://api.deepseek.com/v1":             "https://api.deepseek.com/v1",
		"http://bot:sk-secret@127.0.0.1:1/v1":     "http://xxxxx@127.0.0.1:1/v1",
		"http://sk-secret@host/v1":                "http://xxxxx@host/v1",
		"https://gw.example/v1?api_key=sk-secret": "https://gw.example/v1?xxxxx",
		"htps://u:sk-secret@h/v1":                 "htps://xxxxx@h/v1",
		"http://[bad:sk-secret@h":                 "http:… (not a valid URL)",
	} {
		if got := RedactURL(in); got != want {
			t.Errorf("RedactURL(%q) = %q, want %q", in, got, want)
		}
	}
}

// A secret typed where the name of its variable belongs is refused
// without being repeated.
func TestSecretInsteadOfVariableName(t *testing.T) {
	for _, key := range []string{"HEALTHBOT_LLM_API_KEY_ENV", "HEALTHBOT_EMBEDDING_API_KEY_ENV", "HEALTHBOT_SLACK_BOT_TOKEN_ENV", "HEALTHBOT_SLACK_APP_TOKEN_ENV", "HEALTHBOT_INDEX_ENCRYPTION_KEY_ENV", "HEALTHBOT_FEISHU_APP_SECRET_ENV"} {
		const secret = "xoxb-1234-5678-SECRETvalue"
		_, err := Load(writeConfig(t, ""), envOf(map[string]string{key: secret}))
		if err == nil || strings.Contains(err.Error(), secret) || !strings.Contains(err.Error(), "not the secret itself") {
			t.Errorf("%s: %v", key, err)
		}
	}
}

func TestAdminAddr(t *testing.T) {
	for _, tt := range []struct {
		addr string
		ok   bool
	}{{"", true}, {"127.0.0.1:9090", true}, {":9090", true}, {"[::1]:0", true}, {"127.0.0.1", false}, {"9090", false}, {"host:", false}} {
		cfg, err := Load("/dev/null", func(k string) string {
			if k == "HEALTHBOT_ADMIN_ADDR" {
				return tt.addr
			}
			return ""
		})
		if tt.ok && (err != nil || cfg.Admin.Addr != tt.addr) {
			t.Errorf("admin.addr %q: %v, %q", tt.addr, err, cfg.Admin.Addr)
		}
		if !tt.ok && (err == nil || !strings.Contains(err.Error(), "admin.addr")) {
			t.Errorf("admin.addr %q accepted (%v)", tt.addr, err)
		}
	}
}

func TestFeishuSection(t *testing.T) {
	cfg, err := Load(writeConfig(t, "feishu:\n  base_url: https://open.larksuite.com\n  allowed_chats: oc_a1b2, oc_c3d4\n  allowed_users: ou_e5f6,staff01\n"), envOf(map[string]string{"HEALTHBOT_FEISHU_WORKERS": "2"}))
	if err != nil || cfg.Feishu.BaseURL != "https://open.larksuite.com" || cfg.Feishu.Workers != 2 || cfg.Feishu.AppIDEnv != "FEISHU_APP_ID" || cfg.Feishu.AppSecretEnv != "FEISHU_APP_SECRET" {
		t.Fatalf("%+v: %v", cfg.Feishu, err)
	}
	for env, key := range map[string]string{
		"HEALTHBOT_FEISHU_ALLOWED_CHATS":   "feishu.allowed_chats",
		"HEALTHBOT_FEISHU_BASE_URL":        "feishu.base_url",
		"HEALTHBOT_FEISHU_ANSWER_DEADLINE": "feishu.answer_deadline",
	} {
		value := map[string]string{"HEALTHBOT_FEISHU_ALLOWED_CHATS": "oc a b", "HEALTHBOT_FEISHU_BASE_URL": "open.feishu.cn", "HEALTHBOT_FEISHU_ANSWER_DEADLINE": "1s"}[env]
		if _, err := Load(writeConfig(t, ""), envOf(map[string]string{env: value})); err == nil || !strings.Contains(err.Error(), key) {
			t.Errorf("%s=%q: %v", env, value, err)
		}
	}
}

func TestWebSection(t *testing.T) {
	cfg, err := Load(writeConfig(t, "web:\n  addr: 127.0.0.1:8081\n  token_env: WEB_CHAT_TOKEN\n  user_header: X-Remote-User\n  allowed_users: zhangsan, 李四\n"), envOf(map[string]string{"HEALTHBOT_WEB_WORKERS": "2"}))
	if err != nil || cfg.Web.Addr != "127.0.0.1:8081" || cfg.Web.Workers != 2 || cfg.Web.TokenEnv != "WEB_CHAT_TOKEN" || cfg.Web.UserHeader != "X-Remote-User" || cfg.Web.UserRatePerMinute != 6 {
		t.Fatalf("%+v: %v", cfg.Web, err)
	}
	if d := Default().Web; d.Addr != "" || d.TokenEnv != "" || d.UserHeader != "" {
		t.Errorf("the web chat is on by default: %+v", d)
	}
	for _, tt := range []struct{ env, value, key string }{
		{"HEALTHBOT_WEB_ADDR", "8080", "web.addr"},
		{"HEALTHBOT_WEB_TOKEN_ENV", "s3cr3t-token!", "web.token_env"},
		{"HEALTHBOT_WEB_USER_HEADER", "X Remote User", "web.user_header"},
		{"HEALTHBOT_WEB_ALLOWED_USERS", "zhangsan", "web.allowed_users"}, // without user_header
		{"HEALTHBOT_WEB_ANSWER_DEADLINE", "1s", "web.answer_deadline"},
	} {
		_, err := Load(writeConfig(t, ""), envOf(map[string]string{tt.env: tt.value}))
		if err == nil || !strings.Contains(err.Error(), tt.key) {
			t.Errorf("%s=%q: %v", tt.env, tt.value, err)
		}
		if err != nil && strings.Contains(err.Error(), "s3cr3t") {
			t.Errorf("the error repeats what may be a secret: %v", err)
		}
	}
}
