package main

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
)

// A key no pattern recognises by its shape, quoted back by a gateway
// URL-encoded, base64-encoded and upper-cased, never reaches the output.
func TestLLMErrorEncodedKey(t *testing.T) {
	t.Parallel()
	const key = "gw/Key+for.the-gateway=42"
	forms := map[string]string{
		"url-encoded": url.QueryEscape(key),
		"base64":      base64.StdEncoding.EncodeToString([]byte("Basic " + key)),
		"upper-cased": strings.ToUpper(key),
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.Copy(io.Discard, r.Body)
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusBadRequest)
		msg := fmt.Sprintf("bad key %s; as %s; in header %s", forms["url-encoded"], forms["upper-cased"], forms["base64"])
		json.NewEncoder(w).Encode(map[string]any{"error": map[string]any{"message": msg, "type": "invalid_request_error"}})
	}))
	t.Cleanup(srv.Close)
	env := map[string]string{
		"LLM_API_KEY": key, "HEALTHBOT_LLM_BASE_URL": srv.URL + "/v1", "HEALTHBOT_LLM_MODEL": "m",
		"HEALTHBOT_LLM_MAX_RETRIES": "1", "HEALTHBOT_LLM_TIMEOUT": "5s", "HEALTHBOT_LLM_DEADLINE": "10s",
		"HEALTHBOT_CORPUS_DIR": samples, "HEALTHBOT_INDEX_DIR": sampleIndex(t), "HEALTHBOT_NOW": "2024-03-01",
	}
	_, out, errOut := runCLI(t, env, "ask", "-v", "2023年家庭医生签约服务开展得怎么样？")
	if !strings.Contains(errOut, "bad key") {
		t.Fatalf("the provider's message is not in the log, nothing was checked:\n%s", errOut)
	}
	for name, form := range forms {
		if strings.Contains(out+errOut, form) || strings.Contains(out+errOut, form[4:20]) {
			t.Errorf("the key %s is printed:\n%s\n%s", name, out, errOut)
		}
	}
}
