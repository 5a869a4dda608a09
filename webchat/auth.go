package webchat

import (
	"crypto/hmac"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/healthbot/healthbot/internal/chatkit"
)

// Sign-in. With a token configured, a request carries either the session
// cookie (set by POST /api/login; it holds an HMAC of the token, never the
// token) or "Authorization: Bearer TOKEN". With a user header configured,
// the reverse proxy names the user; without one, a person is known by
// their address only (for the rate limit and conversations).

const (
	sessionCookie          = "healthbot_web"
	sessionLifetime        = 7 * 24 * time.Hour
	loginAttemptsPerMinute = 10
)

// Login kinds, as GET /api/session reports them.
const (
	loginNone   = "none"
	loginToken  = "token"
	loginHeader = "header"
	loginBoth   = "token+header"
)

// identity is who asks: user is what the allow-list, the rate limit and
// the logs know them by; named says a proxy named them.
type identity struct {
	user  string
	named bool
}

// sessionValue is the cookie's value for token: an HMAC of a fixed text
// keyed by the token, so the cookie never holds the token itself.
func sessionValue(token string) string {
	mac := hmac.New(sha256.New, []byte(token))
	mac.Write([]byte("healthbot web session v1"))
	return hex.EncodeToString(mac.Sum(nil))
}

func equalSecret(a, b string) bool { return subtle.ConstantTimeCompare([]byte(a), []byte(b)) == 1 }

func (s *Server) loginKind() string {
	switch {
	case s.opts.Token != "" && s.opts.UserHeader != "":
		return loginBoth
	case s.opts.Token != "":
		return loginToken
	case s.opts.UserHeader != "":
		return loginHeader
	}
	return loginNone
}

// tokenOK reports whether r carries the access token (or needs none).
func (s *Server) tokenOK(r *http.Request) bool {
	if s.opts.Token == "" {
		return true
	}
	if tok, ok := bearerToken(r.Header.Get("Authorization")); ok {
		return equalSecret(tok, s.opts.Token)
	}
	if c, err := r.Cookie(sessionCookie); err == nil {
		return equalSecret(c.Value, sessionValue(s.opts.Token))
	}
	return false
}

// identify says who sent r, or why they may not ask.
func (s *Server) identify(r *http.Request) (identity, *apiError) {
	if !s.tokenOK(r) {
		return identity{}, &apiError{http.StatusUnauthorized, msgNeedToken}
	}
	if s.opts.UserHeader != "" {
		u, ok := proxyUser(r.Header.Get(s.opts.UserHeader))
		if !ok {
			return identity{}, &apiError{http.StatusUnauthorized, msgNoUser}
		}
		if !s.access.UserAllowed(u) {
			return identity{}, &apiError{http.StatusForbidden, chatkit.MsgUserClosed}
		}
		return identity{user: u, named: true}, nil
	}
	return identity{user: "addr:" + remoteHost(r)}, nil
}

// remoteHost is the address the request came from, without the port.
func remoteHost(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// secureRequest reports whether the browser reached us over HTTPS
// (directly or through a proxy that says so), so the cookie is marked Secure.
func secureRequest(r *http.Request) bool {
	return r.TLS != nil || strings.EqualFold(r.Header.Get("X-Forwarded-Proto"), "https")
}

// sessionInfo is GET /api/session's answer.
type sessionInfo struct {
	Login    string `json:"login"`          // none, token, header or token+header
	SignedIn bool   `json:"signed_in"`      // false: the page asks for the token
	User     string `json:"user,omitempty"` // the name the proxy gave
}

// session says how sign-in works and whether this browser is signed in.
func (s *Server) session(w http.ResponseWriter, r *http.Request) {
	info := sessionInfo{Login: s.loginKind()}
	id, aerr := s.identify(r)
	if aerr != nil {
		if aerr.status == http.StatusUnauthorized && s.tokenOK(r) || aerr.status == http.StatusForbidden {
			writeError(w, aerr.status, aerr.message) // the proxy's part: nothing the page can do
			return
		}
		writeJSON(w, http.StatusOK, info)
		return
	}
	info.SignedIn = true
	if id.named {
		info.User = id.user
	}
	writeJSON(w, http.StatusOK, info)
}

// login exchanges the access token for the session cookie.
func (s *Server) login(w http.ResponseWriter, r *http.Request) {
	if s.opts.Token == "" {
		writeJSON(w, http.StatusOK, map[string]bool{"ok": true})
		return
	}
	if ok, _ := s.logins.Allow("login:" + remoteHost(r)); !ok {
		writeError(w, http.StatusTooManyRequests, msgTooManyLogins)
		return
	}
	req, aerr := readJSON(w, r, s.opts.MaxBodyBytes, decodeLogin)
	if aerr != nil {
		writeError(w, aerr.status, aerr.message)
		return
	}
	if !equalSecret(strings.TrimSpace(req.Token), s.opts.Token) {
		s.log.Info("web: login refused: wrong token", "addr", remoteHost(r))
		writeError(w, http.StatusUnauthorized, msgBadToken)
		return
	}
	http.SetCookie(w, &http.Cookie{
		Name: sessionCookie, Value: sessionValue(s.opts.Token), Path: "/",
		MaxAge: int(sessionLifetime / time.Second), HttpOnly: true, SameSite: http.SameSiteStrictMode,
		Secure: secureRequest(r),
	})
	writeJSON(w, http.StatusOK, map[string]bool{"ok": true})
}

// logout removes the session cookie.
func (s *Server) logout(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: sessionCookie, Value: "", Path: "/", MaxAge: -1, HttpOnly: true, SameSite: http.SameSiteStrictMode, Secure: secureRequest(r)})
	writeJSON(w, http.StatusOK, map[string]bool{"ok": true})
}
