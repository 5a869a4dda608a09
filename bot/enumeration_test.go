package bot

import (
	"strings"
	"testing"
)

// The list a question asks for is the longest the sources make: a list a
// sentence makes its focus ("以…为重点"), the items the question's verb
// acts on, rather than a shorter list before "等方面".
func TestEnumerationTakesTheLongestList(t *testing.T) {
	sources := []Source{{N: 1, Text: "紧紧围绕五大发展理念，着力提升在医疗救治、医疗资源、人才梯队建设等方面的能力。统筹部署重点工作。围绕传染病防治、医共体建设、中医药发展、基本公共卫生服务、爱国卫生运动等工作，抓好落实。"}}
	it, ok := enumeration("重点工作要围绕哪些方面抓？", sources)
	if !ok || !strings.Contains(it.text, "传染病防治、医共体建设") {
		t.Errorf("verb list: %q %v", it.text, ok)
	}
	sources = []Source{{N: 1, Text: "规划提出，以普及健康生活、优化健康服务、完善健康保障、建设健康环境、发展健康产业为重点，全面建设健康龙江。"}}
	it, ok = enumeration("健康龙江2030规划主要抓哪几个方面？", sources)
	if !ok || !strings.HasPrefix(it.text, "以普及健康生活") || !strings.Contains(it.text, "发展健康产业") {
		t.Errorf("focus list: %q %v", it.text, ok)
	}
}
