package openaitest

import (
	"context"
	"errors"
	"io"
	"net/http"
	"syscall"
	"testing"
	"testing/synctest"
	"time"
)

func TestServerInBubble(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		srv := NewServer(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.URL.Path == "/slow" {
				select {
				case <-time.After(time.Hour):
				case <-r.Context().Done():
					return
				}
			}
			w.Header().Set("Content-Type", "text/plain")
			io.WriteString(w, "hello "+r.URL.Path)
		}))
		start := time.Now()
		resp, err := srv.Client().Get(srv.URL + "/a")
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if string(body) != "hello /a" {
			t.Errorf("body %q", body)
		}

		// The slow handler waits an hour of fake time.
		resp, err = srv.Client().Get(srv.URL + "/slow")
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if el := time.Since(start); el != time.Hour {
			t.Errorf("fake clock moved %s, want exactly 1h", el)
		}

		// A request given up by its context ends the handler.
		ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
		defer cancel()
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, srv.URL+"/slow", nil)
		if _, err := srv.Client().Do(req); !errors.Is(err, context.DeadlineExceeded) {
			t.Errorf("err %v, want DeadlineExceeded", err)
		}
	})
}

func TestRefusingClient(t *testing.T) {
	_, err := RefusingClient().Get("http://openai.test/")
	if !errors.Is(err, syscall.ECONNREFUSED) {
		t.Errorf("err %v, want connection refused", err)
	}
}
