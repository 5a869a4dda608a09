package corpus

import (
	"regexp"
	"strings"
)

// Work summaries name a building project by its size or cost before it:
// "建筑规模约10000平方米的县中医院迁建项目完成主体建设", "总投资2.3亿元的妇幼保健
// 院综合楼开工". The figure's label ("建筑规模") names no project; the one
// after 的 is its subject, which tells two projects of one sentence apart.

// projectMeasures are the measures a project is named by before 的.
var projectMeasures = []string{"建筑规模", "建筑面积", "占地面积", "总建筑面积", "总投资", "投资", "规模"}

// projectAfter is the project after a figure's 的, up to the first 项目 or
// 工程 ("县中医院迁建项目"); buildingAfter, when it names none, the
// building, as long as it runs ("妇幼保健院、苏基卫生院、卫生监督所综合服务楼").
var (
	projectAfter  = regexp.MustCompile(`^\s*的\s*([\p{Han}、]{2,30}?(?:项目|工程))`)
	buildingAfter = regexp.MustCompile(`^\s*的\s*([\p{Han}、]{2,20}(?:大楼|综合楼|楼|医院|中心|院区|卫生院|服务站))`)
)

// projectsOfMeasures gives a project's size or cost the project named after
// it.
func projectsOfMeasures(work string, figs []Figure) {
	for i := range figs {
		f := &figs[i]
		if !containsAny(f.Label, projectMeasures) || f.Span.End >= len(work) {
			continue
		}
		after := Simplify(work[f.Span.End:min(len(work), f.Span.End+80)])
		m := projectAfter.FindStringSubmatch(after)
		if m == nil {
			m = buildingAfter.FindStringSubmatch(after)
		}
		if m != nil && !strings.Contains(f.Label, m[1]) {
			f.Label = m[1] + " " + f.Label
		}
	}
}
