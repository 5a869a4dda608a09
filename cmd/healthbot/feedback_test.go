package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestFeedbackCounts(t *testing.T) {
	dir := t.TempDir()
	env := map[string]string{"HEALTHBOT_SLACK_DATA_DIR": dir}
	code, out, _ := runCLI(t, env, "feedback")
	if code != 0 || !strings.Contains(out, "No feedback yet") {
		t.Fatalf("empty: exit %d %s", code, out)
	}
	src := func(ref, title string) string {
		return `{"n":1,"title":"` + title + `","ref":"` + ref + `","year":2023}`
	}
	lines := []string{
		`{"time":"2024-03-01T09:00:00Z","vote":"up","user":"U1","channel":"C1","answer_id":"a1","question":"2023年家庭医生签约率是多少？","answer":"50.2% [1]","sources":[` + src("r1.txt#1", "2023年工作总结") + `]}`,
		`{"time":"2024-03-01T09:01:00Z","vote":"down","user":"U2","channel":"C1","answer_id":"a1","question":"2023年家庭医生签约率是多少？","answer":"50.2% [1]","sources":[` + src("r1.txt#1", "2023年工作总结") + `]}`,
		// U2 changes their mind: only the last vote counts.
		`{"time":"2024-03-01T09:02:00Z","vote":"up","user":"U2","channel":"C1","answer_id":"a1","question":"2023年家庭医生签约率是多少？","answer":"50.2% [1]","sources":[` + src("r1.txt#1", "2023年工作总结") + `]}`,
		`{"time":"2024-03-02T10:00:00Z","vote":"down","user":"U3","channel":"C2","answer_id":"a2","question":"去年在慢性病防控方面做了哪些工作？","answer":"摘自资料原文……","sources":[` + src("r2.txt#3", "2023年卫生局工作总结 篇3") + `,` + src("r1.txt#1", "2023年工作总结") + `]}`,
		`{"time":"2024-03-02T10:0`, // torn by a crash
	}
	if err := os.WriteFile(filepath.Join(dir, "feedback.jsonl"), []byte(strings.Join(lines, "\n")+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCLI(t, env, "feedback")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"3 votes (👍 2, 👎 1", "Skipped 1 unreadable line", "2 / 1   2023年工作总结（2023年）r1.txt#1", "0 / 1   2023年卫生局工作总结 篇3", "Latest 👎", "问：去年在慢性病防控方面做了哪些工作？"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	code, out, _ = runCLI(t, env, "feedback", "--json", "--recent", "1")
	var sum struct {
		Clicks, Up, Down int
		Skipped          int `json:"skipped_lines"`
		Sources          []struct {
			Ref      string
			Up, Down int
		}
		RecentDown []struct{ Question string } `json:"recent_down"`
	}
	if code != 0 || json.Unmarshal([]byte(out), &sum) != nil {
		t.Fatalf("--json: exit %d %s", code, out)
	}
	if sum.Clicks != 4 || sum.Up != 2 || sum.Down != 1 || sum.Skipped != 1 || len(sum.Sources) != 2 || sum.Sources[0].Ref != "r1.txt#1" || len(sum.RecentDown) != 1 {
		t.Errorf("summary: %+v", sum)
	}
}
