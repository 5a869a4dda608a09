package corpus

import "regexp"

// Each January a county or city announces the livelihood projects (民生实
// 事) it will carry out that year: "2025年,环翠区…规划16大项、36小项民生实
// 事", "今年将办好10件民生实事". What such a text lists is the year's plan,
// not what was done; a report of the projects completed says so
// ("完成情况", "均已完成") and stays a summary.

// plannedProjects announces the year's livelihood projects in a text's
// lead.
// The list may be said chosen or published ("公布了由人大代表差额票决选出
// 的高明区2025年度十件民生实事项目", "十大民生实事出炉"); the projects may
// be called 为民服务实事 or 实事 alone ("公开发布了十件实事具体措施").
var plannedProjects = regexp.MustCompile(`(?:规划|确定|计划|将|拟|安排|谋划|推出|筛选|征集确定|公布|发布|票决|选出)[\p{Han}\d]{0,14}?(?:\d+|[一二三四五六七八九十]+)(?:大项|大件|大|项|件|类)[^。\n]{0,20}?(?:民生|为民服务|为民)?实事|(?:\d+|[一二三四五六七八九十]+)(?:大|件|项)(?:民生|为民服务|为民)?实事(?:项目)?(?:出炉|公布|发布|揭晓)`)

// completedProjects says the projects a text reports on are done.
var completedProjects = regexp.MustCompile(`完成情况|已完成|均已|全部完成|超额完成|完成率|交出`)

// projectsPlanOpening is how far, in bytes, into a text the announcement
// may stand.
const projectsPlanOpening = 900

// announcesProjects reports whether a title or the opening of span
// announces the livelihood projects planned for the year, not their
// completion ("2025年重庆将接续办好15件重点民生实事").
func announcesProjects(simpTitle, work string, span Span) bool {
	if plannedProjects.MatchString(simpTitle) && !completedProjects.MatchString(simpTitle) {
		return true
	}
	head := headSpan(work, span, projectsPlanOpening)
	open := Simplify(work[head.Start:head.End])
	return plannedProjects.MatchString(open) && !completedProjects.MatchString(open)
}
