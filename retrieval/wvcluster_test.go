//go:build integration

package retrieval

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/internal/weaviatetest"
)

// The tests of this file run against a three-node Weaviate cluster on
// loopback (replication factor 2), started by package weaviatetest; they
// need the integration tag and a weaviate-server, and skip without one:
// scripts/test-cluster.sh builds it and runs them.

// liveCluster starts three nodes and connects to all of them, publishing
// collections with a replication factor of 2.
func liveCluster(t *testing.T) (*weaviatetest.Cluster, *Weaviate) {
	t.Helper()
	c := weaviatetest.StartCluster(t, 3)
	w, err := NewWeaviate(WeaviateConfig{URLs: c.URLs(), Replicas: 2, Timeout: 20 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	return c, w
}

// TestWeaviateClusterRecall publishes the samples to the cluster and
// measures both backends on the golden sets (as TestWeaviateLiveRecall
// does on one node).
func TestWeaviateClusterRecall(t *testing.T) {
	_, w := liveCluster(t)
	ix, dir := buildSamples(t, BuildOptions{})
	emb := localEmbedder(t, DefaultLocalDim)
	ctx := context.Background()
	if _, err := PublishWeaviate(ctx, dir, emb, "", w, PublishOptions{}); err != nil {
		t.Fatal(err)
	}
	wi := openCluster(t, w)
	e, v := checkRecall(t, ix, wi, []string{"testdata/eval.yaml", "testdata/eval_holdout.yaml"})
	t.Logf("CLUSTER-RECALL eval.yaml hybrid recall@1/5/10: embedded %.3f/%.3f/%.3f, weaviate 3 nodes %.3f/%.3f/%.3f",
		e.Recall1, e.Recall5, e.Recall10, v.Recall1, v.Recall5, v.Recall10)
}

// openCluster opens the live collection with the weights of the embedded
// index of buildSamples.
func openCluster(t *testing.T, w *Weaviate) *WeaviateIndex {
	t.Helper()
	wts := DefaultWeights()
	wts.Vector = LocalVectorWeight
	wi, err := OpenWeaviate(context.Background(), w, localEmbedder(t, DefaultLocalDim), WeaviateOpenOptions{Weights: wts})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { wi.Close() })
	return wi
}

// searcher runs searches of the golden questions on the cluster, over
// and over, from several goroutines, and compares each answer with the
// embedded index's.
type searcher struct {
	t     *testing.T
	wi    *WeaviateIndex
	qs    []string
	want  map[string][]string // question -> chunk ids, embedded
	done  atomic.Int64        // searches answered
	mu    sync.Mutex
	fails []string // errors and answers that differ
}

func newSearcher(t *testing.T, ix *Index, wi *WeaviateIndex) *searcher {
	s := &searcher{t: t, wi: wi, qs: evalQuestions(t, "eval.yaml"), want: map[string][]string{}}
	for _, q := range s.qs {
		res, err := ix.Search(context.Background(), corpus.Query{Text: q, K: 5})
		if err != nil {
			t.Fatal(err)
		}
		s.want[q] = hitIDs(res.Hits)
	}
	return s
}

// run searches with n goroutines until stop is closed, and returns when
// they have finished.
func (s *searcher) run(n int, stop <-chan struct{}) (wait func()) {
	var wg sync.WaitGroup
	for g := range n {
		wg.Go(func() {
			for i := g; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				s.search(s.qs[i%len(s.qs)])
			}
		})
	}
	return wg.Wait
}

// search asks one question and records a failure or a difference.
func (s *searcher) search(q string) {
	res, err := s.wi.Search(context.Background(), corpus.Query{Text: q, K: 5})
	s.done.Add(1)
	var fail string
	switch {
	case err != nil:
		fail = fmt.Sprintf("%s: %v", q, err)
	case !slices.Equal(hitIDs(res.Hits), s.want[q]):
		fail = fmt.Sprintf("%s: %v, embedded %v", q, hitIDs(res.Hits), s.want[q])
	}
	if fail != "" {
		s.mu.Lock()
		s.fails = append(s.fails, fail)
		s.mu.Unlock()
	}
}

// all asks every question once, from this goroutine.
func (s *searcher) all() {
	for _, q := range s.qs {
		s.search(q)
	}
}

// check fails the test for each failed or different search.
func (s *searcher) check(when string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for i, f := range s.fails {
		if i == 10 {
			s.t.Errorf("%s: … %d failures in all", when, len(s.fails))
			break
		}
		s.t.Errorf("%s: %s", when, f)
	}
	s.fails = nil
}

// waitFor waits until the searcher has answered n more searches.
func (s *searcher) waitFor(n int64) {
	target := s.done.Load() + n
	for s.done.Load() < target {
		time.Sleep(10 * time.Millisecond)
	}
}

// TestWeaviateClusterNodeKilledDuringSearch kills a node while searches
// run (the node the client was asking, so requests in flight fail over)
// and checks that every search answers, with the embedded index's
// passages, before, during and after; then the same with each node of
// the three down in turn.
func TestWeaviateClusterNodeKilledDuringSearch(t *testing.T) {
	c, w := liveCluster(t)
	ix, dir := buildSamples(t, BuildOptions{})
	ctx := context.Background()
	if _, err := PublishWeaviate(ctx, dir, localEmbedder(t, DefaultLocalDim), "", w, PublishOptions{}); err != nil {
		t.Fatal(err)
	}
	s := newSearcher(t, ix, openCluster(t, w))
	stop := make(chan struct{})
	wait := s.run(4, stop)
	s.waitFor(50)
	victim := c.Nodes[w.good.Load()]
	before := s.done.Load()
	victim.Kill()
	t.Logf("killed %s after %d searches", victim.Name, before)
	s.waitFor(int64(2 * len(s.qs)))
	close(stop)
	wait()
	t.Logf("FAILOVER search: %d searches, %d while %s was down; %d failed or differed", s.done.Load(), s.done.Load()-before, victim.Name, len(s.fails))
	s.check("searching while a node was killed")
	// Every replica set answers alone: each node down in turn.
	if err := victim.Restart(ctx); err != nil {
		t.Fatal(err)
	}
	for _, n := range c.Nodes {
		if err := c.WaitHealthy(ctx); err != nil {
			t.Fatal(err)
		}
		n.Kill()
		s.all()
		s.check(n.Name + " down")
		if err := n.Restart(ctx); err != nil {
			t.Fatal(err)
		}
	}
}

// TestWeaviateClusterNodeKilledDuringIngest kills a node half-way through
// a publish while searches run, and starts it again a few seconds later
// (as a supervisor would): the searches keep answering from the old
// collection, the publish writes its refused batches again once the node
// is back and completes, and the new collection holds every object on
// every replica: with each node down in turn, every search still gets
// the embedded index's passages. Then a node holding a replica killed for
// good: the cluster drops it from its members and writes to the other
// replica alone, the publish finds the collection short on a replica
// after writing it again twice, gives up, and the old collection keeps
// answering.
func TestWeaviateClusterNodeKilledDuringIngest(t *testing.T) {
	c, w := liveCluster(t)
	ix, dir := buildSamples(t, BuildOptions{})
	emb := localEmbedder(t, DefaultLocalDim)
	ctx := context.Background()
	first, err := PublishWeaviate(ctx, dir, emb, "", w, PublishOptions{})
	if err != nil {
		t.Fatal(err)
	}
	s := newSearcher(t, ix, openCluster(t, w))
	// A new generation of the same documents: the same answers.
	if _, err := Build(ctx, dir, sampleDocs(t), emb, BuildOptions{}); err != nil {
		t.Fatal(err)
	}
	stop := make(chan struct{})
	wait := s.run(2, stop)
	var victim *weaviatetest.Node
	restarted := make(chan error, 1)
	st, err := PublishWeaviate(ctx, dir, emb, "", w, PublishOptions{BatchSize: 50, atStep: func(step string) {
		if step != stepHalf || victim != nil {
			return
		}
		// The node the client writes to if it holds a replica of the
		// public tenant (every batch writes to it), else one that does.
		holders := replicaNodes(t, c, w, dir)
		victim = c.Node(holders[0])
		if coord := c.Nodes[w.good.Load()]; slices.Contains(holders, coord.Name) {
			victim = coord
		}
		go func() {
			victim.Kill()
			t.Logf("killed %s half-way through the publish", victim.Name)
			time.Sleep(5 * time.Second)
			restarted <- victim.Restart(ctx)
		}()
	}})
	if err != nil {
		t.Fatalf("publish with %s killed and restarted: %v", victim.Name, err)
	}
	if err := <-restarted; err != nil {
		t.Fatal(err)
	}
	s.wi.Reload(ctx)
	s.waitFor(int64(len(s.qs)))
	close(stop)
	wait()
	if s.wi.Collection() != st.Collection || st.Collection == first.Collection {
		t.Fatalf("searching %s; published %s (first %s)", s.wi.Collection(), st.Collection, first.Collection)
	}
	t.Logf("FAILOVER ingest: %s (a replica) killed half-way and restarted; publish wrote %d objects in %s, %d batches again; %d searches meanwhile, %d failed or differed",
		victim.Name, st.Objects, st.Elapsed.Round(time.Second), st.Rewrites, s.done.Load(), len(s.fails))
	s.check("searching while a node was killed during a publish")
	for _, n := range c.Nodes {
		if err := c.WaitHealthy(ctx); err != nil {
			t.Fatal(err)
		}
		n.Kill()
		s.all()
		s.check(n.Name + " down after the publish")
		if err := n.Restart(ctx); err != nil {
			t.Fatal(err)
		}
	}
	// A node that does not come back: the publish gives up, the alias
	// stays, the old collection answers.
	if err := c.WaitHealthy(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := Build(ctx, dir, sampleDocs(t), emb, BuildOptions{}); err != nil {
		t.Fatal(err)
	}
	short, err := NewWeaviate(WeaviateConfig{URLs: c.URLs(), Replicas: 2, WriteRetry: 3 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	var gone string
	st2, err := PublishWeaviate(ctx, dir, emb, "", short, PublishOptions{BatchSize: 50, atStep: func(step string) {
		if step != stepCreated || gone != "" {
			return
		}
		// A node holding a replica of the public tenant, which every
		// batch writes to.
		holders := replicaNodes(t, c, w, dir)
		gone = holders[len(holders)-1]
		c.Node(gone).Kill()
	}})
	if err == nil {
		h, _ := c.ShardNodes(ctx, st2.Collection, wvPublicTenant)
		t.Fatalf("publish completed with %s, holding a replica, down for good: %+v; replicas now %v", gone, st2, h)
	}
	t.Logf("FAILOVER ingest: %s down for good: publish failed (%v)", gone, err)
	if got, err := w.aliasTarget(ctx); err != nil || got != st.Collection {
		t.Fatalf("alias names %q (%v), want %s", got, err, st.Collection)
	}
	s.all()
	s.check("after a publish that gave up")
}

// replicaNodes are the nodes holding a replica of the public tenant of
// the collection of the live generation of dir.
func replicaNodes(t *testing.T, c *weaviatetest.Cluster, w *Weaviate, dir string) []string {
	t.Helper()
	class := wvCollectionName(w.Alias(), mustGen(t, dir))
	holders, err := c.ShardNodes(context.Background(), class, wvPublicTenant)
	if err != nil || len(holders) != 2 {
		t.Fatalf("replicas of %s/%s on %v (%v), want 2 nodes", class, wvPublicTenant, holders, err)
	}
	return holders
}
