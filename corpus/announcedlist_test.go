package corpus

import (
	"strings"
	"testing"
)

// A chunk whose last paragraph announces a list with a colon names the
// chunk holding the list as its continuation, so a search can read them
// together (made-up conference report).
func TestAnnouncedListContinues(t *testing.T) {
	text := "2026年全市卫生健康工作会议召开\n\n会议系统总结2025年工作成效,全面部署2026年重点工作。\n\n会议要求,重点抓好以下三项任务:\n\n" +
		"一是大力实施人均预期寿命提升行动,完善健康协同推进机制,强化重点疾病防控。\n\n二是着力深化医药卫生体制改革,深化紧密型县域医共体建设。\n\n三是集中力量抓好医疗卫生强基工程,建强基层服务体系。\n"
	r := Parse("t.txt", text, Meta{}, Options{ChunkRunes: 60}).Reports[0]
	for i, c := range r.Chunks[:len(r.Chunks)-1] {
		if strings.HasSuffix(strings.TrimSpace(c.Text), "任务:") {
			if next := r.Chunks[i+1]; c.Next != next.ID || next.Prev != c.ID {
				t.Errorf("the announcing chunk is not continued by the list's: next %q, want %q", c.Next, next.ID)
			}
			return
		}
	}
	t.Errorf("no chunk ends with the announcement: %+v", r.Chunks)
}
