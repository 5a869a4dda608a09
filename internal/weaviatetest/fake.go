package weaviatetest

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// Fake is an in-memory Weaviate speaking the part of its REST and GraphQL
// API healthbot uses, as the official client sends it: aliases,
// collections and their tenants, batches of objects, and Get and Aggregate
// queries with where filters of equal and unequal values and of any of a
// list (Get's ranking is not Weaviate's: objects come in the order they
// were written, distance and score the same for all). It records every
// request. Unit tests use it where a real server would be too slow.
type Fake struct {
	t   testing.TB
	srv *httptest.Server

	mu      sync.Mutex
	aliases map[string]string
	classes map[string]json.RawMessage
	tenants map[string][]string // class -> tenant changes, in order
	objects map[string][]Object
	log     []string // "METHOD path" of every request
	queries []string // the GraphQL of every query
	auth    string   // the Authorization header of the last request
	fail    func(method, path string) int
	levels  []string // the consistency level of each write and query
	down    int      // batches still to refuse as if a replica were down
	short   int      // node reports still to show a replica short
}

// Object is an object as written to the fake.
type Object struct {
	ID         string         `json:"id"`
	Class      string         `json:"class"`
	Tenant     string         `json:"tenant"`
	Properties map[string]any `json:"properties"`
	Vector     []float32      `json:"vector"`
}

// NewFake starts a fake Weaviate, closed when t ends.
func NewFake(t testing.TB) *Fake {
	f := &Fake{t: t, aliases: map[string]string{}, classes: map[string]json.RawMessage{}, tenants: map[string][]string{}, objects: map[string][]Object{}}
	f.srv = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.srv.Close)
	return f
}

// URL is the fake's base URL.
func (f *Fake) URL() string { return f.srv.URL }

// Close stops the fake: requests to it fail to connect.
func (f *Fake) Close() { f.srv.Close() }

// Requests returns "METHOD path" of the requests made so far.
func (f *Fake) Requests() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return slices.Clone(f.log)
}

// Queries returns the GraphQL queries made so far.
func (f *Fake) Queries() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return slices.Clone(f.queries)
}

// ClearQueries forgets the queries made so far.
func (f *Fake) ClearQueries() {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.queries = nil
}

// Alias returns the collection alias names, "" when none.
func (f *Fake) Alias(alias string) string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.aliases[alias]
}

// Class returns the definition of a collection as it was sent.
func (f *Fake) Class(name string) json.RawMessage {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.classes[name]
}

// Classes returns the names of the collections, sorted.
func (f *Fake) Classes() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []string
	for c := range f.classes {
		out = append(out, c)
	}
	slices.Sort(out)
	return out
}

// Objects returns the objects of a collection, in the order written.
func (f *Fake) Objects(class string) []Object {
	f.mu.Lock()
	defer f.mu.Unlock()
	return slices.Clone(f.objects[class])
}

// TenantChanges returns "METHOD name status" of each tenant created or
// changed in a collection, in order.
func (f *Fake) TenantChanges(class string) []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return slices.Clone(f.tenants[class])
}

// Authorization returns the Authorization header of the last request.
func (f *Fake) Authorization() string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.auth
}

// ReplicasDown makes the fake refuse every object of the next n batches
// as Weaviate does when a node holding a replica of their shard is down
// and the write asks every replica ("broadcast: cannot reach enough
// replicas"), writing none of them.
func (f *Fake) ReplicasDown(n int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.down = n
}

// ShortReplica makes the next n reports of the nodes (GET /v1/nodes)
// show the second replica of every shard holding one object fewer, as a
// node left out of writes while it was down does.
func (f *Fake) ShortReplica(n int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.short = n
}

// ConsistencyLevels returns "batch LEVEL" for each batch written and
// "Get LEVEL" for each Get query ("" when none was asked), in order.
func (f *Fake) ConsistencyLevels() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return slices.Clone(f.levels)
}

// Fail makes the fake answer the requests for which fail returns a status
// with that status instead; nil stops it.
func (f *Fake) Fail(fail func(method, path string) int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.fail = fail
}

func (f *Fake) serve(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	f.mu.Lock()
	defer f.mu.Unlock()
	f.log = append(f.log, r.Method+" "+r.URL.Path)
	f.auth = r.Header.Get("Authorization")
	if f.fail != nil {
		if st := f.fail(r.Method, r.URL.Path); st != 0 {
			// Quoting the request's credentials back, as careless
			// servers and proxies do.
			msg, _ := json.Marshal(map[string]any{"error": []any{map[string]string{"message": "injected failure of a request with credentials " + strings.TrimPrefix(f.auth, "Bearer ")}}})
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(st)
			w.Write(msg)
			return
		}
	}
	if r.Header.Get("Content-Type") != "application/json" && len(body) > 0 {
		f.t.Errorf("%s %s: content type %q", r.Method, r.URL.Path, r.Header.Get("Content-Type"))
	}
	reply := func(status int, v any) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		json.NewEncoder(w).Encode(v)
	}
	path := strings.TrimPrefix(r.URL.Path, "/v1")
	switch {
	case r.Method == "GET" && path == "/meta":
		reply(200, map[string]any{"version": "1.35.2"})
	case r.Method == "GET" && strings.HasPrefix(path, "/aliases/"):
		name := strings.TrimPrefix(path, "/aliases/")
		class, ok := f.aliases[name]
		if !ok {
			reply(404, map[string]any{"error": []any{map[string]string{"message": "alias not found"}}})
			return
		}
		reply(200, map[string]string{"alias": name, "class": class})
	case r.Method == "POST" && path == "/aliases":
		var a struct{ Alias, Class string }
		json.Unmarshal(body, &a)
		if _, ok := f.aliases[a.Alias]; ok {
			reply(422, map[string]any{"error": []any{map[string]string{"message": "alias exists"}}})
			return
		}
		f.aliases[a.Alias] = a.Class
		reply(200, a)
	case r.Method == "PUT" && strings.HasPrefix(path, "/aliases/"):
		var a struct{ Class string }
		json.Unmarshal(body, &a)
		name := strings.TrimPrefix(path, "/aliases/")
		if _, ok := f.classes[a.Class]; !ok {
			reply(422, map[string]any{"error": []any{map[string]string{"message": "no such class"}}})
			return
		}
		f.aliases[name] = a.Class
		reply(200, map[string]string{"alias": name, "class": a.Class})
	case r.Method == "GET" && path == "/schema":
		var classes []json.RawMessage
		for _, c := range f.classes {
			classes = append(classes, c)
		}
		reply(200, map[string]any{"classes": classes})
	case r.Method == "POST" && path == "/schema":
		var c struct{ Class string }
		json.Unmarshal(body, &c)
		if _, ok := f.classes[c.Class]; ok {
			reply(422, map[string]any{"error": []any{map[string]string{"message": "class exists"}}})
			return
		}
		f.classes[c.Class] = body
		reply(200, json.RawMessage(body))
	case r.Method == "DELETE" && strings.HasPrefix(path, "/schema/"):
		class := strings.TrimPrefix(path, "/schema/")
		delete(f.classes, class)
		delete(f.objects, class)
		reply(200, map[string]any{})
	case strings.HasPrefix(path, "/schema/") && strings.HasSuffix(path, "/tenants"):
		class := strings.TrimSuffix(strings.TrimPrefix(path, "/schema/"), "/tenants")
		var ts []struct{ Name, ActivityStatus string }
		json.Unmarshal(body, &ts)
		for _, t := range ts {
			f.tenants[class] = append(f.tenants[class], r.Method+" "+t.Name+" "+t.ActivityStatus)
		}
		reply(200, json.RawMessage(body))
	case r.Method == "POST" && path == "/batch/objects":
		var b struct{ Objects []Object }
		if err := json.Unmarshal(body, &b); err != nil {
			f.t.Errorf("batch: %v", err)
		}
		f.levels = append(f.levels, "batch "+r.URL.Query().Get("consistency_level"))
		var res []any
		if f.down > 0 {
			f.down--
			for _, o := range b.Objects {
				res = append(res, map[string]any{"id": o.ID, "class": o.Class, "result": map[string]any{
					"errors": map[string]any{"error": []any{map[string]string{"message": "broadcast: cannot reach enough replicas"}}}}})
			}
			reply(200, res)
			return
		}
		for _, o := range b.Objects {
			if _, ok := f.classes[o.Class]; !ok {
				f.t.Errorf("batch: object of unknown class %s", o.Class)
			}
			// Written again (same id): replaced, as Weaviate does.
			if i := slices.IndexFunc(f.objects[o.Class], func(x Object) bool { return x.ID == o.ID && x.Tenant == o.Tenant }); i >= 0 {
				f.objects[o.Class][i] = o
			} else {
				f.objects[o.Class] = append(f.objects[o.Class], o)
			}
			res = append(res, map[string]any{"id": o.ID, "class": o.Class, "result": map[string]any{}})
		}
		reply(200, res)
	case r.Method == "GET" && strings.HasPrefix(path, "/nodes/"):
		// One node per replica (the class's replication factor), each
		// holding every tenant's objects.
		class := strings.TrimPrefix(path, "/nodes/")
		var def struct{ ReplicationConfig struct{ Factor int } }
		json.Unmarshal(f.classes[class], &def)
		counts := map[string]int{}
		for _, o := range f.objects[class] {
			counts[o.Tenant]++
		}
		var nodes []any
		for i := range max(def.ReplicationConfig.Factor, 1) {
			var shards []any
			for tenant, n := range counts {
				if i == 1 && f.short > 0 {
					n--
				}
				shards = append(shards, map[string]any{"name": tenant, "class": class, "objectCount": n, "loaded": true})
			}
			nodes = append(nodes, map[string]any{"name": "fake" + strconv.Itoa(i+1), "status": "HEALTHY", "shards": shards})
		}
		if f.short > 0 {
			f.short--
		}
		reply(200, map[string]any{"nodes": nodes})
	case r.Method == "POST" && path == "/graphql":
		var q struct{ Query string }
		json.Unmarshal(body, &q)
		f.queries = append(f.queries, q.Query)
		if m := gqlOp.FindStringSubmatch(q.Query); m != nil && m[1] == "Get" {
			level := ""
			if l := gqlLevel.FindStringSubmatch(q.Query); l != nil {
				level = l[1]
			}
			f.levels = append(f.levels, "Get "+level)
		}
		reply(200, f.graphql(q.Query))
	default:
		reply(404, map[string]any{"error": []any{map[string]string{"message": "not faked: " + r.Method + " " + path}}})
	}
}

var (
	gqlOp       = regexp.MustCompile(`^\{(Get|Aggregate) ?\{(\w+)`)
	gqlTenant   = regexp.MustCompile(`tenant: "([\w-]+)"`)
	gqlLevel    = regexp.MustCompile(`consistencyLevel: (\w+)`)
	gqlLimit    = regexp.MustCompile(`limit: (\d+)`)
	gqlText     = regexp.MustCompile(`\{operator: (Equal|NotEqual) path: \["(\w+)"\] valueText: ("(?:[^"\\]|\\.)*")\}`)
	gqlInt      = regexp.MustCompile(`\{operator: Equal path: \["(\w+)"\] valueInt: (-?\d+)\}`)
	gqlAnyOf    = regexp.MustCompile(`\{operator: ContainsAny path: \["(\w+)"\] valueText: (\[[^\]]*\])\}`)
	gqlNotFaked = regexp.MustCompile(`operator: (ContainsAll|ContainsNone|Like|GreaterThan|LessThan|Not)\b`)
)

// match is the where filter of a query: each condition must hold; the
// equalities of one integer property are alternatives (an Or of years).
type match struct {
	equal, unequal map[string][]string
	ints           map[string][]int64
	anyOf          map[string][]string
}

func parseWhere(q string) (match, error) {
	m := match{equal: map[string][]string{}, unequal: map[string][]string{}, ints: map[string][]int64{}, anyOf: map[string][]string{}}
	if op := gqlNotFaked.FindString(q); op != "" {
		return m, fmt.Errorf("not faked: %s", op)
	}
	for _, c := range gqlText.FindAllStringSubmatch(q, -1) {
		v, err := strconv.Unquote(c[3])
		if err != nil {
			return m, err
		}
		if c[1] == "Equal" {
			m.equal[c[2]] = append(m.equal[c[2]], v)
		} else {
			m.unequal[c[2]] = append(m.unequal[c[2]], v)
		}
	}
	for _, c := range gqlInt.FindAllStringSubmatch(q, -1) {
		n, _ := strconv.ParseInt(c[2], 10, 64)
		m.ints[c[1]] = append(m.ints[c[1]], n)
	}
	for _, c := range gqlAnyOf.FindAllStringSubmatch(q, -1) {
		var vs []string
		if err := json.Unmarshal([]byte(c[2]), &vs); err != nil {
			return m, err
		}
		m.anyOf[c[1]] = vs
	}
	return m, nil
}

func (m match) holds(props map[string]any) bool {
	text := func(p string) string { s, _ := props[p].(string); return s }
	for p, vs := range m.equal {
		for _, v := range vs {
			if text(p) != v {
				return false
			}
		}
	}
	for p, vs := range m.unequal {
		if slices.Contains(vs, text(p)) {
			return false
		}
	}
	for p, vs := range m.ints {
		n, _ := props[p].(float64)
		if !slices.Contains(vs, int64(n)) {
			return false
		}
	}
	for p, vs := range m.anyOf {
		if !slices.Contains(vs, text(p)) {
			return false
		}
	}
	return true
}

// graphql answers a Get or Aggregate query.
func (f *Fake) graphql(q string) map[string]any {
	fail := func(msg string) map[string]any {
		return map[string]any{"errors": []any{map[string]string{"message": msg}}}
	}
	m := gqlOp.FindStringSubmatch(q)
	if m == nil {
		return fail("not faked: " + q)
	}
	op, class := m[1], m[2]
	if _, ok := f.classes[class]; !ok {
		return fail(fmt.Sprintf("Cannot query field %q on type %q.", class, op+"ObjectsObj"))
	}
	tenant := ""
	if t := gqlTenant.FindStringSubmatch(q); t != nil {
		tenant = t[1]
	}
	where, err := parseWhere(q)
	if err != nil {
		return fail(err.Error())
	}
	var objs []Object
	for _, o := range f.objects[class] {
		if o.Tenant == tenant && where.holds(o.Properties) {
			objs = append(objs, o)
		}
	}
	if op == "Aggregate" {
		return map[string]any{"data": map[string]any{"Aggregate": map[string]any{class: []any{map[string]any{"meta": map[string]any{"count": len(objs)}}}}}}
	}
	limit := len(objs)
	if l := gqlLimit.FindStringSubmatch(q); l != nil {
		limit, _ = strconv.Atoi(l[1])
	}
	rows := []any{}
	for _, o := range objs[:min(limit, len(objs))] {
		row := map[string]any{}
		for k, v := range o.Properties {
			row[k] = v
		}
		row["_additional"] = map[string]any{"id": o.ID, "distance": 0.25, "score": "1.5"}
		rows = append(rows, row)
	}
	return map[string]any{"data": map[string]any{"Get": map[string]any{class: rows}}}
}
