//go:build unix

package retrieval

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"slices"
	"strings"
	"syscall"
	"testing"

	"github.com/healthbot/healthbot/corpus"
)

// Variables by which TestWeaviatePublishKilled tells the child process it
// starts what to publish and where to die.
const (
	envKillURL  = "HEALTHBOT_WV_KILL_URL"
	envKillDir  = "HEALTHBOT_WV_KILL_DIR"
	envKillStep = "HEALTHBOT_WV_KILL_STEP"
)

// TestWeaviatePublishChild is the publishing process of
// TestWeaviatePublishKilled: it publishes and kills itself (SIGKILL) at
// the step it is told. Run on its own it does nothing.
func TestWeaviatePublishChild(t *testing.T) {
	url, dir, step := os.Getenv(envKillURL), os.Getenv(envKillDir), os.Getenv(envKillStep)
	if url == "" {
		t.Skip("the child of TestWeaviatePublishKilled")
	}
	w, err := NewWeaviate(WeaviateConfig{URLs: []string{url}})
	if err != nil {
		t.Fatal(err)
	}
	_, err = PublishWeaviate(context.Background(), dir, localEmbedder(t, DefaultLocalDim), "", w, PublishOptions{
		BatchSize: 50,
		atStep: func(s string) {
			if s == step {
				syscall.Kill(os.Getpid(), syscall.SIGKILL)
				select {} // the signal is on its way
			}
		},
	})
	t.Fatalf("publish returned (%v) instead of dying at %s", err, step)
}

// TestWeaviatePublishKilled kills a publishing process between each of the
// publish's steps and checks that the alias keeps answering from the old
// collection (the new one once the switch is done), and that the next
// publish completes and leaves one collection.
func TestWeaviatePublishKilled(t *testing.T) {
	node, w := liveWeaviate(t)
	_, dir := buildSamples(t, BuildOptions{})
	emb := localEmbedder(t, DefaultLocalDim)
	ctx := context.Background()
	first, err := PublishWeaviate(ctx, dir, emb, "", w, PublishOptions{})
	if err != nil {
		t.Fatal(err)
	}
	wi, err := OpenWeaviate(ctx, w, emb, WeaviateOpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer wi.Close()
	live := first.Collection
	for _, step := range []string{stepCreated, stepHalf, stepFilled, stepSwitched} {
		// A new generation for the child to publish.
		if _, err := Build(ctx, dir, sampleDocs(t), emb, BuildOptions{}); err != nil {
			t.Fatal(err)
		}
		next := wvCollectionName(w.Alias(), mustGen(t, dir))
		cmd := exec.Command(os.Args[0], "-test.run=^TestWeaviatePublishChild$", "-test.count=1")
		cmd.Env = append(os.Environ(), envKillURL+"="+node.URL, envKillDir+"="+dir, envKillStep+"="+step)
		out, err := cmd.CombinedOutput()
		var ee *exec.ExitError
		if !errors.As(err, &ee) || ee.Sys().(syscall.WaitStatus).Signal() != syscall.SIGKILL {
			t.Fatalf("step %s: child did not die by SIGKILL (%v):\n%s", step, err, out)
		}
		want := live
		if step == stepSwitched {
			want = next
		}
		if got, err := w.aliasTarget(ctx); err != nil || got != want {
			t.Fatalf("killed at %s: alias names %q (%v), want %q", step, got, err, want)
		}
		// Searches answer, from the collection the alias names.
		wi.Reload(ctx)
		res, err := wi.Search(ctx, corpus.Query{Text: "2023年家庭医生签约率是多少？", K: 5})
		if err != nil || len(res.Hits) == 0 || !strings.Contains(res.Hits[0].Text+res.Hits[1].Text, "签约率") {
			t.Fatalf("killed at %s: search on %s: %v, %d hits", step, wi.Collection(), err, len(res.Hits))
		}
		if wi.Collection() != want {
			t.Errorf("killed at %s: searching %s, want %s", step, wi.Collection(), want)
		}
		if left, _ := w.collections(ctx); step != stepSwitched && !slices.Contains(left, next) && step != stepCreated {
			t.Errorf("killed at %s: the unfinished collection %s is gone already (%v)", step, next, left)
		}
		// The next publish finishes the job and cleans up.
		st, err := PublishWeaviate(ctx, dir, emb, "", w, PublishOptions{})
		if err != nil {
			t.Fatalf("after a kill at %s: %v", step, err)
		}
		if left, _ := w.collections(ctx); len(left) != 1 || left[0] != st.Collection {
			t.Errorf("after a kill at %s and a publish: collections %v, live %s", step, left, st.Collection)
		}
		t.Logf("killed at %-8s: alias stayed on %s; next publish: %s (up to date %v), dropped %v", step, want, st.Collection, st.UpToDate, st.Dropped)
		live = st.Collection
	}
}
