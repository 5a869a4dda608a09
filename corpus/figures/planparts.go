package figures

import (
	"regexp"
	"strings"
)

// planName is the name of a plan, programme or campaign ending the words
// before a count of its parts: "出生缺陷防治能力提升计划" of "推进实施出生缺陷
// 防治能力提升计划，通过六方面措施、18项任务".
var planName = regexp.MustCompile(`([\p{Han}“”《》]{2,14}(?:计划|方案|行动|规划|纲要|工程|意见|办法))[^。；;]{0,12}$`)

// maxPlanPartLabel bounds a plan's name with the part counted.
const maxPlanPartLabel = 24

// planVerbs open a plan's name without being part of it.
var planVerbs = []string{"推进实施", "组织实施", "深入实施", "全面实施", "实施", "推进", "制定", "印发", "出台", "启动", "开展", "落实", "围绕", "按照", "根据", "依据"}

// partsOfPlan labels a count of a text's bare parts ("18项任务", "六方面措施")
// by the plan the clause before names, instead of leaving it unlabelled:
// the tasks of 出生缺陷防治能力提升计划 are a fact staff ask for ("那个计划
// 一共安排了多少项任务"), a bare 任务 is not.
func partsOfPlan(t *text, c *cand) {
	if !bareNouns.has(c.label.n) || c.source != fromFollow {
		return
	}
	m := planName.FindStringSubmatch(t.str(0, c.num.a))
	if m == nil {
		return
	}
	name := m[1]
	for _, v := range planVerbs {
		if rest, ok := strings.CutPrefix(name, v); ok && len([]rune(rest)) >= 4 {
			name = rest
			break
		}
	}
	if len([]rune(name))+len(c.label.r) > maxPlanPartLabel {
		return
	}
	c.label = joinPhrase(newPhrase(name), c.label)
}
