package main

import (
	"encoding/json"
	"math"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/healthbot/healthbot/internal/weaviatetest"
)

// weaviateEnv is the environment of the commands with the Weaviate
// backend at url.
func weaviateEnv(url, idx string) map[string]string {
	return map[string]string{
		"HEALTHBOT_RETRIEVAL_BACKEND":       "weaviate",
		"HEALTHBOT_RETRIEVAL_WEAVIATE_URLS": url,
		"HEALTHBOT_CORPUS_DIR":              samples,
		"HEALTHBOT_INDEX_DIR":               idx,
	}
}

// TestWeaviateBackendCommands runs the commands with retrieval.backend
// weaviate against a fake Weaviate: the first question publishes the
// index first and is answered from the collection; a second ingest finds
// it up to date.
func TestWeaviateBackendCommands(t *testing.T) {
	t.Parallel()
	fw := weaviatetest.NewFake(t)
	env := weaviateEnv(fw.URL(), t.TempDir())
	code, out, errOut := runCLI(t, env, "search", "--json", "--mode", "keyword", "家庭医生签约率")
	if code != 0 {
		t.Fatalf("search: exit %d: %s", code, errOut)
	}
	if !strings.Contains(errOut, "No Weaviate collection Healthbot yet") {
		t.Errorf("first search does not say it builds the collection: %s", errOut)
	}
	var res struct {
		Hits []struct{ Title, Text string }
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil || len(res.Hits) == 0 {
		t.Fatalf("search --json: %v, %s", err, out)
	}
	if fw.Alias("Healthbot") == "" {
		t.Fatal("no alias after the first search")
	}
	code, out, errOut = runCLI(t, env, "ingest")
	if code != 0 || !strings.Contains(out, "Weaviate: collection "+fw.Alias("Healthbot")+" already holds this index") {
		t.Errorf("second ingest: exit %d\n%s%s", code, out, errOut)
	}
	code, out, errOut = runCLI(t, env, "ingest", "--json")
	var sum struct {
		Chunks   int
		Weaviate struct {
			Collection string
			UpToDate   bool `json:"up_to_date"`
		}
	}
	if code != 0 || json.Unmarshal([]byte(out), &sum) != nil || sum.Chunks == 0 || !sum.Weaviate.UpToDate || sum.Weaviate.Collection == "" {
		t.Errorf("ingest --json: exit %d %s\n%s", code, errOut, out)
	}
}

// TestWeaviateKeyIsSecret checks that the key named by
// retrieval.weaviate_api_key_env is sent as a bearer token and never
// printed, even when the server quotes it back.
func TestWeaviateKeyIsSecret(t *testing.T) {
	t.Parallel()
	const key = "provincial-weaviate-key-2026" // no key shape: only the configuration says it is one
	fw := weaviatetest.NewFake(t)
	fw.Fail(func(method, path string) int { return http.StatusInternalServerError })
	env := weaviateEnv(fw.URL(), t.TempDir())
	env["WV_KEY"] = key
	// The variable is named in the file (not by an override, whose value
	// is redacted before the configuration is read).
	cfg := filepath.Join(t.TempDir(), "config.yaml")
	if err := os.WriteFile(cfg, []byte("retrieval:\n  weaviate_api_key_env: WV_KEY\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCLI(t, env, "ingest", "--config", cfg)
	if code == 0 {
		t.Fatal("ingest succeeded against a failing Weaviate")
	}
	if fw.Authorization() != "Bearer "+key {
		t.Errorf("Authorization %q, want the key as a bearer token", fw.Authorization())
	}
	if strings.Contains(out+errOut, key) || !strings.Contains(errOut, "injected failure") {
		t.Errorf("key printed, or the server's answer not shown:\n%s%s", out, errOut)
	}
	if !strings.Contains(errOut, "publish the search index") {
		t.Errorf("the error does not say what failed: %s", errOut)
	}
	delete(env, "WV_KEY")
	if code, _, errOut := runCLI(t, env, "ingest", "--config", cfg); code == 0 || !strings.Contains(errOut, "WV_KEY") {
		t.Errorf("an empty key variable: exit %d %s", code, errOut)
	}
}

// TestWeaviateEvalBothBackends runs healthbot eval on both backends over
// one index folder and a real Weaviate (skipped without one): recall
// within 0.02 in every mode.
func TestWeaviateEvalBothBackends(t *testing.T) {
	node := weaviatetest.Start(t)
	idx := t.TempDir()
	env := weaviateEnv(node.URL, idx)
	if code, out, errOut := runCLI(t, env, "ingest"); code != 0 || !strings.Contains(out, "Weaviate: published") {
		t.Fatalf("ingest: exit %d\n%s%s", code, out, errOut)
	}
	type modeScores struct {
		Mode string
		R1   float64 `json:"recall@1"`
		R5   float64 `json:"recall@5"`
		R10  float64 `json:"recall@10"`
		MRR  float64 `json:"mrr"`
	}
	scores := map[string][]modeScores{}
	for _, backend := range []string{"embedded", "weaviate"} {
		env["HEALTHBOT_RETRIEVAL_BACKEND"] = backend
		code, out, errOut := runCLI(t, env, "eval", "--json", "--now", "2024-06-01", "--set", "../../retrieval/testdata/eval.yaml")
		if code != 0 {
			t.Fatalf("eval on %s: exit %d: %s", backend, code, errOut)
		}
		s := scores[backend]
		if err := json.Unmarshal([]byte(out), &s); err != nil {
			t.Fatal(err)
		}
		scores[backend] = s
	}
	e, w := scores["embedded"], scores["weaviate"]
	if len(e) != 3 || len(w) != 3 {
		t.Fatalf("scores %v %v", e, w)
	}
	for i := range e {
		t.Logf("%-7s recall@1/5/10 MRR: embedded %.3f %.3f %.3f %.3f, weaviate %.3f %.3f %.3f %.3f", e[i].Mode, e[i].R1, e[i].R5, e[i].R10, e[i].MRR, w[i].R1, w[i].R5, w[i].R10, w[i].MRR)
		for _, d := range []float64{e[i].R1 - w[i].R1, e[i].R5 - w[i].R5, e[i].R10 - w[i].R10} {
			if math.Abs(d) > 0.02 {
				t.Errorf("%s: recall differs by %.3f", e[i].Mode, d)
			}
		}
	}
}
