// Package weaviatetest runs real Weaviate servers on loopback for tests:
// one node, or a cluster of several, in temporary folders, on free ports,
// with anonymous access and no vectorizer module, killed when the test
// ends. Tests that use it skip when no weaviate-server binary is found
// ($HEALTHBOT_WEAVIATE_BIN, else PATH); scripts/weaviatetest and
// scripts/test-cluster.sh build one and run them.
package weaviatetest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
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

// Node is a Weaviate server, running or killed.
type Node struct {
	Name string // its cluster hostname: node1, node2, …
	URL  string // http://127.0.0.1:PORT
	Data string // its data folder
	Log  string // its log file

	bin    string
	args   []string
	env    []string
	gossip string  // its gossip address
	peers  []*Node // the other nodes of its cluster

	mu   sync.Mutex
	cmd  *exec.Cmd
	done chan error
}

// Start starts a one-node cluster with its data in a temporary folder of
// t, and skips t when no binary is found. The node is killed when t ends.
func Start(t testing.TB) *Node {
	return StartCluster(t, 1).Nodes[0]
}

// Cluster is several nodes on loopback forming one Weaviate cluster: they
// find each other by gossip (the first node's gossip port) and elect a
// schema leader among all of them (Raft, every node a voter).
type Cluster struct {
	Nodes []*Node
}

// URLs are the nodes' base URLs, in order.
func (c *Cluster) URLs() []string {
	out := make([]string, len(c.Nodes))
	for i, n := range c.Nodes {
		out[i] = n.URL
	}
	return out
}

// StartCluster starts n nodes forming one cluster, each with its data in
// a folder of t's temporary folder, waits until every node is ready and
// sees the others, and skips t when no binary is found. The nodes are
// killed when t ends; when t failed, the last lines of their logs are
// logged.
func StartCluster(t testing.TB, n int) *Cluster {
	t.Helper()
	bin := Binary()
	if bin == "" {
		t.Skipf("no weaviate-server: set %s or put it on PATH (scripts/weaviatetest builds one)", EnvBinary)
	}
	c, err := NewCluster(bin, t.TempDir(), n)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		c.Kill()
		if t.Failed() {
			for _, n := range c.Nodes {
				if data, err := os.ReadFile(n.Log); err == nil {
					lines := strings.Split(strings.TrimSpace(string(data)), "\n")
					t.Logf("weaviate %s log (last lines):\n%s", n.Name, strings.Join(lines[max(0, len(lines)-20):], "\n"))
				}
			}
		}
	})
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	if err := c.Start(ctx); err != nil {
		c.Kill()
		t.Fatal(err)
	}
	return c
}

// NewCluster prepares n nodes of bin with their data under dir, on free
// ports; Start starts them.
func NewCluster(bin, dir string, n int) (*Cluster, error) {
	// Ports of each node: REST, gossip, data, Raft, Raft RPC, gRPC,
	// profiling (6060 by default, which a second node finds taken). On
	// loopback (CLUSTER_IN_LOCALHOST) a node reaches another's Raft RPC
	// port as its Raft port plus one.
	const each = 7
	ports, err := freePorts(n*each, func(i int) bool { return i%each == 3 })
	if err != nil {
		return nil, err
	}
	p := func(node, i int) string { return strconv.Itoa(ports[node*each+i]) }
	var join []string
	for i := range n {
		join = append(join, fmt.Sprintf("node%d:%s", i+1, p(i, 3)))
	}
	c := &Cluster{}
	for i := range n {
		name := fmt.Sprintf("node%d", i+1)
		nd := &Node{
			Name:   name,
			URL:    "http://127.0.0.1:" + p(i, 0),
			Data:   filepath.Join(dir, name, "data"),
			Log:    filepath.Join(dir, name, "weaviate.log"),
			bin:    bin,
			args:   []string{"--host", "127.0.0.1", "--port", p(i, 0), "--scheme", "http"},
			gossip: "127.0.0.1:" + p(i, 1),
		}
		nd.env = append(os.Environ(),
			"CLUSTER_HOSTNAME="+name,
			"CLUSTER_ADVERTISE_ADDR=127.0.0.1",
			// Memberlist's local-network timings: a killed node is
			// declared dead in seconds (the WAN defaults take ~30 s).
			"CLUSTER_IN_LOCALHOST=true",
			"CLUSTER_GOSSIP_BIND_PORT="+p(i, 1),
			"CLUSTER_DATA_BIND_PORT="+p(i, 2),
			"RAFT_PORT="+p(i, 3),
			"RAFT_INTERNAL_RPC_PORT="+strconv.Itoa(ports[i*each+3]+1),
			"RAFT_JOIN="+strings.Join(join, ","),
			"RAFT_BOOTSTRAP_EXPECT="+strconv.Itoa(n),
			"GRPC_PORT="+p(i, 5),
			"GO_PROFILING_PORT="+p(i, 6),
			"PERSISTENCE_DATA_PATH="+nd.Data,
			"AUTHENTICATION_ANONYMOUS_ACCESS_ENABLED=true",
			"DEFAULT_VECTORIZER_MODULE=none",
			"DISABLE_TELEMETRY=true",
			"LOG_LEVEL=warning",
			// The replication API, for ShardNodes (it also allows moving
			// replicas by hand; nothing moves by itself).
			"REPLICA_MOVEMENT_ENABLED=true",
		)
		if err := os.MkdirAll(filepath.Dir(nd.Log), 0o755); err != nil {
			return nil, err
		}
		c.Nodes = append(c.Nodes, nd)
	}
	for _, nd := range c.Nodes {
		for _, o := range c.Nodes {
			if o != nd {
				nd.peers = append(nd.peers, o)
			}
		}
	}
	return c, nil
}

// Start starts every node and waits until each is ready and the cluster
// holds all of them. The first node starts alone; the others join it by
// gossip once it listens (a node that cannot join exits).
func (c *Cluster) Start(ctx context.Context) error {
	for i, n := range c.Nodes {
		if err := n.spawn(); err != nil {
			return err
		}
		if i == 0 && len(c.Nodes) > 1 {
			if err := n.waitGossip(ctx); err != nil {
				return err
			}
		}
	}
	for _, n := range c.Nodes {
		if err := n.waitReady(ctx); err != nil {
			return err
		}
	}
	return c.WaitHealthy(ctx)
}

// WaitHealthy waits until every node is ready and each sees all of them
// healthy (GET /v1/nodes).
func (c *Cluster) WaitHealthy(ctx context.Context) error {
	if len(c.Nodes) == 1 {
		return c.Nodes[0].waitReady(ctx)
	}
	for _, n := range c.Nodes {
		if err := n.waitReady(ctx); err != nil {
			return err
		}
		for {
			healthy, err := n.healthyNodes(ctx)
			if err == nil && healthy == len(c.Nodes) {
				break
			}
			select {
			case <-ctx.Done():
				return fmt.Errorf("weaviate %s sees %d healthy nodes of %d (%v); log in %s", n.Name, healthy, len(c.Nodes), err, n.Log)
			case <-time.After(200 * time.Millisecond):
			}
		}
	}
	return nil
}

// ShardNodes are the names of the nodes holding a replica of shard (a
// tenant's name, in a multi-tenant collection) of class, as the schema
// places them (GET /v1/replication/sharding-state), asked of the first
// running node.
func (c *Cluster) ShardNodes(ctx context.Context, class, shard string) ([]string, error) {
	var errs []error
	for _, n := range c.Nodes {
		if !n.Running() {
			continue
		}
		q := url.Values{"collection": {class}, "shard": {shard}}
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, n.URL+"/v1/replication/sharding-state?"+q.Encode(), nil)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		var body struct {
			ShardingState struct {
				Shards []struct {
					Shard    string   `json:"shard"`
					Replicas []string `json:"replicas"`
				} `json:"shards"`
			} `json:"shardingState"`
		}
		err = jsonDecode(resp, &body)
		resp.Body.Close()
		if err != nil {
			errs = append(errs, err)
			continue
		}
		for _, sh := range body.ShardingState.Shards {
			if sh.Shard == shard {
				return sh.Replicas, nil
			}
		}
		return nil, fmt.Errorf("shard %s of %s not in the sharding state", shard, class)
	}
	return nil, fmt.Errorf("shard %s of %s: no node answers: %w", shard, class, errors.Join(errs...))
}

// Node returns the node named name, nil if none.
func (c *Cluster) Node(name string) *Node {
	for _, n := range c.Nodes {
		if n.Name == name {
			return n
		}
	}
	return nil
}

// Kill kills every node.
func (c *Cluster) Kill() {
	for _, n := range c.Nodes {
		n.Kill()
	}
}

// spawn starts the node's process, joining the gossip of its peers that
// are running.
func (n *Node) spawn() error {
	var join []string
	for _, o := range n.peers {
		if o.Running() {
			join = append(join, o.gossip)
		}
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	logf, err := os.OpenFile(n.Log, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return err
	}
	defer logf.Close()
	cmd := exec.Command(n.bin, n.args...)
	cmd.Env = n.env
	if len(join) > 0 {
		cmd.Env = append(slices.Clip(cmd.Env), "CLUSTER_JOIN="+strings.Join(join, ","))
	}
	cmd.Stdout, cmd.Stderr = logf, logf
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("start %s: %w", n.bin, err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	n.cmd, n.done = cmd, done
	return nil
}

// waitGossip waits until the node accepts connections on its gossip
// port.
func (n *Node) waitGossip(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	var d net.Dialer
	for {
		if conn, err := d.DialContext(ctx, "tcp", n.gossip); err == nil {
			conn.Close()
			return nil
		}
		if !n.Running() {
			return fmt.Errorf("weaviate-server %s exited at start; log in %s", n.Name, n.Log)
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("weaviate-server %s: no gossip on %s within a minute; log in %s", n.Name, n.gossip, n.Log)
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// waitReady waits until the node answers that it is ready.
func (n *Node) waitReady(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	n.mu.Lock()
	done := n.done
	n.mu.Unlock()
	for {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, n.URL+"/v1/.well-known/ready", nil)
		if resp, err := http.DefaultClient.Do(req); err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
		}
		select {
		case err := <-done:
			done <- err
			return fmt.Errorf("weaviate-server %s exited before it was ready (%v); log in %s", n.Name, err, n.Log)
		case <-ctx.Done():
			return fmt.Errorf("weaviate-server %s not ready within 2 minutes; log in %s", n.Name, n.Log)
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// healthyNodes is the number of nodes n reports HEALTHY.
func (n *Node) healthyNodes(ctx context.Context) (int, error) {
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, n.URL+"/v1/nodes", nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	var body struct {
		Nodes []struct {
			Name   string `json:"name"`
			Status string `json:"status"`
		} `json:"nodes"`
	}
	if err := jsonDecode(resp, &body); err != nil {
		return 0, err
	}
	healthy := 0
	for _, x := range body.Nodes {
		if x.Status == "HEALTHY" {
			healthy++
		}
	}
	return healthy, nil
}

// Kill stops the node at once (SIGKILL) and waits for it to exit. A
// killed node can be started again with Restart.
func (n *Node) Kill() {
	n.mu.Lock()
	cmd, done := n.cmd, n.done
	n.mu.Unlock()
	if cmd == nil || cmd.Process == nil {
		return
	}
	cmd.Process.Kill()
	err := <-done
	done <- err
}

// Running reports whether the node's process has not exited.
func (n *Node) Running() bool {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.done == nil {
		return false
	}
	select {
	case err := <-n.done:
		n.done <- err
		return false
	default:
		return true
	}
}

// ResidentMiB is the node's resident set (VmRSS of its process) in MiB;
// 0 when it is not running or /proc cannot be read.
func (n *Node) ResidentMiB() float64 {
	n.mu.Lock()
	cmd := n.cmd
	n.mu.Unlock()
	if cmd == nil || cmd.Process == nil || !n.Running() {
		return 0
	}
	return ProcessResidentMiB(cmd.Process.Pid)
}

// ProcessResidentMiB is a process's resident set (VmRSS) in MiB; 0 where
// /proc cannot be read.
func ProcessResidentMiB(pid int) float64 {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			kb, _ := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(rest), " kB"))
			return float64(kb) / 1024
		}
	}
	return 0
}

// Restart starts a killed node again, on its ports and data, and waits
// until it is ready.
func (n *Node) Restart(ctx context.Context) error {
	if n.Running() {
		return fmt.Errorf("weaviate %s is running", n.Name)
	}
	if err := n.spawn(); err != nil {
		return err
	}
	return n.waitReady(ctx)
}

// freePorts returns n TCP ports free on loopback now, all different; the
// ith is followed by a free port too when pair(i).
func freePorts(n int, pair func(i int) bool) ([]int, error) {
	var ls []net.Listener
	defer func() {
		for _, l := range ls {
			l.Close()
		}
	}()
	var out []int
	for i := 0; i < n; i++ {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return nil, err
		}
		ls = append(ls, l)
		port := l.Addr().(*net.TCPAddr).Port
		if pair != nil && pair(i) {
			next, err := net.Listen("tcp", "127.0.0.1:"+strconv.Itoa(port+1))
			if err != nil {
				i-- // try another
				continue
			}
			ls = append(ls, next)
		}
		out = append(out, port)
	}
	return out, nil
}

// errNotOK is returned for an answer whose status is not 200.
var errNotOK = errors.New("status not 200")

// jsonDecode decodes a 200 answer's JSON body into v.
func jsonDecode(resp *http.Response, v any) error {
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("%w: %s", errNotOK, resp.Status)
	}
	return json.NewDecoder(resp.Body).Decode(v)
}
