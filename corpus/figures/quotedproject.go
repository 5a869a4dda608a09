package figures

import (
	"regexp"
	"strings"
)

// A 民生实事 report names each project by its goal in quotation marks and
// then says how far it got: "“新增普惠托位5580个,社区婴幼儿成长驿站100家”项目,
// 已新增普惠托位8358个". The figures inside the quoted name are the
// project's goal, not what was done.

// quotedProject is a name in quotation marks followed by what it names: a
// project, a task, a livelihood item.
var quotedProject = regexp.MustCompile(`[“"]([^“”"]{4,80})[”"](?:等)?(?:民生)?(?:项目|工程|任务|实事|目标|行动)`)

// goalsInQuotedProjects marks the figures inside a quoted project name as
// goals.
func goalsInQuotedProjects(sentence string, figs []Figure) {
	if !strings.ContainsAny(sentence, "“\"") {
		return
	}
	for _, m := range quotedProject.FindAllStringSubmatchIndex(sentence, -1) {
		for i := range figs {
			if figs[i].Start >= m[2] && figs[i].End <= m[3] {
				figs[i].Target = true
			}
		}
	}
}
