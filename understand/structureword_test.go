package understand

import (
	"strings"
	"testing"
)

// "具体目标", the name of a part of a plan, stays whole in a topic: 具体 is
// no filler there, as it is in "具体怎么做".
func TestPlanPartNamedWithJuti(t *testing.T) {
	if got := Topic("阜新县那个把健康融入所有政策的指导方案，具体目标有哪几条？"); !strings.Contains(got, "具体目标") {
		t.Errorf("Topic = %q, want it to hold 具体目标", got)
	}
	if got := Topic("医养结合试点方案里，工作任务主要分哪几块？"); !strings.Contains(got, "工作任务") {
		t.Errorf("Topic = %q, want it to hold 工作任务", got)
	}
	if got := Topic("具体是怎么激励的？"); strings.Contains(got, "具体") {
		t.Errorf("Topic = %q holds the filler 具体", got)
	}
}
