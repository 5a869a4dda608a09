package webchat

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"
)

// contentSecurityPolicy allows the page's own script, style and API and
// nothing else: no other origin, no inline script or style element, no
// plugins, no framing. The chart is SVG built by the script.
const contentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

// routes is the page, its files and the API, behind the security headers.
func (s *Server) routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", servePage)
	mux.Handle("GET /static/", staticFiles())
	mux.HandleFunc("GET /api/session", s.session)
	mux.HandleFunc("POST /api/login", s.login)
	mux.HandleFunc("POST /api/logout", s.logout)
	mux.HandleFunc("POST /api/ask", s.ask)
	mux.HandleFunc("POST /api/feedback", s.vote)
	return secure(mux)
}

// secure sets the headers every answer carries and refuses a POST that
// another site's page makes the browser send (by Sec-Fetch-Site; the API
// also takes JSON only, which no cross-site form can send without a
// preflight nobody answers).
func secure(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", contentSecurityPolicy)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		h.Set("Cross-Origin-Resource-Policy", "same-origin")
		if strings.HasPrefix(r.URL.Path, "/api/") {
			h.Set("Cache-Control", "no-store")
		}
		if r.Method == http.MethodPost && r.Header.Get("Sec-Fetch-Site") == "cross-site" {
			writeError(w, http.StatusForbidden, msgCrossSite)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// What staff are told by the API, besides chatkit's messages.
const (
	msgCrossSite     = "请求来源不正确，请直接打开本页面提问。"
	msgBadRequest    = "请求格式不正确，请刷新页面后重试。"
	msgTooLarge      = "问题太长了，请精简后再问。"
	msgEmpty         = "请输入问题。"
	msgNeedToken     = "请先输入访问令牌登录。"
	msgBadToken      = "访问令牌不正确。"
	msgTooManyLogins = "尝试次数太多，请稍等一分钟再试。"
	msgNoUser        = "未能识别登录用户，请通过单位统一登录入口访问。"
	msgNothingToRate = "没有找到可以评价的回答，请刷新页面后重新提问。"
	msgJSONOnly      = "请求格式不正确（需要 JSON）。"
)

// apiError is a refusal: the HTTP status and what the page shows.
type apiError struct {
	status  int
	message string
}

// writeError answers with status and {"error": message}.
func writeError(w http.ResponseWriter, status int, message string) {
	writeJSON(w, status, map[string]string{"error": message})
}

// writeJSON answers with status and v as JSON (with <, > and & escaped, so
// no text from a document can read as markup even outside the page).
func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// readJSON reads a JSON request body of at most limit bytes into decode's
// result; the *apiError says why not.
func readJSON[T any](w http.ResponseWriter, r *http.Request, limit int64, decode func(io.Reader) (T, error)) (T, *apiError) {
	var zero T
	mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil || mt != "application/json" {
		return zero, &apiError{http.StatusUnsupportedMediaType, msgJSONOnly}
	}
	body := http.MaxBytesReader(w, r.Body, limit)
	v, err := decode(body)
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return zero, &apiError{http.StatusRequestEntityTooLarge, msgTooLarge}
		}
		if errors.Is(err, errEmptyQuestion) {
			return zero, &apiError{http.StatusBadRequest, msgEmpty}
		}
		return zero, &apiError{http.StatusBadRequest, msgBadRequest}
	}
	return v, nil
}

// writeEvent writes one server-sent event: its name and v as one line of
// JSON.
func writeEvent(w io.Writer, event string, v any) error {
	data, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("encode %s event: %w", event, err)
	}
	_, err = fmt.Fprintf(w, "event: %s\ndata: %s\n\n", event, data)
	return err
}
