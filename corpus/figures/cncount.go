package figures

import (
	"strconv"
	"strings"
)

// A plan or a review states how many things it sets out in Chinese
// numerals: "办好九件实事", "聚焦七个方面建强服务体系". Such a count is a
// figure when a verb of setting out comes right before it and a count
// classifier right after; the slogans every report repeats ("做到两个维护",
// "增强四个意识") are not.

// cnCountDigits are the numerals such a count opens with; 一 is left out
// ("一个目标", "一批项目" count nothing).
const cnCountDigits = "两二三四五六七八九十"

// maxCNCountRunes bounds the numeral ("二十五").
const maxCNCountRunes = 3

// countSetOut are the verbs that set out a count of things, or the level
// it grew to: "办好", "聚焦", "实施", "从…个方面", "由一个院区增加到三个
// 院区".
var countSetOut = newWordSet(`增加到 增至 发展到 发展成 扩大到 扩展到 拓展到 增长到 达到 办好 办成 实施 推进 聚焦 开展 建设 建成 完成 落实 抓好 围绕 突出 强化 打造 组建 新建 设立 启动 部署 提出 明确 制定 出台 推出 确定 涵盖 包括 分为 从 做好 重点抓好 统筹`)

// cnCountClassifiers count the things set out, or the rounds of a campaign
// ("开展了三轮防艾人民战争"); 次 is left out ("完成二次筹资" is a second
// round).
var cnCountClassifiers = newWordSet(`件 个 项 条 类 批 家 所 支 轮`)

// sloganNouns follow the counts of political slogans: "两个维护",
// "四个意识", "三个代表".
var sloganNouns = newWordSet(`维护 确立 意识 自信 代表 务必 全面 必须 敢于 坚持 一以贯之`)

// chineseCount reads a count in Chinese numerals starting at i; ok is
// false when none stands there, or it is not set out by a verb before it
// and counted by a classifier after it.
func chineseCount(t *text, i int) (number, bool) {
	n := t.n
	if !strings.ContainsRune(cnCountDigits, n[i]) || i > 0 && (isCNNumeral(n[i-1]) || n[i-1] == '第') {
		return number{}, false
	}
	end := i
	for end < len(n) && end-i < maxCNCountRunes && isCNNumeral(n[end]) {
		end++
	}
	if end < len(n) && isCNNumeral(n[end]) {
		return number{}, false // a longer run: a year or a code
	}
	v := ChineseNumber(string(n[i:end]))
	verbEnd := i
	if i > 0 && n[i-1] == '了' {
		verbEnd = i - 1 // "连续开展了三轮防艾人民战争"
	}
	if v < 2 || countSetOut.suffix(n, max(0, verbEnd-4), verbEnd) == 0 {
		return number{}, false
	}
	l := cnCountClassifiers.prefix(n, end, len(n))
	if l == 0 || n[end] == '个' && sloganNouns.prefix(n, end+1, len(n)) > 0 || sloganNouns.prefix(n, end+l, len(n)) > 0 {
		return number{}, false
	}
	if n[end] == '轮' && (digitInClause(n, end+l, 1) || digitInClause(n, i-1, -1)) {
		// "开展四轮眼健康监测的学生11.9万人次", "3.5万名学生开展四轮眼健康
		// 监测": the rounds describe what a number of the clause counts.
		return number{}, false
	}
	return number{a: i, b: end, value: float64(v), isInt: true, digits: len(strconv.Itoa(v))}, true
}

// isCNNumeral reports whether r is a Chinese numeral (一 included).
func isCNNumeral(r rune) bool {
	return strings.ContainsRune(cnCountDigits+"一百零〇", r)
}

// digitInClause reports whether a digit stands in n from i onwards (step
// 1) or backwards (step -1) before the clause ends.
func digitInClause(n []rune, i, step int) bool {
	for ; i >= 0 && i < len(n) && !isHardBoundary(n[i]) && n[i] != '，' && n[i] != ','; i += step {
		if n[i] >= '0' && n[i] <= '9' {
			return true
		}
	}
	return false
}

// timesDoubled reads the times a thing doubled, written "翻一番", "翻了两番"
// ("每千人口托位数较2020年翻两番"): the numeral before 番 at i, after 翻
// (and 了), is a figure in 番, the change its 翻 qualifies.
func timesDoubled(t *text, i int) (number, bool) {
	n := t.n
	if i < 1 || i+1 >= len(n) || n[i+1] != '番' || !strings.ContainsRune("一两二三四", n[i]) {
		return number{}, false
	}
	if n[i-1] != '翻' && !(n[i-1] == '了' && i >= 2 && n[i-2] == '翻') {
		return number{}, false
	}
	v := ChineseNumber(string(n[i : i+1]))
	return number{a: i, b: i + 1, value: float64(v), isInt: true, digits: 1}, true
}
