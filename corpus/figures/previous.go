package figures

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// Labels completed from the figure before in the same sentence: a share,
// a part, a total, a comparison or a second object written without the
// subject the first one names.

// versusPrevious completes a label that only compares with a plan, a
// standard or an earlier value ("新退出政府融资平台346家、超计划19家",
// "接种率95.47%,达到国家要求的90%以上") with the label of the figure
// compared.
func versusPrevious(c *cand, prev phrase) {
	if prev.empty() || c.source != fromCore {
		return
	}
	if targetCompared.MatchString(string(c.label.n)) && len(prev.r)+2 <= maxLabel+4 {
		if strings.Contains(c.unit.unit, "百分点") {
			// "筛查率82.33%，超出省定目标任务(60%)22.33个百分点": by how
			// much the figure before passed its target.
			c.label = joinPhrase(prev, newPhrase("超出目标"))
			return
		}
		// "人均预期寿命为80.25岁，高于规划目标的77.3岁": the target the
		// figure before was set.
		c.label, c.goal = joinPhrase(prev, newPhrase("目标")), true
		return
	}
	if m := standardOf.FindStringSubmatch(string(c.label.n)); m != nil && !standardOf.MatchString(string(prev.n)) {
		// "接种率95.47%,达到国家要求的90%以上": the standard the figure
		// before is held against, named.
		c.label, c.goal = joinPhrase(prev, newPhrase(m[1])), true
		return
	}
	if !comparisonOnly.has(c.label.n) || len(prev.r)+len(c.label.r) > maxLabel+4 {
		return
	}
	c.label = joinPhrase(prev, c.label)
}

// comparisonVerbs compare a figure with a goal named after the goal's
// value ("超出40%的目标要求").
var comparisonVerbs = newWordSet(`超出 超过 高于 低于 优于 好于 达到 未达到 未达`)

// goalComparedAfter completes a label that is only a comparison verb whose
// value a goal noun follows ("覆盖率为46.67%,超出40%的目标要求") with the
// label of the figure compared: the goal it was set.
func goalComparedAfter(t *text, c *cand, prev phrase) {
	if prev.empty() || c.source != fromCore || !comparisonVerbs.has(c.label.n) || !goalAfter(t, c.ue) || len(prev.r)+2 > maxLabel+4 {
		return
	}
	c.label, c.goal = joinPhrase(prev, newPhrase("目标")), true
}

// targetCompared is a label that only names the target a figure is
// compared with: "高于规划目标", "超过年度目标值", "超额完成市定" (…90%的
// 目标任务), "超出省定目标任务(60%)", "超出省定" (3.4个任务指标).
var targetCompared = regexp.MustCompile(`^(?:(?:高于|低于|超过|超出|好于|优于|未达|达到)(?:规划|计划|年度|国家|省定|预期)?目标(?:值|任务)?|(?:高于|低于|超过|超出|好于|优于|未达|达到)?(?:省定|市定|县定|区定|州定|上级下达的?)目标(?:值|任务)?|(?:高于|低于|超过|超出|好于|优于|未达|达到)(?:省定|市定|县定|区定|州定|上级下达的?)|(?:超额|提前|已)?完成了?(?:市定|省定|县定|区定|州定|上级下达的?))$`)

// levelOfPrevious completes a label that ends with a level only ("省级以上
// 临床重点专科82个、市级214个": 市级) with what the figure before counts
// after its own level (临床重点专科).
func levelOfPrevious(c *cand, prev phrase) {
	if prev.empty() || c.label.empty() {
		return
	}
	if !levelEnd.MatchString(string(c.label.n)) {
		return
	}
	m := levelThen.FindStringSubmatchIndex(string(prev.n))
	if m == nil {
		return
	}
	head := newPhrase(string(prev.n)[m[2]:m[3]])
	if len(c.label.r)+len(head.r) <= maxLabel+8 {
		c.label = joinPhrase(c.label, head)
	}
}

var (
	// levelEnd is a label ending with an administrative level alone.
	levelEnd = regexp.MustCompile(`(?:国家|省|市|县|区|乡|镇|村|州)级(?:以上|以下)?$`)
	// levelThen is a level in a label and, captured, what it qualifies.
	levelThen = regexp.MustCompile(`(?:国家|省|市|县|区|乡|镇|村|州)级(?:以上|以下)?(\p{Han}{2,12})$`)
)

// shareOfPrevious gives a share or a contribution written without its
// subject ("成都平原经济区经济总量达到4万亿元、占全省比重达61.3%") the label
// of the amount before it, when that amount is a measure named before its
// number.
func shareOfPrevious(t *text, prev, c *cand, lo int) {
	if c.source != fromCore || prev.source != fromCore || prev.label.empty() || prev.unit.count ||
		!relational(t, c, lo) || relational(t, prev, 0) || len(prev.label.r)+len(c.label.r) > maxLabel+2 {
		return
	}
	if p := relationalPreposition(t, c, lo); p != 0 {
		c.label = joinPhrase(prev.label, joinPhrase(newPhrase(string(p)), c.label))
		return
	}
	c.label = joinPhrase(prev.label, c.label)
}

// partOfPrevious names a figure that is a part or a share of the one
// before it by that figure's label: "259项制度创新成果，其中56项为全国首创"
// → 制度创新成果中全国首创; "累计开行超2.6万列、占全国23.9%" → 中欧班列累计
// 开行占全国比重.
func partOfPrevious(t *text, c *cand, lo int, prev phrase) {
	if prev.empty() || lo >= c.num.a {
		return
	}
	seg := strings.TrimLeft(string(t.n[lo:c.num.a]), "，,、；; (（")
	switch {
	case strings.HasPrefix(seg, "其中") && c.source == fromCore:
		// "汽车产量增长1.7倍，其中新能源汽车增长17.2倍": the part's
		// measure is the whole's.
		named := false
		for _, m := range partMeasures {
			if strings.HasSuffix(string(prev.n), m) && !strings.Contains(string(c.label.n), m) {
				c.label = joinPhrase(c.label, newPhrase(m))
				named = true
				break
			}
		}
		if m := wholesMeasure(prev, c.label); !named && m != "" && len(c.label.r)+len([]rune(m)) <= maxLabel {
			// "汽车保有量…，其中新能源汽车由45万辆增至356万辆": the part
			// is a kind of the whole's thing, measured alike.
			c.label = joinPhrase(c.label, newPhrase(m))
		}
	case seg == "其中" && c.source == fromFollow && len(c.label.n) > 1 && (c.label.n[0] == '为' || c.label.n[0] == '是'):
		c.label = joinPhrase(joinPhrase(prev, newPhrase("中")), c.label.slice(1, len(c.label.r)))
	case strings.HasPrefix(seg, "占") && c.source == fromInherit && c.unit.base == "%" && utf8.RuneCountInString(seg) <= 6 && !strings.ContainsAny(seg, "比重例率"):
		// The label was inherited: "占全国" alone named nothing.
		c.label = joinPhrase(prev, newPhrase(strings.TrimSuffix(seg, "的")+"比重"))
	case len(c.label.n) > 0 && c.label.n[0] == '占' && c.unit.base == "%" && len(c.label.r) <= maxShareRunes && len(prev.r)+len(c.label.r) <= maxLabel &&
		!strings.Contains(string(prev.n), "占"):
		// "民营医院642个(占医院总数的54.78%)": the share of the count before.
		c.label = joinPhrase(prev, c.label)
	}
}

// wholesMeasure is the measure a whole's label puts after the thing its
// part is a kind of: "汽车保有量" and "新能源汽车" give "保有量"; "" when
// the part does not end with a thing the whole names, or the whole says
// nothing after it.
func wholesMeasure(whole, part phrase) string {
	w, p := string(whole.n), []rune(string(part.n))
	for _, h := range institutionHeads {
		if !strings.HasSuffix(string(p), h) {
			continue
		}
		// "医疗卫生机构床位数3000张，其中医院2000张": the beds or staff
		// of the institutions the part names.
		for _, m := range institutionMeasures {
			if strings.HasSuffix(w, m) && len(w) > len(m) {
				return m
			}
		}
		break
	}
	for k := 0; k <= len(p)-2; k++ {
		head := string(p[k:])
		i := strings.LastIndex(w, head)
		if i < 0 {
			continue
		}
		m := []rune(w[i+len(head):])
		if len(m) == 0 || len(m) > 4 || !strings.ContainsAny(string(m), measureEnds+"次") {
			return ""
		}
		return string(m)
	}
	return ""
}

// partOfRate names a part of a rate written by its qualifier alone by the
// rate: "住院分娩率为98.33%，其中城市为99.32%，农村为97.90%" → 城市住院分娩率,
// 农村住院分娩率. rate is the rate whose parts are being listed (empty
// before 其中); it returns the rate for the next figure.
func partOfRate(t *text, c *cand, lo int, prev phrase, prevBase string, rate phrase) phrase {
	if c.source != fromCore || c.label.empty() || len(c.label.r) > maxPartRunes || c.unit.base != prevBase ||
		lo >= c.num.a || strings.ContainsRune(measureEnds, c.label.n[len(c.label.n)-1]) {
		return phrase{}
	}
	seg := strings.TrimLeft(string(t.n[lo:c.num.a]), "，,、；; (（")
	switch {
	case strings.HasPrefix(seg, "其中") && (strings.HasSuffix(string(prev.n), "率") || populationParts[string(c.label.n)]):
		// "期望寿命83.54岁，其中男性81.23岁": a part of the population
		// names a part of any measure.
		rate = prev
	case rate.empty() || !strings.HasPrefix(seg, string(c.label.n)):
		return phrase{}
	}
	if len(c.label.r)+len(rate.r) <= maxLabel {
		c.label = joinOverlapping(c.label, rate)
	}
	return rate
}

// populationParts name a part of the people a measure is of: "其中男性
// 81.23岁，女性85.87岁".
var populationParts = map[string]bool{"男性": true, "女性": true, "男": true, "女": true, "城市": true, "农村": true, "城镇": true, "乡村": true}

// IsPopulationPart reports whether a label only names a part of the
// people a measure is of ("男性", "农村").
func IsPopulationPart(label string) bool { return populationParts[label] }

// maxPartRunes bounds a part named by its qualifier alone ("城市", "农村",
// "一类疫苗").
const maxPartRunes = 4

// measureEnds end a label that names its own measure ("城市孕产妇死亡率").
const measureEnds = "率数量额比费"

// measureOfPrevious names a bare measure written after a figure of the
// same subject by that figure's label: "地区生产总值增长5.8%、…，总量达到
// 60013亿元" → 地区生产总值; "…，增速全国第3" → 地区生产总值增速;
// "病床数425张，每千人口2.13张" → 每千人口病床数.
func measureOfPrevious(c *cand, prev phrase, prevBase string) {
	if prev.empty() || c.source != fromCore {
		return
	}
	switch string(c.label.n) {
	case "价格", "当年价格", "现价", "按当年价格":
		// "次均住院费用10315.8元，按当年价格比上年下降5.0%": the basis
		// of the change, not what changed; kept, to tell it from the
		// change in real terms written after it.
		c.label = joinPhrase(prev, newPhrase("按当年价格"))
	case "可比价格", "不变价", "可比口径", "按可比价格":
		// "…，按可比价格下降5.2%": the change in real terms, told from
		// the one at current prices.
		c.label = joinPhrase(withoutSuffix(prev, "按当年价格"), newPhrase("按可比价格"))
	case "总量", "总额", "总规模", "规模", "总数":
		// "新增国家临床重点专科4个,总数达10个": the total of all, not
		// of the new ones.
		c.label = withoutNewVerb(prev)
	case "增速", "增幅", "降幅", "涨幅", "减幅", "增长幅度", "下降幅度", "比重", "占比":
		c.label = joinPhrase(prev, c.label)
	case "发病", "死亡", "治愈", "痊愈", "发病率", "死亡率", "病死率", "治愈率", "报告发病", "报告发病率":
		// "报告法定传染病16种,发病3538例,死亡27例": the cases and deaths
		// of the diseases counted before (法定传染病发病), not of all.
		subj := prev
		for _, m := range diseaseMeasures {
			if l := len([]rune(m)); len(subj.n) > l && strings.HasSuffix(string(subj.n), m) {
				subj = subj.slice(0, len(subj.n)-l)
				break
			}
		}
		if len(subj.n) >= 3 && subj.n[len(subj.n)-1] == '病' {
			c.label = joinPhrase(subj, c.label)
		}
	case "每千人口", "每万人口", "每千常住人口", "每万常住人口", "每千人", "每万人", "人均", "千人均", "万人均":
		// "拥有病床数425张，每千人口2.13张": the previous measure, per head,
		// counted in the same unit.
		if c.unit.base != "" && c.unit.base == prevBase {
			c.label = joinPhrase(c.label, prev)
		}
	default:
		// "社会养老床位数3.63万余张,每千名老年人拥有数30.25张": the previous
		// measure, per head of the group named.
		if m := perGroupOwned.FindStringSubmatch(string(c.label.n)); m != nil && c.unit.base != "" && c.unit.base == prevBase && len([]rune(m[1]))+len(prev.r) <= maxLabel+4 {
			c.label = joinPhrase(newPhrase(m[1]+"拥有"), prev)
		}
	}
}

// perGroupOwned is a per-head label of a group with a bare measure of what
// each holds: "每千名老年人拥有数", "每万名儿童拥有量".
var perGroupOwned = regexp.MustCompile(`^(每[十百千万](?:名|个)?\p{Han}{1,6}?)(?:拥有数|拥有量|拥有)$`)

// diseaseMeasures are what is counted of a disease: its cases, deaths,
// cures and their rates, longest first.
var diseaseMeasures = []string{"报告发病率", "报告发病", "发病率", "死亡率", "病死率", "治愈率", "发病", "死亡", "治愈", "痊愈", "报告"}

// withoutNewVerb is a label without the "new" verb it opens with
// ("新增国家临床重点专科" → "国家临床重点专科").
func withoutNewVerb(p phrase) phrase {
	for _, v := range newVerbs {
		if n := len([]rune(v)); strings.HasPrefix(string(p.n), v) && len(p.n) > n+1 {
			return p.slice(n, len(p.n))
		}
	}
	// "深圳新增社康机构91家,总数达833家": the verb after the place.
	for at := 1; at <= maxPlaceBeforeVerb && at < len(p.n); at++ {
		for _, v := range newVerbs {
			if n := len([]rune(v)); hasPrefixRunes(p.n[at:], v) && len(p.n) > at+n+1 && hasHanRunes(p.r[:at]) {
				return phrase{append(slices.Clone(p.r[:at]), p.r[at+n:]...), append(slices.Clone(p.n[:at]), p.n[at+n:]...)}
			}
		}
	}
	return p
}

// maxPlaceBeforeVerb bounds the place's name a new verb may follow in a
// label ("深圳新增").
const maxPlaceBeforeVerb = 4

// workRateOfPrevious names a bare rate of a task that follows the count
// of the work done, the next comma clause holding nothing else: "免费产前
// 筛查6838人，完成率为102.78%" → 免费产前筛查完成率. "已执行71家，执行率
// 100%" names it already; "…8350例，全部及时完成审核，完成率100%" is the
// rate of another task.
func workRateOfPrevious(t *text, c *cand, lo int, prev phrase) {
	if prev.empty() || c.source != fromCore || !workRates.has(c.label.n) || strings.HasSuffix(string(prev.n), "率") || c.pre.labelEnd > len(t.n) || lo > c.pre.labelEnd {
		return
	}
	if task, ok := progressOf(prev); ok {
		prev = task // "…7050人 完成1826人,完成率26%": the task's rate
	} else if strings.HasSuffix(string(prev.n), string(c.label.n[:2])) {
		return
	}
	seg := strings.TrimSpace(string(t.n[lo:c.pre.labelEnd]))
	seg, ok := strings.CutPrefix(seg, ",")
	if !ok {
		seg, ok = strings.CutPrefix(seg, "，")
	}
	if !ok {
		return
	}
	for _, cop := range []string{"为", "达到", "达", "是"} {
		seg = strings.TrimSuffix(seg, cop)
	}
	if strings.TrimSpace(seg) == string(c.label.n) {
		c.label = joinPhrase(prev, c.label)
	}
}

// progressOfPrevious names the bare progress that follows a task set with
// its number ("新增窝沟封闭6-9岁儿童7050人 完成1826人", a progress table's
// row): the work done of that task (新增窝沟封闭6-9岁儿童完成), and the
// task's number is its target.
func progressOfPrevious(t *text, prev, c *cand, lo int) {
	if prev.label.empty() || c.source != fromCore && c.source != fromOther || !progressWords.has(c.label.n) || progressWords.has(prev.label.n) ||
		strings.HasSuffix(string(prev.label.n), "完成") || c.pre.labelEnd > len(t.n) || lo > c.pre.labelEnd {
		return
	}
	seg := strings.Trim(string(t.n[lo:c.pre.labelEnd]), " ,，;；\u3000")
	if seg != "" && seg != string(c.label.n) {
		return // words of their own between: another task
	}
	c.label = joinPhrase(prev.label, c.label)
	prev.goal = true
}

// progressWords report the work done of a task named before them.
var progressWords = newWordSet(`完成 已完成 实际完成 累计完成 完成进度 已达`)

// workRates are the rates of a task that name no task: they follow the
// count of the work done.
var workRates = newWordSet(`完成率 执行率 达标率 合格率 到位率 覆盖率 知晓率 办结率 满意率 完成比例 任务完成率 密度 阳性率 检出率 捕获率`)

// bareMeasures name a measure without what it measures: alone as a label
// they need the sentence's subject.
var bareMeasures = newWordSet(`增加值 产值 增速 增幅 比重 占比 总量 规模 营业收入 占全国比重 占全省比重 占全市比重 贡献率`)

// subjectEnds are the words after which a sentence's opening noun phrase
// ends: adverbs and predicates ("服务业支撑作用更加明显", "经济总量连续跨过…").
var subjectEnds = newWordSet(`支撑 作用 连续 持续 不断 更加 稳步 稳定 实现 达到 达 突破 跨过 跨上 增长 提高 提升 保持 位居 居 进一步 大幅 明显 显著 加快 同比 首次 总体 发展 运行 质效 效益 能力 水平`)

// measureOfSubject gives a bare measure ("增加值跨上3万亿元", "占全国比重由…
// 提升至7.4%") the noun phrase the sentence opens with as its subject
// ("服务业支撑作用更加明显，增加值…" → 服务业增加值).
func measureOfSubject(t *text, c *cand) {
	if c.source != fromCore || !bareMeasures.has(c.label.n) {
		return
	}
	n := t.n
	k := 0
	for k < len(n) && (isSpace(n[k]) || !isHan(n[k])) {
		k++
	}
	if l := leadWords.prefix(n, k, len(n)); l > 0 {
		k += l
	}
	start := k
	for k < len(n) && isHan(n[k]) && subjectEnds.prefix(n, k, len(n)) == 0 && k-start < maxSubjectRunes {
		k++
	}
	if k-start < 2 || k-start >= maxSubjectRunes || k >= len(n) || !isHan(n[k]) {
		return // no predicate closes a short subject
	}
	subject := phrase{r: t.r[start:k], n: n[start:k]}
	if strings.Contains(string(c.label.n), string(subject.n)) {
		return
	}
	c.label = joinPhrase(subject, c.label)
}

// maxSubjectRunes bounds a sentence's opening subject.
const maxSubjectRunes = 8

// investmentOfProjects gives a clause without a subject that follows a
// count of projects ("实施重大项目1900多个，完成投资2500亿元以上") the
// projects as subject: 重大项目完成投资. The clauses after it say more of
// the same projects ("建设项目17个，完成投资13.7亿元，新增床位945张":
// 建设项目新增床位, not the area's new beds).
func investmentOfProjects(t *text, prev, c *cand, lo int) {
	if c.source != fromCore || contentVerbs.prefix(c.label.n, 0, len(c.label.n)) == 0 {
		return
	}
	if seg := strings.TrimSpace(string(t.n[lo:c.pre.labelEnd])); !strings.HasPrefix(seg, ",") && !strings.HasPrefix(seg, "，") {
		return
	}
	obj := prev.projects
	if obj.empty() {
		l := contentVerbs.prefix(prev.label.n, 0, len(prev.label.n))
		obj = prev.label.slice(l, len(prev.label.r))
		if prev.unit.base != "个" && prev.unit.base != "项" {
			return // not a count of projects
		}
	}
	if len(obj.n) < 3 || !(strings.HasSuffix(string(obj.n), "项目") || strings.HasSuffix(string(obj.n), "工程")) ||
		len(obj.r)+len(c.label.r) > maxLabel+2 {
		return
	}
	c.label, c.projects = joinPhrase(obj, c.label), obj
}

// relational reports whether c's label is a share or a contribution whose
// subject is not written in it: it opens with 占 ("占全省比重"), or follows
// 在 or 对 and ends with a share word ("在北方地区占比", "对经济增长贡献率").
func relational(t *text, c *cand, lo int) bool {
	l := c.label.n
	if len(l) < 3 {
		return false
	}
	return l[0] == '占' || relationalPreposition(t, c, lo) != 0
}

// relationalPreposition returns 在 or 对 when it stands right before c's
// label and the label ends with a share word, else 0.
func relationalPreposition(t *text, c *cand, lo int) rune {
	l := c.label.n
	if shareWords.suffix(l, 0, len(l)) == 0 {
		return 0
	}
	for k := c.pre.labelEnd - len(l); k >= lo && k >= 1; k-- {
		if string(t.n[k:min(k+len(l), len(t.n))]) == string(l) {
			if p := t.n[k-1]; p == '在' || p == '对' {
				return t.r[k-1]
			}
			return 0
		}
	}
	return 0
}

// betweenObjects is the text between the object after c's number and d's
// number, past a short aside of c's object ("21个市(州)、165个县…": "、").
func betweenObjects(t *text, c, d *cand) string {
	return strings.TrimSpace(string(t.n[skipAside(t.n, c.followTo, d.num.a):d.num.a]))
}

// sharePredicate gives an object joined by 和 to a second one that the
// clause goes on to say something of the same predicate: "580种药品和26种
// 医用耗材纳入集采" → 药品纳入集采, 医用耗材纳入集采; "1679个行政村生活污水
// 和199个农村黑臭水体治理" → 行政村生活污水治理.
func sharePredicate(t *text, cands []cand) {
	for i := len(cands) - 2; i >= 0; i-- {
		c, d := &cands[i], &cands[i+1]
		if c.source != fromFollow || d.source != fromFollow || d.pred.empty() || !c.pred.empty() || c.followTo > d.num.a {
			continue
		}
		between := betweenObjects(t, c, d)
		if !conjunctions.has([]rune(between)) || len(c.label.r)+len(d.pred.r) > maxLabel+4 || strings.HasSuffix(string(c.label.n), string(d.pred.n)) ||
			contentVerbs.suffix(c.label.n, 0, len(c.label.n)) >= 2 {
			continue // the first object ends in a verb of its own ("宫颈癌检查和…", "危害监测和…")
		}
		c.label, c.pred = joinPhrase(c.label, d.pred), d.pred
	}
	// "完成1679个行政村生活污水和199个农村黑臭水体治理": the verb closing the
	// second object is done to the first too.
	for i := len(cands) - 2; i >= 0; i-- {
		c, d := &cands[i], &cands[i+1]
		if c.source != fromFollow || d.source != fromFollow || !d.pred.empty() || !c.pred.empty() || c.followTo > d.num.a {
			continue
		}
		between := betweenObjects(t, c, d)
		l := contentVerbs.suffix(d.label.n, 0, len(d.label.n))
		if !conjunctions.has([]rune(between)) || l < 2 || l >= len(d.label.n)-1 || contentVerbs.suffix(c.label.n, 0, len(c.label.n)) > 0 {
			continue
		}
		verb := d.label.slice(len(d.label.n)-l, len(d.label.n))
		c.label, c.pred = joinPhrase(c.label, verb), verb
	}
	// "580种药品和26种医用耗材价格大幅降低": what is said of the second
	// object's price or cost is said of the first's too.
	for i := len(cands) - 2; i >= 0; i-- {
		c, d := &cands[i], &cands[i+1]
		if c.source != fromFollow || d.source != fromFollow || !c.pred.empty() || c.followTo > d.num.a {
			continue
		}
		between := betweenObjects(t, c, d)
		if !conjunctions.has([]rune(between)) {
			continue
		}
		label := string(d.label.n)
		for _, a := range attributeWords {
			at := strings.Index(label, a)
			if at <= 0 || strings.Contains(string(c.label.n), a) {
				continue
			}
			tail := d.label.slice(len([]rune(label[:at])), len(d.label.n))
			if changeVerbs.suffix(tail.n, 0, len(tail.n)) == 0 {
				continue
			}
			c.label, c.pred = joinPhrase(c.label, tail), tail
			break
		}
	}
}

// attributeWords name what a change after two counted objects is of
// ("价格大幅降低").
var attributeWords = []string{"价格", "费用", "成本", "负担"}

// maxShareRunes bounds a share's own label ("占医院总数") completed by the
// count before it.
const maxShareRunes = 8

// partMeasures end the label of a whole whose parts (其中…) are measured
// alike.
var partMeasures = []string{"诊疗人次", "诊疗人数", "门急诊人次", "门诊人次", "住院人次", "出院人次", "产量", "产值", "增加值", "零售额", "销售额", "人数", "人次", "金额", "总额"}

// staffWords count the people or beds of institutions ("人员", "卫生技术
// 人员", "床位"): written right after a count of institutions, they are
// those institutions'.
var staffWords = newWordSet(`人员 卫生技术人员 卫技人员 职工 工作人员 在编人员 医务人员 床位 病床 床位数`)

// institutionMeasures end the label of a measure of institutions that
// their kinds share ("卫生机构床位数", "医疗机构诊疗人次").
var institutionMeasures = []string{"床位数", "床位", "病床数", "卫生技术人员", "卫生人员", "人员数", "诊疗人次", "门诊人次", "出院人数", "入院人数", "平均住院日", "病床使用率", "病床周转次数"}

// institutionHeads end the name of a kind of institution.
var institutionHeads = []string{"机构", "医院", "卫生院", "中心", "站", "所", "室", "院"}

// institutionUnits count institutions.
var institutionUnits = map[string]bool{"所": true, "个": true, "家": true, "座": true, "处": true}

// staffOfInstitutions reports whether c counts the staff or beds of the
// institutions prev counts, in the same clause group: "卫生防疫、防治机构
// 4所，卫生技术人员148人" counts the 148 of those institutions, not the
// county's (which "；卫生技术人员1630人" after a semicolon gives);
// "妇幼保健机构11个，人员2085人" likewise. The labels are joined once
// lists are resolved.
func staffOfInstitutions(t *text, prev, c *cand, lo int) bool {
	if !staffWords.has(c.label.n) || !institutionUnits[prev.unit.unit] || prev.label.empty() {
		return false
	}
	if seg := strings.TrimSpace(string(t.n[lo:c.pre.labelEnd])); !strings.HasPrefix(seg, ",") && !strings.HasPrefix(seg, "，") {
		return false
	}
	name := string(prev.label.n)
	for _, h := range institutionHeads {
		if strings.HasSuffix(name, h) {
			return true
		}
	}
	return false
}

// joinOverlapping joins a part's name to the rate it has, written once
// where the part ends with the words the rate begins with ("公立医院" and
// "医院病床使用率" → 公立医院病床使用率).
func joinOverlapping(part, rate phrase) phrase {
	for k := min(len(part.n), len(rate.n)-1); k >= 2; k-- {
		if string(part.n[len(part.n)-k:]) == string(rate.n[:k]) {
			return joinPhrase(part, rate.slice(k, len(rate.r)))
		}
	}
	return joinPhrase(part, rate)
}

// sharePerHead gives a figure listed right after another by 、 ("每千人口
// 拥有执业医师数3.7人、注册护士数5.1人") the population the first is per,
// when its own label names none and it counts the same kind of thing.
func sharePerHead(t *text, cands []cand) {
	for i := 1; i < len(cands); i++ {
		prev, c := &cands[i-1], &cands[i]
		if prev.label.empty() || c.label.empty() || c.source != fromCore {
			continue
		}
		if strings.TrimSpace(string(t.n[prev.se:c.pre.labelEnd])) == "" {
			continue
		}
		between := strings.TrimSpace(string(t.n[prev.se:min(c.num.a, len(t.n))]))
		if !strings.HasPrefix(between, "、") {
			continue
		}
		// The base may follow the place it is of: "济南市每千人口拥有床位".
		at := perHeadAt(string(prev.label.n))
		if at < 0 {
			continue
		}
		from := prev.label.slice(at, len(prev.label.r))
		h := perHead(string(from.n))
		if h == "" || h == "人均" || perHead(string(c.label.n)) != "" || strings.HasPrefix(string(c.label.n), "人均") {
			continue
		}
		if c.unit.base != prev.unit.base && (!c.unit.count || !prev.unit.count) {
			continue // "每千人口拥有床位7.80张、执业医师4.55人": counts of each, per head
		}
		head := from.slice(0, len([]rune(h)))
		if own := strings.TrimPrefix(string(from.n[len([]rune(h)):]), "拥有"); len(own) < len(string(from.n[len([]rune(h)):])) {
			head = from.slice(0, len([]rune(h))+2) // "每千人口拥有"
		}
		c.label = joinPhrase(head, c.label)
	}
}

// perHeadAt is the rune offset in a label where a per-head base other than
// 人均 opens ("济南市每千人口拥有床位": 3), -1 when none does.
func perHeadAt(label string) int {
	rs := []rune(label)
	for i := range rs {
		if h := perHead(string(rs[i:])); h != "" && h != "人均" {
			return i
		}
	}
	return -1
}

// stemRateOfPrevious names a bare rate whose stem a count before it in the
// sentence ends with (the last such, else the figure right before) by that
// count's subject: "第二剂累计接种190217人，接种率约57%" → 第二剂接种率, not
// the first dose's 接种率 written the same way; "丙类传染病共报告发病
// 15911396例,死亡75人,报告发病率为1128.67/10万" → 丙类传染病发病率;
// "纯母乳喂养人数1668人,喂养率80%" → 纯母乳喂养率.
func stemRateOfPrevious(c *cand, before []cand, prev phrase) {
	l := c.label.n
	if c.source != fromCore || len(l) != 3 || l[2] != '率' {
		return
	}
	stem := string(l[:2])
	for i := len(before) - 1; i >= 0; i-- {
		if p := before[i].label; len(p.n) > 2 && strings.HasSuffix(withoutCountHead(string(p.n)), stem) {
			prev = p
			break
		}
	}
	if prev.empty() || len(prev.n) <= 2 {
		return
	}
	p := withoutCountHead(string(prev.n))
	if !strings.HasSuffix(p, stem) {
		return
	}
	subject := strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(p, stem), "报告"), "累计")
	subject = strings.TrimRight(subject, "已实共新应")
	if utf8.RuneCountInString(subject) < 2 || strings.HasSuffix(subject, "率") {
		return // "已婚检3534人，婚检率…": no subject but a word of status
	}
	c.label = newPhrase(subject + stem + "率")
}

// countHeads end a count's label after what it counts: "纯母乳喂养人数".
var countHeads = []string{"人数", "人次", "例数", "户数", "次数"}

// withoutCountHead is a count's label without its count head: the stem a
// rate after it names ("纯母乳喂养人数1668人,喂养率80%": 纯母乳喂养).
func withoutCountHead(label string) string {
	for _, h := range countHeads {
		if s, ok := strings.CutSuffix(label, h); ok {
			return s
		}
	}
	return label
}

// perPeriodOfPrevious completes a label that is only a per-day or per-month
// word ("接听急救报警电话6926次，日均866次": 日均) with the label of the
// figure before in the same unit: the average of what it counts.
func perPeriodOfPrevious(c *cand, prev phrase, prevBase string) {
	if prev.empty() || !perPeriodOnly.has(c.label.n) || prevBase != c.unit.base || perPeriodOnly.has(prev.n) {
		return
	}
	prev = lastClause(prev) // "指挥调度平台共接听急救报警电话": what is counted is 接听急救报警电话
	if strings.HasPrefix(string(prev.n), string(c.label.n)) || len(prev.r)+len(c.label.r) > maxLabel {
		return
	}
	c.label = joinPhrase(c.label, prev)
}

// averageOf reports whether label is the average per day or month of what
// prev counts ("日均出车" after "出车33424次"): a figure derived from prev,
// after which a change written with no label of its own ("比去年同期增加
// 1.95%") is still prev's.
func averageOf(label, prev phrase) bool {
	if prev.empty() {
		return false
	}
	k := perPeriodOnly.prefix(label.n, 0, len(label.n))
	return k > 0 && k < len(label.n) && strings.HasSuffix(string(prev.n), string(label.n[k:]))
}

// perPeriodOnly are labels that only say a figure is an average per day or
// month; they need the name of what is averaged.
var perPeriodOnly = newWordSet(`日均 日平均 平均每天 平均每日 每天 每日 月均 月平均 平均每月 每月 周均 平均每周 每周`)

// lastClause is a label from after the last boundary word in it (的, 共,
// 累计 …: cutAfter), when two runes or more are left.
func lastClause(p phrase) phrase {
	for k := len(p.n) - 2; k >= 1; k-- {
		if cutAfter.suffix(p.n, 0, k) > 0 {
			return trimLead(p.slice(k, len(p.r)))
		}
	}
	return p
}

// progressOf is the task a progress label names ("新增窝沟封闭6-9岁儿童完成"
// is 新增窝沟封闭6-9岁儿童's work done); ok is false for any other label.
func progressOf(label phrase) (phrase, bool) {
	for _, w := range []string{"已完成", "实际完成", "累计完成", "完成"} {
		n := len([]rune(w))
		if len(label.n) > n && strings.HasSuffix(string(label.n), w) {
			return label.slice(0, len(label.n)-n), true
		}
	}
	return phrase{}, false
}

// comparedBefore ends the text before a change told in a clause of its own
// after its subject's comparison: "收、支与2023年度相比,增加66.69万元",
// "收入总计与上年相比，增加…". The group is the subject.
var comparedBefore = regexp.MustCompile(`(?:^|[，,。；;：:\s])([\p{Han}、]{1,16}?)(?:与|和|同|跟)[^，,。；;]{1,20}?相比[，,]\s*$`)

// subjectCompared gives a change labelled by its verb alone ("增加") the
// subject its comparison names before it: "收、支与2023年度相比,增加
// 66.69万元" is 收支's change.
func subjectCompared(t *text, c *cand) {
	if c.label.empty() || changeVerbs.prefix(c.label.n, 0, len(c.label.n)) != len(c.label.n) {
		return
	}
	start := c.num.a - len(c.label.r)
	if start < 0 {
		return
	}
	m := comparedBefore.FindStringSubmatch(string(t.r[:start]))
	if m == nil {
		return
	}
	c.label = newPhrase(strings.ReplaceAll(m[1], "、", ""))
}

// maxDoneSubjectRunes bounds a label that the work done keeps its 完成
// for: a bare task noun ("任务", "监督"), which alone says nothing done.
const maxDoneSubjectRunes = 2

// doneOfTask keeps the 完成 written between a bare task noun and its
// number in the label: "任务完成516家" is the tasks done (任务完成), not
// the tasks (任务); "监督完成536家" the inspections done.
func doneOfTask(t *text, c *cand) {
	if c.label.empty() || len(c.label.n) > maxDoneSubjectRunes || c.pre.labelEnd < len(c.label.n) || c.pre.labelEnd > c.num.a || c.num.a > len(t.n) {
		return
	}
	if strings.TrimSpace(string(t.n[c.pre.labelEnd:c.num.a])) != "完成" || string(t.n[c.pre.labelEnd-len(c.label.n):c.pre.labelEnd]) != string(c.label.n) {
		return
	}
	c.label = joinPhrase(c.label, newPhrase("完成"))
}

// withoutSuffix is p without the words s it ends with, or p.
func withoutSuffix(p phrase, s string) phrase {
	if k := len(p.r) - len([]rune(s)); k > 0 && string(p.n[k:]) == s {
		return p.slice(0, k)
	}
	return p
}
