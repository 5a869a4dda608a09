package bot

import "testing"

// An outline item's first sentence is its heading up to markedHeadingRunes
// ("(一)围绕“体系整合”,在统筹全市医疗卫生资源上持续发力。"), and is quoted with
// the sentence after it; one holding a figure is a sentence of its own.
func TestMarkedHeadingLike(t *testing.T) {
	for sent, want := range map[string]bool{
		"(一)围绕“体系整合”,在统筹全市医疗卫生资源上持续发力。": true,
		"(二)全年新建村卫生室12个,改造乡镇卫生院5所。":     false,
		"一、主要工作": true,
		"全面推开紧密型医共体建设,“一镇一策”完成社区卫生管理体制改革。": false,
	} {
		if got := headingLike(sent); got != want {
			t.Errorf("headingLike(%q) = %v, want %v", sent, got, want)
		}
	}
}
