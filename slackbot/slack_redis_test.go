//go:build integration

package slackbot_test

import (
	"context"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
	"time"
)

// The replica tests again, on the wall clock, against a real redis-server
// (Debian's package; $HEALTHBOT_REDIS_SERVER or PATH), started on a free
// loopback port with no persistence: scripts/test-cluster.sh runs them.

func realRedis(t *testing.T) *sharedRedis {
	t.Helper()
	bin := os.Getenv("HEALTHBOT_REDIS_SERVER")
	if bin == "" {
		var err error
		if bin, err = exec.LookPath("redis-server"); err != nil {
			t.Skip("no redis-server: apt-get install redis-server, or set HEALTHBOT_REDIS_SERVER")
		}
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	dir := t.TempDir()
	cmd := exec.Command(bin, "--port", strconv.Itoa(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir,
		"--logfile", filepath.Join(dir, "redis.log"))
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	addr := "127.0.0.1:" + strconv.Itoa(port)
	for i := 0; ; i++ {
		if c, err := net.Dial("tcp", addr); err == nil {
			c.Close()
			break
		}
		if i == 100 {
			t.Fatalf("redis-server not listening on %s", addr)
		}
		time.Sleep(50 * time.Millisecond)
	}
	return &sharedRedis{
		dial: func() (net.Conn, error) {
			var d net.Dialer
			return d.DialContext(context.Background(), "tcp", addr)
		},
		expire:   func() {}, // the lease (leaseTTL) runs out by itself
		leaseTTL: 3 * time.Second,
	}
}

// TestSlackReplicasRealRedis: two serve replicas over a real Redis, each
// event delivered to both; follow-ups and 👍 on the other replica.
func TestSlackReplicasRealRedis(t *testing.T) {
	sampleIndex(t)
	replicasAnswerOnce(t, realRedis(t))
}

// TestSlackReplicaDiesRealRedis: a replica dies mid-answer; the other
// answers once the lease (3 s here) runs out.
func TestSlackReplicaDiesRealRedis(t *testing.T) {
	sampleIndex(t)
	replicaDiesMidAnswer(t, realRedis(t))
}
