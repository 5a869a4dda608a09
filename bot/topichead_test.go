package bot

import "testing"

// A topic's head is the specific noun it ends in; a generic noun or a
// measure ("比例") is none.
func TestTopicHead(t *testing.T) {
	for topic, want := range map[string]string{
		"疾控中心核定的编制 人":  "编制",
		"疾控中心 实际在岗的职工": "职工",
		"行政处罚信息":       "",
		"外地看病能直接报销的比例": "",
	} {
		if got := topicHead(topic); got != want {
			t.Errorf("topicHead(%q) = %q, want %q", topic, got, want)
		}
	}
}
