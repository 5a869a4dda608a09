//go:build integration

package weaviatetest

import (
	"context"
	"testing"
	"time"
)

// TestCluster starts three nodes, kills one, sees the others carry on
// without it, and starts it again.
func TestCluster(t *testing.T) {
	c := StartCluster(t, 3)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	c.Nodes[1].Kill()
	if c.Nodes[1].Running() {
		t.Fatal("killed node still running")
	}
	for {
		h, err := c.Nodes[0].healthyNodes(ctx)
		if err == nil && h == 2 {
			break
		}
		if ctx.Err() != nil {
			t.Fatalf("node1 still sees %d healthy nodes (%v)", h, err)
		}
		time.Sleep(200 * time.Millisecond)
	}
	if err := c.Nodes[1].Restart(ctx); err != nil {
		t.Fatal(err)
	}
	if err := c.WaitHealthy(ctx); err != nil {
		t.Fatal(err)
	}
}
