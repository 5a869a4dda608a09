package retrieval

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

// fakeWeaviate is an in-memory Weaviate speaking the part of its REST and
// GraphQL API healthbot uses, as the official client sends it: aliases,
// collections and their tenants, batches of objects, and Get queries
// filtered by document kind and keys (ranking is not Weaviate's: objects
// come in the order they were written). It records every request.
type fakeWeaviate struct {
	t   *testing.T
	srv *httptest.Server

	mu      sync.Mutex
	aliases map[string]string
	classes map[string]json.RawMessage
	tenants map[string][]string // class -> tenant status changes, in order
	objects map[string][]fakeObject
	log     []string // "METHOD path" of every request
	queries []string // the GraphQL of every query
	// fail, when set, answers a request with a status instead (tests).
	fail func(method, path string) int
}

type fakeObject struct {
	ID         string         `json:"id"`
	Class      string         `json:"class"`
	Tenant     string         `json:"tenant"`
	Properties map[string]any `json:"properties"`
	Vector     []float32      `json:"vector"`
}

func newFakeWeaviate(t *testing.T) *fakeWeaviate {
	f := &fakeWeaviate{t: t, aliases: map[string]string{}, classes: map[string]json.RawMessage{}, tenants: map[string][]string{}, objects: map[string][]fakeObject{}}
	f.srv = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.srv.Close)
	return f
}

func (f *fakeWeaviate) url() string { return f.srv.URL }

// requests returns the requests made so far.
func (f *fakeWeaviate) requests() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return slices.Clone(f.log)
}

func (f *fakeWeaviate) serve(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	f.mu.Lock()
	defer f.mu.Unlock()
	f.log = append(f.log, r.Method+" "+r.URL.Path)
	if f.fail != nil {
		if st := f.fail(r.Method, r.URL.Path); st != 0 {
			http.Error(w, `{"error":[{"message":"injected failure"}]}`, st)
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
		var b struct{ Objects []fakeObject }
		if err := json.Unmarshal(body, &b); err != nil {
			f.t.Errorf("batch: %v", err)
		}
		var res []any
		for _, o := range b.Objects {
			if _, ok := f.classes[o.Class]; !ok {
				f.t.Errorf("batch: object of unknown class %s", o.Class)
			}
			f.objects[o.Class] = append(f.objects[o.Class], o)
			res = append(res, map[string]any{"id": o.ID, "class": o.Class, "result": map[string]any{}})
		}
		reply(200, res)
	case r.Method == "POST" && path == "/graphql":
		var q struct{ Query string }
		json.Unmarshal(body, &q)
		f.queries = append(f.queries, q.Query)
		reply(200, f.graphql(q.Query))
	default:
		reply(404, map[string]any{"error": []any{map[string]string{"message": "not faked: " + r.Method + " " + path}}})
	}
}

var (
	gqlOp     = regexp.MustCompile(`^\{(Get|Aggregate) ?\{(\w+)`)
	gqlTenant = regexp.MustCompile(`tenant: "(\w+)"`)
	gqlLimit  = regexp.MustCompile(`limit: (\d+)`)
	gqlDoc    = regexp.MustCompile(`path: \["doc"\] valueText: "(\w+)"`)
	gqlKeys   = regexp.MustCompile(`path: \["key"\] valueText: (\[[^\]]*\])`)
)

// graphql answers a Get or Aggregate query of the shapes healthbot sends.
func (f *fakeWeaviate) graphql(q string) map[string]any {
	m := gqlOp.FindStringSubmatch(q)
	if m == nil {
		return map[string]any{"errors": []any{map[string]string{"message": "not faked: " + q}}}
	}
	op, class := m[1], m[2]
	if _, ok := f.classes[class]; !ok {
		return map[string]any{"errors": []any{map[string]string{"message": fmt.Sprintf("Cannot query field %q on type %q.", class, "GetObjectsObj")}}}
	}
	tenant := ""
	if t := gqlTenant.FindStringSubmatch(q); t != nil {
		tenant = t[1]
	}
	var objs []fakeObject
	for _, o := range f.objects[class] {
		if o.Tenant == tenant {
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
	doc := ""
	if d := gqlDoc.FindStringSubmatch(q); d != nil {
		doc = d[1]
	}
	var keys []string
	if k := gqlKeys.FindStringSubmatch(q); k != nil {
		json.Unmarshal([]byte(k[1]), &keys)
	}
	rows := []any{}
	for _, o := range objs {
		if len(rows) == limit {
			break
		}
		if doc != "" && o.Properties[wvDoc] != doc {
			continue
		}
		if keys != nil && !slices.Contains(keys, o.Properties[wvID].(string)) {
			continue
		}
		row := map[string]any{}
		for k, v := range o.Properties {
			row[k] = v
		}
		row["_additional"] = map[string]any{"id": o.ID, "distance": 0.25, "score": "1.5"}
		rows = append(rows, row)
	}
	return map[string]any{"data": map[string]any{"Get": map[string]any{class: rows}}}
}
