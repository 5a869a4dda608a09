package retrieval

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync/atomic"
	"time"

	"github.com/weaviate/weaviate-go-client/v5/weaviate"
	"github.com/weaviate/weaviate-go-client/v5/weaviate/fault"
)

// The Weaviate backend keeps what the embedded index keeps in a generation
// folder in one Weaviate collection per published generation: chunks
// (text, metadata, vector and the keyword index's tokens), figures, and the
// generation's own records (manifest, access folders, character counts,
// the local embedder's IDF). An alias names the live one; an ingest writes
// a new collection and then points the alias at it (wvpublish.go), and
// searches resolve the alias (wvsearch.go) and rank what they find with
// the same code as the embedded index (search.go).

// Consistency levels of the requests to a replicated collection. A
// publish writes at ALL and searches read at ONE: with every replica
// written before a batch is acknowledged (and the alias switched only
// after every batch was), any one replica of a shard holds all of a
// published collection (W + R > replication factor), so a search needs
// a single live replica of each shard and keeps answering, and with the
// same results, while the other nodes are down. The price is on the
// rare side: a publish cannot complete while a replica of one of its
// shards is down; it retries a while (wvWriteRetry), and if the node does
// not come back it fails and the alias stays on the old collection, which
// keeps answering: nothing is lost, the next ingest publishes again.
// QUORUM writes would let a publish complete with a node down, but the
// objects missing on that node's replicas would make ONE reads answer
// differently depending on the replica asked (until repaired), and
// QUORUM reads would need two live replicas of every shard, which with
// a replication factor of 2 is every replica.
const (
	wvWriteConsistency = "ALL"
	wvReadConsistency  = "ONE"
)

// WeaviateConfig says how to reach a Weaviate cluster.
type WeaviateConfig struct {
	// URLs are the base URLs of the cluster's nodes (http://10.0.0.5:8080),
	// tried in order: a node that does not answer passes a request on to
	// the next.
	URLs []string
	// APIKey is sent as a bearer token; "" for anonymous access.
	APIKey string
	// Replicas is the replication factor of new collections (1 when 0).
	Replicas int
	// Alias is the name searches use (the collection prefix): "Healthbot"
	// when "".
	Alias string
	// Timeout bounds one request (60s when 0); contexts bound searches.
	Timeout time.Duration
	// WriteRetry is how long a publish keeps writing a batch again while
	// a replica of its shard is down (see wvWriteConsistency): 2 minutes
	// when 0, no retry when negative.
	WriteRetry time.Duration
}

// Weaviate is a connection to a Weaviate cluster: one client per node URL.
// It is safe for concurrent use.
type Weaviate struct {
	cfg     WeaviateConfig
	urls    []string
	clients []*weaviate.Client
	good    atomic.Int32 // the node that answered last
	// rewrites counts batches written again (PublishStats.Rewrites).
	rewrites atomic.Int64
	// sleep waits d or until ctx ends (tests replace it).
	sleep func(ctx context.Context, d time.Duration) error
}

// DefaultWeaviateAlias is the alias used when none is configured.
const DefaultWeaviateAlias = "Healthbot"

// NewWeaviate prepares clients for the nodes of cfg. It does not contact
// them: the first request does.
func NewWeaviate(cfg WeaviateConfig) (*Weaviate, error) {
	if len(cfg.URLs) == 0 {
		return nil, errors.New("weaviate: no node URL configured")
	}
	if cfg.Alias == "" {
		cfg.Alias = DefaultWeaviateAlias
	}
	if cfg.Replicas <= 0 {
		cfg.Replicas = 1
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = 60 * time.Second
	}
	if cfg.WriteRetry == 0 {
		cfg.WriteRetry = 2 * time.Minute
	}
	w := &Weaviate{cfg: cfg, sleep: sleepCtx}
	for _, raw := range cfg.URLs {
		u, err := url.Parse(strings.TrimSpace(raw))
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return nil, fmt.Errorf("weaviate: %q is not an http(s) URL", raw)
		}
		headers := map[string]string{}
		if cfg.APIKey != "" {
			headers["Authorization"] = "Bearer " + cfg.APIKey
		}
		host := u.Host + strings.TrimSuffix(u.Path, "/")
		c, err := weaviate.NewClient(weaviate.Config{
			Host: host, Scheme: u.Scheme, Headers: headers,
			ConnectionClient: &http.Client{Timeout: cfg.Timeout},
		})
		if err != nil {
			return nil, fmt.Errorf("weaviate %s: %w", u.Redacted(), err)
		}
		w.urls = append(w.urls, u.Scheme+"://"+host)
		w.clients = append(w.clients, c)
	}
	return w, nil
}

// sleepCtx waits d or until ctx ends.
func sleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Alias is the name searches use.
func (w *Weaviate) Alias() string { return w.cfg.Alias }

// do runs f on the node that answered last, passing it on to the next
// nodes in turn while a node cannot be reached or fails on its side (a
// status of 500 or more).
func (w *Weaviate) do(ctx context.Context, f func(c *weaviate.Client) error) error {
	start := int(w.good.Load())
	var errs []error
	for i := range w.clients {
		n := (start + i) % len(w.clients)
		err := f(w.clients[n])
		if err == nil || !unreachable(err) || ctx.Err() != nil {
			if err == nil && n != start {
				w.good.Store(int32(n))
			}
			return err
		}
		errs = append(errs, fmt.Errorf("%s: %w", w.urls[n], err))
	}
	return errors.Join(errs...)
}

// unreachable reports whether err says the node could not be asked (no
// connection, no answer) or failed on its side (a status of 500 or more),
// so another node may answer.
func unreachable(err error) bool {
	if st, ok := clientStatus(err); ok {
		return st >= 500
	}
	var ce *fault.WeaviateClientError
	if errors.As(err, &ce) {
		return ce.DerivedFromError != nil
	}
	var ne net.Error
	return errors.As(err, &ne)
}

// clientStatus is the HTTP status the client's error carries, looked for
// through the errors it derives from.
func clientStatus(err error) (int, bool) {
	for err != nil {
		var ce *fault.WeaviateClientError
		if !errors.As(err, &ce) {
			return 0, false
		}
		if ce.StatusCode > 0 { // -1: no answer
			return ce.StatusCode, true
		}
		err = ce.DerivedFromError
	}
	return 0, false
}

// statusOf is the HTTP status a client error carries, 0 if none.
func statusOf(err error) int {
	st, _ := clientStatus(err)
	return st
}
