package webchat

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestBrowserScreenshots saves full-page PNGs of the web chat answering a
// figure question, a what-was-done question, a trend and a draft request
// into the folder HEALTHBOT_WEB_SCREENSHOTS names (on demand: skipped
// without it). Chinese text needs a CJK font (Debian: fonts-wqy-microhei).
//
//	HEALTHBOT_WEB_SCREENSHOTS=/tmp/screens go test ./webchat -run TestBrowserScreenshots
func TestBrowserScreenshots(t *testing.T) {
	dir := os.Getenv("HEALTHBOT_WEB_SCREENSHOTS")
	if dir == "" {
		t.Skip("set HEALTHBOT_WEB_SCREENSHOTS to a folder to save screenshots of the web chat")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	ctx, base, _ := browserPage(t, samplesIndex, Options{})
	do(t, ctx, chromedp.Navigate(base+"/"), chromedp.WaitVisible(chromedp.CSS("#question")))
	for _, shot := range []struct{ file, question string }{
		{"web-figure.png", "2023年家庭医生签约率是多少？"},
		{"web-work.png", "2023年在医防融合方面做了哪些工作？"},
		{"web-trend.png", "历年孕产妇死亡率变化趋势"},
		{"web-draft.png", "帮我起草2025年卫生健康工作计划提纲"},
	} {
		do(t, ctx, chromedp.ResetViewport(), chromedp.Click(chromedp.CSS("#new-chat")), askInPage(shot.question, 1))
		// A window as tall as the page, so the question box sits below the
		// answer as it does once scrolled to the end.
		height := get(t, ctx, chromedp.Evaluate[int64](`document.documentElement.scrollHeight`))
		do(t, ctx, chromedp.EmulateViewport(1100, max(height, 700)))
		png := get(t, ctx, chromedp.FullScreenshot(100))
		path := filepath.Join(dir, shot.file)
		if err := os.WriteFile(path, png, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: %s", path, shot.question)
	}
}
