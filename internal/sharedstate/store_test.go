package sharedstate

import (
	"context"
	"testing"
	"time"

	"github.com/alicebob/miniredis/v2"
)

// replicas are two stores over one Redis (miniredis speaks its protocol
// and runs the Lua scripts; its time moves only when told).
func replicas(t *testing.T) (*miniredis.Miniredis, *Store, *Store) {
	t.Helper()
	mr := miniredis.RunT(t)
	open := func(owner string) *Store {
		s, err := Open(context.Background(), "redis://"+mr.Addr()+"/0", "", owner)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	}
	return mr, open("a"), open("b")
}

func TestSeenOrAdd(t *testing.T) {
	mr, a, b := replicas(t)
	ctx := context.Background()
	for i, c := range []struct {
		s    *Store
		keys []string
		want bool
	}{
		{a, []string{"event:E1"}, false},
		{b, []string{"event:E1"}, true}, // the retry, on the other replica
		{b, []string{"msg:C/1", "client:x"}, false},
		{a, []string{"msg:C/2", "client:x"}, true}, // one key seen: a duplicate
		{a, []string{"msg:C/2"}, true},             // remembered although a duplicate
		{a, []string{""}, false},
	} {
		got, err := c.s.SeenOrAdd(ctx, 15*time.Minute, c.keys...)
		if err != nil || got != c.want {
			t.Errorf("#%d %v: %v, %v; want %v", i, c.keys, got, err, c.want)
		}
	}
	mr.FastForward(16 * time.Minute)
	if got, _ := b.SeenOrAdd(ctx, 15*time.Minute, "event:E1"); got {
		t.Error("event remembered past its ttl")
	}
}

// TestLease checks who answers a question: the first replica to claim it,
// once; after it is done, nobody; after its replica stops renewing the
// lease and the lease expires, the other replica, once.
func TestLease(t *testing.T) {
	mr, a, b := replicas(t)
	ctx := context.Background()
	const ttl = time.Minute
	claim := func(s *Store, id string) bool {
		ok, err := s.Claim(ctx, id, []byte("q "+id), ttl)
		if err != nil {
			t.Fatal(err)
		}
		return ok
	}
	if !claim(a, "q1") || claim(b, "q1") || claim(a, "q1") {
		t.Fatal("q1 claimed other than once")
	}
	if err := a.Done(ctx, "q1", 15*time.Minute); err != nil {
		t.Fatal(err)
	}
	if claim(b, "q1") {
		t.Fatal("an answered question claimed again")
	}
	// q2's replica renews its lease: nobody takes it over.
	if !claim(a, "q2") {
		t.Fatal("q2 not claimed")
	}
	for range 5 {
		mr.FastForward(ttl / 2)
		if ok, err := a.Renew(ctx, "q2", ttl); !ok || err != nil {
			t.Fatalf("renew: %v, %v", ok, err)
		}
		if got, _ := b.TakeOrphans(ctx, ttl, 10); len(got) != 0 {
			t.Fatalf("a renewed lease taken over: %+v", got)
		}
	}
	// q3's replica dies: once the lease expires, b takes it over, once.
	if !claim(a, "q3") {
		t.Fatal("q3 not claimed")
	}
	mr.FastForward(ttl - time.Second)
	if got, _ := b.TakeOrphans(ctx, ttl, 10); len(got) != 0 {
		t.Fatalf("taken over before the lease expired: %+v", got)
	}
	a.Renew(ctx, "q2", ttl) // q2's replica still lives
	mr.FastForward(2 * time.Second)
	got, err := b.TakeOrphans(ctx, ttl, 10)
	if err != nil || len(got) != 1 || got[0].ID != "q3" || string(got[0].Data) != "q q3" || got[0].Attempt != 2 {
		t.Fatalf("take-over: %+v, %v", got, err)
	}
	if again, _ := a.TakeOrphans(ctx, ttl, 10); len(again) != 0 {
		t.Fatalf("taken over twice: %+v", again)
	}
	if ok, _ := a.Renew(ctx, "q3", ttl); ok {
		t.Fatal("the dead replica's lease renewed after a take-over")
	}
	if n, _ := a.Pending(ctx); n != 2 {
		t.Fatalf("%d pending, want q2 and q3", n)
	}
	b.Done(ctx, "q3", 15*time.Minute)
	a.Done(ctx, "q2", 15*time.Minute)
	if n, _ := a.Pending(ctx); n != 0 {
		t.Fatalf("%d pending after both were answered", n)
	}
}

func TestPutGet(t *testing.T) {
	mr, a, b := replicas(t)
	ctx := context.Background()
	if err := a.Put(ctx, "conv", "C/1", []byte(`{"Turns":[]}`), time.Hour); err != nil {
		t.Fatal(err)
	}
	if data, ok, err := b.Get(ctx, "conv", "C/1"); !ok || err != nil || string(data) != `{"Turns":[]}` {
		t.Fatalf("get: %q %v %v", data, ok, err)
	}
	if ok, _ := b.Exists(ctx, "conv", "C/1"); !ok {
		t.Fatal("not there")
	}
	mr.FastForward(2 * time.Hour)
	if _, ok, _ := b.Get(ctx, "conv", "C/1"); ok {
		t.Fatal("kept past its ttl")
	}
}
