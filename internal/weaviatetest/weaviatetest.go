// Package weaviatetest runs a real Weaviate server on loopback for tests:
// one node in a temporary folder, on free ports, with anonymous access and
// no vectorizer module, killed when the test ends. Tests that use it skip
// when no weaviate-server binary is found ($HEALTHBOT_WEAVIATE_BIN, else
// PATH); scripts/weaviatetest builds one and runs them.
package weaviatetest

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// EnvBinary names the variable that points at a weaviate-server binary.
const EnvBinary = "HEALTHBOT_WEAVIATE_BIN"

// Binary returns the weaviate-server to run, "" when there is none.
func Binary() string {
	if b := os.Getenv(EnvBinary); b != "" {
		return b
	}
	b, err := exec.LookPath("weaviate-server")
	if err != nil {
		return ""
	}
	return b
}

// Node is a running Weaviate server.
type Node struct {
	URL  string // http://127.0.0.1:PORT
	Data string // its data folder
	Log  string // its log file
	cmd  *exec.Cmd
	done chan error
}

// Start starts a one-node cluster with its data in a temporary folder of
// t, and skips t when no binary is found. The node is killed when t ends.
func Start(t testing.TB) *Node {
	t.Helper()
	bin := Binary()
	if bin == "" {
		t.Skipf("no weaviate-server: set %s or put it on PATH (scripts/weaviatetest builds one)", EnvBinary)
	}
	dir := t.TempDir()
	n, err := start(bin, dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		n.Kill()
		if t.Failed() {
			if data, err := os.ReadFile(n.Log); err == nil {
				lines := strings.Split(strings.TrimSpace(string(data)), "\n")
				t.Logf("weaviate log (last lines):\n%s", strings.Join(lines[max(0, len(lines)-20):], "\n"))
			}
		}
	})
	return n
}

// start runs bin with its data in dir and waits until it is ready.
func start(bin, dir string) (*Node, error) {
	ports, err := freePorts(6)
	if err != nil {
		return nil, err
	}
	p := func(i int) string { return strconv.Itoa(ports[i]) }
	n := &Node{URL: "http://127.0.0.1:" + p(0), Data: filepath.Join(dir, "data"), Log: filepath.Join(dir, "weaviate.log")}
	logf, err := os.Create(n.Log)
	if err != nil {
		return nil, err
	}
	defer logf.Close()
	n.cmd = exec.Command(bin, "--host", "127.0.0.1", "--port", p(0), "--scheme", "http")
	n.cmd.Env = append(os.Environ(),
		"CLUSTER_HOSTNAME=node1",
		"CLUSTER_ADVERTISE_ADDR=127.0.0.1",
		"CLUSTER_GOSSIP_BIND_PORT="+p(1),
		"CLUSTER_DATA_BIND_PORT="+p(2),
		"RAFT_PORT="+p(3),
		"RAFT_INTERNAL_RPC_PORT="+p(4),
		"RAFT_JOIN=node1:"+p(3),
		"RAFT_BOOTSTRAP_EXPECT=1",
		"GRPC_PORT="+p(5),
		"PERSISTENCE_DATA_PATH="+n.Data,
		"AUTHENTICATION_ANONYMOUS_ACCESS_ENABLED=true",
		"DEFAULT_VECTORIZER_MODULE=none",
		"DISABLE_TELEMETRY=true",
		"LOG_LEVEL=warning",
	)
	n.cmd.Stdout, n.cmd.Stderr = logf, logf
	if err := n.cmd.Start(); err != nil {
		return nil, fmt.Errorf("start %s: %w", bin, err)
	}
	n.done = make(chan error, 1)
	go func() { n.done <- n.cmd.Wait() }()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	for {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, n.URL+"/v1/.well-known/ready", nil)
		if resp, err := http.DefaultClient.Do(req); err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return n, nil
			}
		}
		select {
		case err := <-n.done:
			n.done <- err
			return nil, fmt.Errorf("weaviate-server exited before it was ready (%v); log in %s", err, n.Log)
		case <-ctx.Done():
			n.Kill()
			return nil, errors.New("weaviate-server not ready within 2 minutes; log in " + n.Log)
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// Kill stops the node at once (SIGKILL) and waits for it to exit.
func (n *Node) Kill() {
	if n.cmd == nil || n.cmd.Process == nil {
		return
	}
	n.cmd.Process.Kill()
	err := <-n.done
	n.done <- err
}

// freePorts returns n TCP ports free on loopback now.
func freePorts(n int) ([]int, error) {
	var ls []net.Listener
	defer func() {
		for _, l := range ls {
			l.Close()
		}
	}()
	var out []int
	for range n {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return nil, err
		}
		ls = append(ls, l)
		out = append(out, l.Addr().(*net.TCPAddr).Port)
	}
	return out, nil
}
