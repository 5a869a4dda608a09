package main

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/alicebob/miniredis/v2"

	"github.com/healthbot/healthbot/config"
)

// TestServeSharedStore checks that serve connects to the Redis named by
// slack.shared_store_env, runs alone without it, and refuses to start
// when it does not answer, naming the variable and never the password.
func TestServeSharedStore(t *testing.T) {
	mr := miniredis.RunT(t)
	cfg := config.Default()
	envOf := func(url string) *env {
		return &env{cfg: cfg, getenv: func(k string) string {
			if k == cfg.Slack.SharedStoreEnv {
				return url
			}
			return ""
		}}
	}
	ctx := context.Background()
	st, err := envOf("redis://" + mr.Addr() + "/0").sharedStore(ctx)
	if err != nil || st == nil {
		t.Fatalf("shared store: %v, %v", st, err)
	}
	if dup, err := st.SeenOrAdd(ctx, time.Minute, "event:E1"); dup || err != nil {
		t.Fatalf("seen: %v %v", dup, err)
	}
	st.Close()
	if st, err := envOf("").sharedStore(ctx); st != nil || err != nil {
		t.Fatalf("without the variable: %v, %v", st, err)
	}
	addr := mr.Addr()
	mr.Close()
	_, err = envOf("redis://:s3cret-pass@" + addr + "/0").sharedStore(ctx)
	if err == nil || !strings.Contains(err.Error(), cfg.Slack.SharedStoreEnv) || strings.Contains(err.Error(), "s3cret") {
		t.Fatalf("unreachable store: %v", err)
	}
}
