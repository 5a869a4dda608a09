package figures

import "strings"

// unitInfo describes one written unit form.
type unitInfo struct {
	canon string // normalised unit
	qual  string // qualifier folded into the written form ("个多月" → 多)
	count bool   // a classifier counting things that may be named after it
}

// baseUnits maps written (normalised) unit forms to their description.
// Matching is longest first, so "个百分点" wins over "个", "人次" over "人".
var baseUnits = map[string]unitInfo{}

// maxUnitLen is the rune length of the longest written unit.
var maxUnitLen int

func init() {
	add := func(list string, count bool) {
		for _, f := range strings.Fields(list) {
			w, canon := f, f
			if i := strings.Index(f, "="); i >= 0 {
				w, canon = f[:i], f[i+1:]
			}
			baseUnits[w] = unitInfo{canon: canon, count: count}
		}
	}
	// Measures (things that are not named after the unit). "服务426万人群":
	// people, the 群 no part of a label.
	add(`% ‰ ‱ 元 美元 人群=人 人次 例次 户次 车次 趟次 家次 剂次 针次 台次 辆次 架次 件次 批次 人日 床日 人份 个百分点 百分点=个百分点 个千分点 千分点=个千分点 天 小时 个小时=小时
		分钟 秒 周 周岁 岁 公里 千米 米 平方米 平米=平方米 ㎡=平方米 平方公里 公顷 亩 吨 公斤 千克 克 毫克 毫升 斤
		立方米 千瓦 千瓦时 兆瓦 标箱 标准箱=标箱
		ml mL=ml ML=ml km kg mg 倍 番 分 学时 课时 个月 个工作日 工作日 月龄 /10万=/10万 /十万=/10万 /万=/万 /千=/千 /10万人=/10万 /万人=/万`, false)
	// Classifiers (the thing counted may follow: "8个名医工作室").
	add(`人 名 位 例 家 个 所 张 台 套 件 项 支 条 篇 份 册 本 瓶 盒 袋 箱 批 组 轮 场 间 栋 座 处 块 队 对
		辆 种 类 期 起 户 床 卷 版 片 粒 枚 副 顶 架 艘 头 只 根 次 场 轮 场次 趟 单 列 颗 剂 针 颗次 宗 笔 幅 部 县`, true)
	baseUnits["个多月"] = unitInfo{canon: "个月", qual: "多"}
	baseUnits["个多小时"] = unitInfo{canon: "小时", qual: "多"}
	baseUnits["个半月"] = unitInfo{canon: "个月"}
	for w := range baseUnits {
		if l := len([]rune(w)); l > maxUnitLen {
			maxUnitLen = l
		}
	}
}

// multipliers are written between a number and its unit ("1.2万人").
var multipliers = newWordSet(`万 亿 千 百 百万 千万 万亿 十万`)

// unitMatch is the unit found after a number.
type unitMatch struct {
	end   int    // rune index after the unit (and infixes)
	unit  string // normalised unit, "" if none
	quals []string
	count bool
	base  string // the base unit without multiplier
}

// matchBase returns the longest base unit starting at i.
func matchBase(t *text, i int) (unitInfo, int, bool) {
	for l := maxUnitLen; l >= 1; l-- {
		if i+l > len(t.n) {
			continue
		}
		u, ok := baseUnits[t.nstr(i, i+l)]
		if !ok {
			continue
		}
		// An ASCII unit must not run into further letters ("ml" in "mlx").
		if isLetter(t.n[i]) && isLetter(t.nAt(i+l)) {
			continue
		}
		// "省___部门", "3部分": the unit's character opening a word.
		if opens := wordAfterUnit[t.nstr(i, i+l)]; opens != "" && strings.ContainsRune(opens, t.nAt(i+l)) {
			continue
		}
		// Single Latin-letter units would be identifiers.
		return u, l, true
	}
	return unitInfo{}, 0, false
}

// wordAfterUnit lists, for a unit that also opens common words, the
// characters after it that make the word: 部门, 部分, 部署; "人群众" is 人
// then 群众, not 人群.
var wordAfterUnit = map[string]string{"部": "门分署委长队位属", "人群": "众"}

// isApprox reports whether c is an approximation infix (余, 多).
func isApprox(c rune) bool { return c == '余' || c == '多' }

// matchUnit parses the unit written at i, right after a number:
// [余|多] [multiplier] [余|多] base-unit, or one in brackets ("504(个)").
// Approximation infixes become qualifiers. It returns a zero-length match
// when no unit is written.
func matchUnit(t *text, i int) unitMatch {
	if t.nAt(i) == '(' && t.nAt(i+1) != '(' {
		// "日平均接警电话:504(个)": the unit in brackets right after the
		// number, as a form writes it.
		if in := matchUnit(t, i+1); in.unit != "" && t.nAt(in.end) == ')' && in.end > i+1 {
			in.end++
			return in
		}
	}
	m := unitMatch{end: i}
	j := i
	var quals []string
	if isApprox(t.nAt(j)) {
		quals = append(quals, t.str(j, j+1))
		j++
	}
	if u, l, ok := matchBase(t, j); ok {
		m.end, m.unit, m.count, m.base = j+l, u.canon, u.count, u.canon
		if u.qual != "" {
			quals = append(quals, u.qual)
		}
		m.quals = quals
		perDenominator(t, &m)
		return m
	}
	ml := multipliers.prefix(t.n, j, len(t.n))
	if ml == 0 {
		return m // nothing: a bare 余/多 is not consumed
	}
	mult := t.nstr(j, j+ml)
	k := j + ml
	if isApprox(t.nAt(k)) {
		if _, _, ok := matchBase(t, k+1); ok {
			quals = append(quals, t.str(k, k+1))
			k++
		}
	}
	if u, l, ok := matchBase(t, k); ok && u.canon != "%" && u.canon != "‰" {
		m.end, m.unit, m.count, m.base = k+l, mult+u.canon, u.count, u.canon
		if u.qual != "" {
			quals = append(quals, u.qual)
		}
	} else if l := volumeAfterMultiplier(t, k); l > 0 {
		// "2000多亿方": 方 is a cubic metre only after a multiplier.
		m.end, m.unit, m.base = k+l, mult+"方", "方"
	} else {
		// A bare multiplier ("已支付1103万"). "百" and "千" alone are too
		// ambiguous ("3千" is rare, "5百" even rarer): keep 万 and 亿.
		if mult != "万" && mult != "亿" {
			return m
		}
		// 余/多 after a bare multiplier ("5万余") is still an approximation.
		if isApprox(t.nAt(k)) {
			quals = append(quals, t.str(k, k+1))
			k++
		}
		m.end, m.unit, m.base = k, mult, ""
	}
	m.quals = quals
	perDenominator(t, &m)
	return m
}

// denominators are what a rate unit is counted per ("元/月", "元/人·年",
// "次/人"), longest first.
var denominators = []string{"10万人口", "10万人", "千人口", "千人", "万人口", "万人", "人工小时", "标准间", "百夹", "人·年", "人年", "床日", "人次", "平方米", "公里", "小时", "月", "年", "人", "日", "天", "次", "亩", "吨", "例", "床", "户", "份", "剂", "周", "笼", "张", "夹", "间"}

// perDenominator extends a unit with the denominator written after it
// ("778元/月": 元/月, not 元 with "/月" taken for the next figure's label).
func perDenominator(t *text, m *unitMatch) {
	if m.unit == "" || strings.HasPrefix(m.unit, "/") || t.nAt(m.end) != '/' {
		return
	}
	for _, d := range denominators {
		l := len([]rune(d))
		if m.end+1+l <= len(t.n) && t.nstr(m.end+1, m.end+1+l) == d && !isLetter(t.nAt(m.end+1+l)) {
			m.unit += "/" + d
			m.base += "/" + d
			m.count = false
			m.end += 1 + l
			return
		}
	}
}

// volumeAfterMultiplier returns 1 when 方 (cubic metres) is written at k,
// after a multiplier ("2000多亿方", "30万方"), and does not open a word
// such as 方面 or 方案; else 0.
func volumeAfterMultiplier(t *text, k int) int {
	if t.nAt(k) != '方' || strings.ContainsRune("面案式向法针位便米", t.nAt(k+1)) {
		return 0
	}
	return 1
}
