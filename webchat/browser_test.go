package webchat

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/healthbot/healthbot/internal/chatkit"
	"github.com/healthbot/healthbot/internal/sampleindex"
)

// End-to-end tests of the page in headless Chromium, driven over the
// DevTools protocol (chromedp). They need a Chromium binary: Debian's
// chromium package (.ci/run installs it), or the one HEALTHBOT_CHROMIUM
// names; without one they skip.

// chromiumPath finds the browser, or "".
func chromiumPath() string {
	if p := os.Getenv("HEALTHBOT_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "headless-shell"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// browserPage serves the web chat over ix on a real loopback server and
// opens a headless Chromium tab; the returned context drives the tab, the
// URL is the page's.
func browserPage(t *testing.T, ix *sampleindex.Index, opts Options) (context.Context, string, *Server) {
	return browserPageAt(t, ix, opts, "")
}

// browserPageAt is browserPage with the web chat under the path prefix
// (as a reverse proxy mounts it: "/healthbot"), "" for the root.
func browserPageAt(t *testing.T, ix *sampleindex.Index, opts Options, prefix string) (context.Context, string, *Server) {
	t.Helper()
	path := chromiumPath()
	if path == "" {
		t.Skip("no Chromium found (install Debian's chromium: apt-get install chromium, or set HEALTHBOT_CHROMIUM to a Chrome/Chromium binary); skipping the browser test")
	}
	s := newTestServer(t, ix, opts)
	var h http.Handler = s.Handler()
	if prefix != "" {
		mux := http.NewServeMux()
		mux.Handle(prefix+"/", http.StripPrefix(prefix, h))
		h = mux
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)

	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(path),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1100, 900),
	)
	ctx, cancelTab := chromedp.NewContext(alloc)
	// Patience, not a bound on speed: Chromium and the index are slow on
	// a busy machine under -race; a hang still fails before go test's
	// own timeout.
	ctx, cancelTime := context.WithTimeout(ctx, patience(t))
	t.Cleanup(func() {
		cancelTime()
		cancelTab()
		cancelAlloc()
	})
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start %s: %v", path, err)
	}
	return ctx, srv.URL + prefix, s
}

// patience is how long a browser test may wait: until shortly before go
// test's -timeout.
func patience(t *testing.T) time.Duration {
	d, ok := t.Deadline()
	if !ok {
		return 10 * time.Minute
	}
	return max(time.Until(d)-15*time.Second, 10*time.Second)
}

// do runs steps in the tab, failing the test on an error.
func do(t *testing.T, ctx context.Context, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatal(err)
	}
}

// get runs a in the tab and returns its value, failing the test on an error.
func get[T any](t *testing.T, ctx context.Context, a chromedp.Action[T]) T {
	t.Helper()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// waitJS waits until the expression is true in the page.
func waitJS(expr string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := chromedp.Poll[bool](expr, chromedp.WithPollingInterval(50*time.Millisecond))(ctx, t)
		return err
	})
}

// answered waits for the nth answer (from 1) to be drawn whole.
func answered(n int) chromedp.Action[chromedp.Void] {
	return waitJS(`document.querySelectorAll('.reply[data-state="done"], .reply[data-state="error"]').length >= ` + strconv.Itoa(n))
}

// askInPage types q into the question box, sends it and waits for the
// nth answer to be drawn whole.
func askInPage(q string, n int) chromedp.Action[chromedp.Void] {
	return chromedp.Steps(
		chromedp.WaitEnabled(chromedp.CSS("#ask-button")),
		chromedp.SetValue(chromedp.CSS("#question"), q),
		chromedp.Click(chromedp.CSS("#ask-button")),
		answered(n),
	)
}

// lastReply is JavaScript reading a part of the last answer as text
// ("" when it has none); part is a selector inside it, or "" for all of it.
func lastReply(part string) chromedp.Action[string] {
	return chromedp.Evaluate[string](`(() => { const r = [...document.querySelectorAll('.reply')].pop(); const p = r && (` +
		strconv.Quote(part) + ` ? r.querySelector(` + strconv.Quote(part) + `) : r); return p ? p.innerText : ""; })()`)
}

// In the page: a question is answered with 50.2% and its source; a
// follow-up uses the earlier turn; 👍 is recorded in the feedback log.
func TestBrowserAsksFollowsUpAndVotes(t *testing.T) {
	dir := t.TempDir()
	ctx, base, _ := browserPage(t, samplesIndex, Options{Limits: chatkit.Limits{DataDir: dir}})
	do(t, ctx,
		chromedp.Navigate(base+"/"),
		chromedp.WaitVisible(chromedp.CSS("#question")),
		askInPage("2023年家庭医生签约率是多少", 1),
	)
	if answer := get(t, ctx, lastReply(".text")); !strings.Contains(answer, "50.2%") {
		t.Errorf("answer shown: %q", answer)
	}
	if sources := get(t, ctx, lastReply(".sources")); !strings.Contains(sources, "家庭医生总签约率为50.2%") || !strings.Contains(sources, "工作总结") {
		t.Errorf("sources shown: %q", sources)
	}
	do(t, ctx,
		chromedp.Click(chromedp.CSS(".reply .vote-up")),
		waitJS(`document.querySelector('.reply .actions .done').textContent.length > 0`),
	)
	if thanks := get(t, ctx, chromedp.Text(chromedp.CSS(".reply .actions .done"))); thanks != chatkit.MsgThanksUp {
		t.Errorf("after 👍 the page says %q", thanks)
	}
	do(t, ctx, askInPage("那2016年呢？", 2))
	if understood := get(t, ctx, lastReply(".understood")); !strings.Contains(understood, "2016") || !strings.Contains(understood, "签约率") {
		t.Errorf("the follow-up was understood as %q", understood)
	}
	recs, _, err := chatkit.ReadFeedback(filepath.Join(dir, chatkit.FeedbackFile))
	if err != nil || len(recs) != 1 || recs[0].Vote != chatkit.VoteUp || recs[0].Platform != Platform || !strings.Contains(recs[0].Answer, "50.2%") {
		t.Errorf("feedback log: %+v (%v)", recs, err)
	}
}

// /?q=… asks at once; a trend is drawn as an SVG chart, a draft gets a
// copy button.
func TestBrowserAsksFromLinkAndDraws(t *testing.T) {
	ctx, base, _ := browserPage(t, samplesIndex, Options{})
	const q = "2023年家庭医生签约率是多少"
	do(t, ctx, chromedp.Navigate(base+"/?q="+url.QueryEscape(q)), answered(1))
	mine := get(t, ctx, chromedp.Text(chromedp.CSS(".mine")))
	answer, sources := get(t, ctx, lastReply(".text")), get(t, ctx, lastReply(".sources"))
	if !strings.Contains(mine, q) || !strings.Contains(answer, "50.2%") || !strings.Contains(sources, "50.2%") {
		t.Errorf("asked %q, answered %q, sources %q", mine, answer, sources)
	}
	do(t, ctx, askInPage("历年孕产妇死亡率变化趋势", 2))
	if n := get(t, ctx, chromedp.Evaluate[int](`[...document.querySelectorAll('.reply')].pop().querySelectorAll('.chart svg circle').length`)); n == 0 {
		t.Error("the trend has no chart")
	}
	do(t, ctx, askInPage("帮我起草2025年工作计划提纲", 3))
	if n := get(t, ctx, chromedp.Evaluate[int](`[...document.querySelectorAll('.reply')].pop().querySelectorAll('button.copy').length`)); n != 1 {
		t.Errorf("%d copy buttons on the draft", n)
	}
}

// A source holding markup is shown as text: no element made of it, no
// script run.
func TestBrowserShowsHostileSourceAsText(t *testing.T) {
	ctx, base, _ := browserPage(t, hostileIndex, Options{})
	do(t, ctx, chromedp.Navigate(base+"/?q="+url.QueryEscape("2023年麻疹疫苗接种率是多少")), answered(1))
	if sources := get(t, ctx, lastReply(".sources")); !strings.Contains(sources, "<script>window.pwned=1</script>") {
		t.Errorf("the source's text is not shown as written: %q", sources)
	}
	injected := get(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll('.reply img, .reply script').length`))
	pwned := get(t, ctx, chromedp.Evaluate[bool](`window.pwned !== undefined`))
	if injected != 0 || pwned {
		t.Errorf("the source became markup: %d elements, script ran %v", injected, pwned)
	}
}

// With a token configured the page asks for it: a wrong one is refused
// with a note, the right one lets the question through.
func TestBrowserLogsInWithToken(t *testing.T) {
	const token = "browser-test-token-8Qm2"
	ctx, base, _ := browserPage(t, samplesIndex, Options{Token: token})
	do(t, ctx,
		chromedp.Navigate(base+"/?q="+url.QueryEscape("2023年家庭医生签约率是多少")),
		chromedp.WaitVisible(chromedp.CSS("#login")),
		chromedp.SetValue(chromedp.CSS("#token"), "wrong"),
		chromedp.Click(chromedp.CSS("#login-form button")),
		waitJS(`document.querySelector('#login-error').textContent.length > 0`),
	)
	if msg := get(t, ctx, chromedp.Text(chromedp.CSS("#login-error"))); msg != msgBadToken {
		t.Errorf("a wrong token: %q", msg)
	}
	do(t, ctx,
		chromedp.SetValue(chromedp.CSS("#token"), token),
		chromedp.Click(chromedp.CSS("#login-form button")),
		answered(1), // the linked question is asked once signed in
	)
	if answer := get(t, ctx, lastReply(".text")); !strings.Contains(answer, "50.2%") {
		t.Errorf("after signing in: %q", answer)
	}
	if hidden := get(t, ctx, chromedp.Evaluate[bool](`document.querySelector('#login').hidden`)); !hidden {
		t.Error("the login form is still shown")
	}
}

// Under a reverse proxy's sub-path the page loads its script and style and
// reaches its API (its URLs are relative).
func TestBrowserUnderSubPath(t *testing.T) {
	ctx, base, _ := browserPageAt(t, samplesIndex, Options{}, "/healthbot")
	do(t, ctx, chromedp.Navigate(base+"/?q="+url.QueryEscape("2023年家庭医生签约率是多少")), answered(1))
	if answer := get(t, ctx, lastReply(".text")); !strings.Contains(answer, "50.2%") {
		t.Errorf("under /healthbot/: %q", answer)
	}
	if href := get(t, ctx, chromedp.Evaluate[string](`document.querySelector('.mine a').href`)); !strings.Contains(href, "/healthbot/?q=") {
		t.Errorf("the question's link is %q", href)
	}
}
