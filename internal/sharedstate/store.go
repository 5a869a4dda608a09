// Package sharedstate keeps in Redis what several `healthbot serve`
// replicas must share about a chat: which events and messages were seen
// (a retried event is answered once, whichever replica it reaches), a
// lease on each question being answered and the question itself until it
// is answered (a replica that dies mid-answer stops renewing its lease;
// another takes the question over when the lease expires), the thread
// conversations follow-ups build on, and the answers remembered for their
// buttons (share, 👍/👎).
//
// Every operation that decides who answers is one Lua script, run
// atomically by Redis: SET NX with an expiry is the lease.
package sharedstate

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/redis/go-redis/v9"
)

// Store is the shared state of the replicas of one deployment in one
// Redis database, under a key prefix. It is safe for concurrent use.
type Store struct {
	rdb    redis.UniversalClient
	prefix string
	owner  string // this replica's id: the value of the leases it holds
}

// Open connects to the Redis at url (redis://[:password@]host:port/db, or
// rediss:// for TLS) and checks that it answers. Keys start with prefix
// ("healthbot:" when ""); owner names this replica (host and process).
func Open(ctx context.Context, url, prefix, owner string) (*Store, error) {
	opt, err := redis.ParseURL(url)
	if err != nil {
		return nil, fmt.Errorf("shared store: %w", err)
	}
	s := New(redis.NewClient(opt), prefix, owner)
	if err := s.rdb.Ping(ctx).Err(); err != nil {
		s.rdb.Close()
		return nil, fmt.Errorf("shared store %s: %w", opt.Addr, err)
	}
	return s, nil
}

// New uses the client rdb.
func New(rdb redis.UniversalClient, prefix, owner string) *Store {
	if prefix == "" {
		prefix = "healthbot:"
	}
	return &Store{rdb: rdb, prefix: prefix, owner: owner}
}

// Close closes the connection.
func (s *Store) Close() error { return s.rdb.Close() }

// Owner is this replica's id.
func (s *Store) Owner() string { return s.owner }

func (s *Store) key(kind, k string) string { return s.prefix + kind + ":" + k }

// seenScript sets every key with SET NX PX and returns 1 when one of them
// existed.
var seenScript = redis.NewScript(`
local dup = 0
for _, k in ipairs(KEYS) do
  if not redis.call('SET', k, '1', 'NX', 'PX', ARGV[1]) then dup = 1 end
end
return dup`)

// SeenOrAdd reports whether any of keys was seen (by any replica) within
// ttl; all of them are remembered either way. Empty keys are ignored.
func (s *Store) SeenOrAdd(ctx context.Context, ttl time.Duration, keys ...string) (bool, error) {
	var ks []string
	for _, k := range keys {
		if k != "" {
			ks = append(ks, s.key("seen", k))
		}
	}
	if len(ks) == 0 {
		return false, nil
	}
	n, err := seenScript.Run(ctx, s.rdb, ks, ms(ttl)).Int()
	if err != nil {
		return false, fmt.Errorf("shared store: seen: %w", err)
	}
	return n == 1, nil
}

// claimScript: KEYS lease, done, pending, attempts; ARGV owner, ttl ms,
// id, question. Takes the lease unless the question was answered or is
// leased, and records the question as pending.
var claimScript = redis.NewScript(`
if redis.call('EXISTS', KEYS[2]) == 1 then return 0 end
if not redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return 0 end
redis.call('HSET', KEYS[3], ARGV[3], ARGV[4])
redis.call('HSET', KEYS[4], ARGV[3], 1)
return 1`)

// Claim takes the lease on question id for ttl and records the question
// (data, to answer it again) as pending. It returns false when the
// question was answered already, or another replica holds its lease.
func (s *Store) Claim(ctx context.Context, id string, data []byte, ttl time.Duration) (bool, error) {
	n, err := claimScript.Run(ctx, s.rdb, []string{s.key("lease", id), s.key("done", id), s.key("pending", ""), s.key("attempts", "")},
		s.owner, ms(ttl), id, data).Int()
	if err != nil {
		return false, fmt.Errorf("shared store: claim %s: %w", id, err)
	}
	return n == 1, nil
}

// renewScript extends a lease its owner holds.
var renewScript = redis.NewScript(`
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0`)

// Renew extends the lease on id for ttl from now, and reports whether
// this replica still held it (false: it expired and may be answered by
// another replica).
func (s *Store) Renew(ctx context.Context, id string, ttl time.Duration) (bool, error) {
	n, err := renewScript.Run(ctx, s.rdb, []string{s.key("lease", id)}, s.owner, ms(ttl)).Int()
	if err != nil {
		return false, fmt.Errorf("shared store: renew %s: %w", id, err)
	}
	return n == 1, nil
}

// doneScript: KEYS lease, done, pending, attempts; ARGV owner, keep ms, id.
var doneScript = redis.NewScript(`
redis.call('SET', KEYS[2], '1', 'PX', ARGV[2])
if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('DEL', KEYS[1]) end
redis.call('HDEL', KEYS[3], ARGV[3])
redis.call('HDEL', KEYS[4], ARGV[3])
return 1`)

// Done records question id as answered (or declined) for keep: it is no
// longer pending, and a claim of it within keep fails.
func (s *Store) Done(ctx context.Context, id string, keep time.Duration) error {
	err := doneScript.Run(ctx, s.rdb, []string{s.key("lease", id), s.key("done", id), s.key("pending", ""), s.key("attempts", "")},
		s.owner, ms(keep), id).Err()
	if err != nil {
		return fmt.Errorf("shared store: done %s: %w", id, err)
	}
	return nil
}

// orphansScript: KEYS pending, attempts; ARGV owner, ttl ms, key prefix,
// max. Takes the lease of up to max pending questions whose lease expired
// and which were not answered; returns id, question, attempt of each.
var orphansScript = redis.NewScript(`
local out = {}
local all = redis.call('HGETALL', KEYS[1])
for i = 1, #all, 2 do
  if #out >= 3 * tonumber(ARGV[4]) then break end
  local id, q = all[i], all[i+1]
  if redis.call('EXISTS', ARGV[3] .. 'done:' .. id) == 1 then
    redis.call('HDEL', KEYS[1], id)
    redis.call('HDEL', KEYS[2], id)
  elseif redis.call('SET', ARGV[3] .. 'lease:' .. id, ARGV[1], 'NX', 'PX', ARGV[2]) then
    local n = redis.call('HINCRBY', KEYS[2], id, 1)
    table.insert(out, id)
    table.insert(out, q)
    table.insert(out, tostring(n))
  end
end
return out`)

// Orphan is a pending question whose replica stopped renewing its lease
// (it died, or lost Redis), now leased by this replica.
type Orphan struct {
	ID      string
	Data    []byte
	Attempt int // 2 for the first take-over
}

// TakeOrphans takes the lease, for ttl, of up to max pending questions
// whose lease expired before they were answered.
func (s *Store) TakeOrphans(ctx context.Context, ttl time.Duration, max int) ([]Orphan, error) {
	res, err := orphansScript.Run(ctx, s.rdb, []string{s.key("pending", ""), s.key("attempts", "")}, s.owner, ms(ttl), s.prefix, max).StringSlice()
	if err != nil {
		return nil, fmt.Errorf("shared store: take orphans: %w", err)
	}
	var out []Orphan
	for i := 0; i+2 < len(res); i += 3 {
		n, _ := strconv.Atoi(res[i+2])
		out = append(out, Orphan{ID: res[i], Data: []byte(res[i+1]), Attempt: n})
	}
	return out, nil
}

// Pending is the number of questions not yet answered.
func (s *Store) Pending(ctx context.Context) (int, error) {
	n, err := s.rdb.HLen(ctx, s.key("pending", "")).Result()
	return int(n), err
}

// Put stores data under kind and key for ttl.
func (s *Store) Put(ctx context.Context, kind, key string, data []byte, ttl time.Duration) error {
	if err := s.rdb.Set(ctx, s.key(kind, key), data, ttl).Err(); err != nil {
		return fmt.Errorf("shared store: put %s: %w", kind, err)
	}
	return nil
}

// Get returns what is stored under kind and key; false when nothing (or
// it expired).
func (s *Store) Get(ctx context.Context, kind, key string) ([]byte, bool, error) {
	data, err := s.rdb.Get(ctx, s.key(kind, key)).Bytes()
	if errors.Is(err, redis.Nil) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, fmt.Errorf("shared store: get %s: %w", kind, err)
	}
	return data, true, nil
}

// Exists reports whether something is stored under kind and key.
func (s *Store) Exists(ctx context.Context, kind, key string) (bool, error) {
	n, err := s.rdb.Exists(ctx, s.key(kind, key)).Result()
	if err != nil {
		return false, fmt.Errorf("shared store: exists %s: %w", kind, err)
	}
	return n == 1, nil
}

func ms(d time.Duration) int64 { return max(d.Milliseconds(), 1) }
