package figures

import (
	"regexp"
	"strings"
)

// findTarget returns the first position of a goal word in the sentence
// (see targetWords) outside quotes and titles or of a deadline opening a clause ("到2025年，…"), or -1;
// deadline reports that it is such a deadline.
func findTarget(t *text, years []yearMark) (pos int, deadline bool) {
	n := t.n
	for _, y := range years {
		k := y.a - 1
		if y.val == 0 || k < 0 || n[k] != '到' && n[k] != '至' || asOfDate(n, y.b) {
			continue
		}
		if k == 0 || isHardBoundary(n[k-1]) {
			return k, true
		}
		if targetWords.suffix(n, 0, k) > 0 {
			return k, false
		}
	}
	quoted := 0
	for i := 0; i < len(n); i++ {
		switch n[i] {
		case '“', '《', '「', '『':
			quoted++
		case '”', '》', '」', '』':
			if quoted > 0 {
				quoted--
			}
		}
		l := targetWords.prefix(n, i, len(n))
		if l == 0 || quoted > 0 {
			// A goal word inside a name ("三项计划", 《行动计划》) sets no goal.
			continue
		}
		if i > 0 && strings.ContainsRune("”」』", n[i-1]) {
			// Nor one closing a quoted name ("启动“一村一名大学生村医”计划,…委培
			// 97名"): a programme, whose figures are what it did.
			i += l - 1
			continue
		}
		if bracketedTask(n, i, l) {
			continue // "筛查6186人(任务数6000)": the task of the figure before (tasksInBrackets)
		}
		// An item of an enumeration ("人事信息、规划计划、机构设置") names a
		// kind of thing, not a goal.
		exc := i+l < len(n) && n[i+l] == '、' || enumeratedBefore(n, i)
		for k := i - 2; k <= i && !exc; k++ {
			if k < 0 {
				continue
			}
			if el := targetExceptions.prefix(n, k, len(n)); el > 0 && k+el > i && k+el >= i+l && !groupCounted(n, k, el) {
				// An exception covers the whole goal word: "目标任务" is
				// none ("占全年目标任务的95%"), "目标任务为1350人" is one.
				exc = true
				break
			}
		}
		if !exc {
			exc = goalAsNoun(n, i, l)
		}
		if !exc {
			return i, false
		}
		i += l - 1
	}
	return -1, false
}

// groupCounted reports whether the exception of el runes at k names a
// goal's group whose size follows ("目标人群为500人", "目标人群1500人"): how many
// the goal is to reach, not the group a service is for ("目标人群覆盖率").
func groupCounted(n []rune, k, el int) bool {
	w := string(n[k : k+el])
	if !strings.HasSuffix(w, "人群") && !strings.HasSuffix(w, "群体") && !strings.HasSuffix(w, "对象") {
		return false
	}
	j := k + el
	if j < len(n) && (n[j] == '为' || n[j] == '是') {
		j++
	}
	return j < len(n) && isDigit(n[j])
}

// asOfDate reports whether the year ending at b is the date a status is
// given as of, closed by 止 ("至2020年11月22日止，完成1444例"), not a
// deadline.
func asOfDate(n []rune, b int) bool {
	for k := b; k < len(n) && k < b+maxAsOfDateRunes; k++ {
		switch {
		case n[k] == '止':
			return true
		case isHardBoundary(n[k]) || n[k] == '，' || n[k] == ',':
			return false
		}
	}
	return false
}

// asOfAfter is the position of the first status date after a goal at
// from ("至2020年11月22日止", "截至2020年底"): the figures after it are
// where things stood, not the goal; -1 when there is none.
func asOfAfter(t *text, years []yearMark, from int) int {
	if from < 0 {
		return -1
	}
	for _, y := range years {
		k := y.a - 1
		if y.a <= from || k < 0 {
			continue
		}
		if n := t.n; n[k] == '至' && (asOfDate(n, y.b) || k > 0 && n[k-1] == '截') || n[k] == '止' && k > 0 && n[k-1] == '截' {
			return k
		}
	}
	return -1
}

// maxAsOfDateRunes bounds the month and day between a year and the 止
// closing it ("11月22日止").
const maxAsOfDateRunes = 8

// enumeratedBefore reports whether the word at i is the end of an item
// that follows "、" with no other punctuation between ("、规划计划").
func enumeratedBefore(n []rune, i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		switch {
		case n[k] == '、':
			return true
		case isHardBoundary(n[k]) || n[k] == '，' || n[k] == ',':
			return false
		}
	}
	return false
}

// achievedVerbs before a goal word in the same clause report the goal met
// ("超额完成省定考核目标"), which sets no goal for the figures after it.
var achievedVerbs = newWordSet(`完成 实现 达到 达成 超额`)

// goalAsNoun reports whether the goal word n[i:i+l] is used as a noun
// rather than to set a goal: a goal reported as met, or a programme
// named "…计划" standing alone before a clause end ("实施青年英才计划，").
func goalAsNoun(n []rune, i, l int) bool {
	word := string(n[i : i+l])
	if word == "计划" && i > 0 && isHan(n[i-1]) && (i+l == len(n) || strings.ContainsRune("，,。；;、", n[i+l])) {
		return true
	}
	if word != "目标" && word != "计划" && word != "任务" && word != "要求" {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-maxGoalObject; k-- {
		if isHardBoundary(n[k]) || n[k] == '，' || n[k] == ',' {
			return false
		}
		if achievedVerbs.prefix(n, k, i) > 0 {
			return true
		}
	}
	return false
}

// maxGoalObject bounds the words between an achievement verb and the goal
// it met ("完成" … "目标", "达到或超过2022年全省目标值").
const maxGoalObject = 14

// goalAfter reports whether the clause after a figure (from e, its unit's
// end) names it a goal: "距离建档立卡贫困人员100%有医疗保障任务指标尚有一定
// 距离". "完成95%的任务" and "实现…95%的目标" may tell what was done, and
// are left as they read.
func goalAfter(t *text, e int) bool {
	n := t.n
	end := e
	for end < len(n) && end-e < maxGoalAfter && !isHardBoundary(n[end]) {
		if isDigit(n[end]) {
			return false // the words name the next number
		}
		end++
	}
	clause := string(n[e:end])
	if m := futureOfCounted.FindString(clause); m != "" && !containsAnyWord(m, plannedNouns) {
		// "今年我区6.95万名老年人将享受免费体检服务": those who will;
		// "剩余8个流行县区计划今年达消除标准": those planned to.
		return true
	}
	if strings.HasPrefix(clause, "的目标") || strings.HasPrefix(clause, "的工作目标") || strings.HasPrefix(clause, "的既定目标") {
		return true // "实现…接种率达到95%的目标"
	}
	for _, w := range goalNouns {
		if strings.Contains(clause, w) {
			return true
		}
	}
	return false
}

// plannedNouns are nouns made with 计划, no plan: "户计划生育家庭",
// "计划免疫", "232对计划怀孕夫妻".
var plannedNouns = []string{"计划生育", "计划免疫", "计划怀孕"}

// futureOfCounted is what is counted, then what it will or is planned to
// do or get: "老年人将享受…", "家医院将完成…", "流行县区计划今年达…" (not a
// noun: plannedNouns).
var futureOfCounted = regexp.MustCompile(`^\p{Han}{0,6}?(?:将(?:要)?|计划|拟|准备|力争)\p{Han}{2}`)

// maxGoalAfter bounds the words after a figure that may name it a goal.
const maxGoalAfter = 20

// goalNouns name a figure written before them a goal, whatever verb
// comes before it.
var goalNouns = []string{"任务指标", "目标值", "任务目标", "省定目标", "市定目标", "省定任务", "市定任务"}

// reached reports whether the words right before a figure, or its clause,
// say it has been reached ("横县的参合率已经达到了92%", "我区已完成…筛查共计683
// 人"): a result, whatever goal word ("按照会议的要求", "目标人群为500人")
// stands earlier in the sentence.
func reached(t *text, c *cand) bool {
	for _, s := range c.pre.skipped {
		switch string(t.n[s[0]:s[1]]) {
		case "已", "已经", "已达", "已有":
			return true
		}
	}
	// "目标人群为500人,我区已完成…筛查共计683人": the clause tells what
	// was done.
	a := c.num.a
	for a > 0 && !isHardBoundary(t.n[a-1]) {
		a--
	}
	clause := string(t.n[a:c.num.a])
	if done(clause) {
		return true
	}
	if strings.HasSuffix(strings.TrimSpace(clause), "完成率") && a > 0 {
		// "任务数8000例,1-3月份已完成1495例,完成率18.69%": the rate of
		// what the clause before did.
		b := a - 1
		for b > 0 && !isHardBoundary(t.n[b-1]) {
			b--
		}
		return done(string(t.n[b : a-1]))
	}
	return doneListGoesOn(t, a, clause)
}

// doneListGoesOn reports whether the clause at a (text clause) is an item
// of a comma list whose earlier clause tells what was done: "我市已完成孕
// 产妇免费产前筛查2804人,新生儿先心病免费筛查3142人" after the targets,
// back to a clause that sets a target.
func doneListGoesOn(t *text, a int, clause string) bool {
	if setsTarget(clause) {
		return false
	}
	for e := a - 1; e > 0 && t.n[e] == ','; e-- {
		b := e
		for b > 0 && !isHardBoundary(t.n[b-1]) {
			b--
		}
		prev := string(t.n[b:e])
		if done(prev) {
			return true
		}
		if setsTarget(prev) {
			return false
		}
		e = b
	}
	return false
}

// setsTarget reports whether a clause names a target or a task.
func setsTarget(clause string) bool {
	return strings.Contains(clause, "目标") || strings.Contains(clause, "任务")
}

// done reports whether a clause tells what was done.
func done(clause string) bool {
	return strings.Contains(clause, "已完成") || strings.Contains(clause, "已经完成") || strings.Contains(clause, "实际完成")
}
