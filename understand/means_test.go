package understand_test

import (
	"testing"

	"github.com/healthbot/healthbot/understand"
)

func TestStatesMeans(t *testing.T) {
	for sentence, want := range map[string]bool{
		"通过宣传医保政策、解答医保难题、优化经办服务等途径,搭起连心桥。": true,
		"通过实行一对一的导师制,传帮带8名卫技人员。":           true,
		"采取错时服务、上门服务等方式,方便群众。":             true,
		"以家庭医生签约为抓手,做实慢病管理。":               true,
		"该院顺利通过三级乙等医院评审。":                  false,
		"项目已通过竣工验收并投入使用。":                  false,
		"全县签约率达到65%。":                      false,
	} {
		if got := understand.StatesMeans(sentence); got != want {
			t.Errorf("StatesMeans(%q) = %v, want %v", sentence, got, want)
		}
	}
}
