package figures

import "strings"

// programmeVerbs open a clause that sets up a programme ("建立健全重特大疾
// 病专项医疗救助制度"), whose figures the next clause gives.
var programmeVerbs = []string{"探索建立", "建立健全", "全面实施", "全面推行", "全面开展", "深入开展", "继续实施", "建立", "健全", "完善", "实施", "推行", "推进", "开展", "启动", "落实", "设立", "出台", "制定"}

// programmeEnds end the name of a programme: a system, a project, a
// scheme.
var programmeEnds = []string{"制度", "项目", "工程", "行动", "计划", "政策", "机制", "办法", "试点", "救助", "保险", "活动", "基金"}

// maxProgrammeLabel bounds the label a programme is given to: a short
// attribute ("年度报销限额"), not a measure named in full; a rate
// ("县域内就诊率") is a measure of its own name, whatever its length.
const maxProgrammeLabel = 6

// programmeLead is the programme the clause before c's sets up, when c's
// short label is an attribute of it: in "建立健全重特大疾病专项医疗救助制
// 度,年度报销限额最高10万元" the 10万元 is the limit of that programme, not
// of the 医疗救助 before it. An empty phrase otherwise.
func programmeLead(t *text, c *cand) phrase {
	n := t.n
	if len(c.label.r) > maxProgrammeLabel || strings.HasSuffix(string(c.label.n), "率") {
		return phrase{}
	}
	start := c.num.a
	for start > 0 && !sentenceEnd(n[start-1]) && n[start-1] != ',' {
		start--
	}
	if start == 0 || n[start-1] != ',' || !strings.Contains(string(n[start:c.num.a]), string(c.label.n)) {
		return phrase{}
	}
	end := start - 1
	prev := end
	for prev > 0 && !sentenceEnd(n[prev-1]) && n[prev-1] != ',' {
		prev--
	}
	clause := string(n[prev:end])
	if strings.ContainsFunc(clause, isDigit) {
		return phrase{}
	}
	verb := ""
	for _, v := range programmeVerbs {
		if strings.HasPrefix(clause, v) {
			verb = v
			break
		}
	}
	if verb == "" {
		return phrase{}
	}
	a := prev + len([]rune(verb))
	if a < end && n[a] == '了' {
		a++ // "开展了…活动"
	}
	object := phrase{t.r[a:end], n[a:end]}
	if len(object.r) < 3 || len(object.r) > maxLabel || !hasHan(object) || strings.Contains(string(c.label.n), string(object.n)) ||
		!hasAnySuffix(string(object.n), programmeEnds) {
		return phrase{}
	}
	return object
}
