package corpus

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// Web pages copied into text files carry the site's furniture: breadcrumbs,
// "前言/导语" blurbs written by the site, publication lines, share bars and
// copyright footers. They are recognised line by line on the Simplified form
// of the line, so Traditional pages are cleaned the same way.
var (
	// breadcrumb: "首页 > 工作相关 > 总结报告 > …" and "当前位置：首页 » …".
	breadcrumbStart = regexp.MustCompile(`^\s*(?:首页|主页|网站首页|当前位置|您的位置|你的位置|您现在的位置|位置)\s*[:：>›»/＞]`)
	breadcrumbSep   = regexp.MustCompile(`\s*(?:>|›|»|＞|→)\s*`)
	// site blurbs and bylines that start a line.
	blurbStart = regexp.MustCompile(`^\s*(?:前言|导语|导读|摘要|提示|温馨提示|小编提示|编者按)\s*[:：]`)
	metaLine   = regexp.MustCompile(`^\s*(?:[•·]\s*)?(?:原文链接|原文地址|本文链接|时间|发布时间|发布日期|日期|更新时间|来源|文章来源|信息来源|作者|编辑|责任编辑|浏览次数|阅读次数|本文被阅次数|被阅次数|点击数|点击次数|点击量|浏览量|阅读量|访问量|浏览|阅读|字号|字体)\s*[:：]`)
	// phrases that only a content site writes.
	siteWords = []string{
		"本站", "小编", "网友上传", "网友投稿", "仅供参考", "欢迎阅读", "欢迎参考", "欢迎借鉴",
		"欢迎收藏", "不代表本站", "原创文章", "咨询客服", "范文", "精选", "推荐阅读", "相关推荐",
		"相关文章", "热门文章", "上一篇", "下一篇", "版权所有", "版权声明", "免责声明", "copyright",
		"打印本页", "关闭窗口", "分享到", "扫一扫", "手机版", "返回顶部", "收藏本页", "点击下载",
		"下载全文", "全文阅读", "查看更多", "官方微信", "官方微博", "官方app", "扫码关注",
		"联系我们", "关于我们", "网站地图", "设为首页", "加入收藏",
	}
	// a title line of an article collection: "《2023年卫生局工作总结【推荐8篇】》",
	// "2023年卫生局工作总结(精选8篇)".
	// htmlTag is one tag of a page's markup left in a text file.
	htmlTag         = regexp.MustCompile(`</?[a-zA-Z][a-zA-Z0-9]*(?:\s+[a-zA-Z-]+(?:="[^"]*")?)*\s*/?>`)
	collectionTitle = regexp.MustCompile(`[【\[(（]\s*(?:推荐|精选|热门|优秀|通用)?\s*[0-9一二三四五六七八九十]+\s*篇\s*[】\])）]`)
)

// buttonLine is a line of a page's buttons only: "打印 关闭", "【打印】【关闭】",
// "字号：大 中 小".
var buttonLine = regexp.MustCompile(`^(?:[\s【】\[\]()（）|｜]*(?:打印|关闭|返回|分享|收藏|顶部|纠错|保存|默认|大|中|小))+[\s【】\[\]()（）|｜]*$`)

// bylineLine is a line or a sentence crediting who wrote or sent the
// piece, alone in brackets: "(萨日娜供稿)", "(萨日娜 供稿)", "（通讯员 王明）".
var bylineLine = regexp.MustCompile(`^[(（]\s*(?:[^()（）\s]{1,12}\s*(?:供稿|供图|撰稿|报送)|(?:通讯员|记者|作者|供稿|撰稿)\s*[:：]?\s*[^()（）]{1,20})\s*[)）]$`)

// spamWords are what gambling and spam mirror sites put around the pages
// they copy; no health report writes them.
var spamWords = regexp.MustCompile(`赌场|博彩|娱乐城|百家乐|老虎机|真人视讯|彩票网|体育投注|网上投注|棋牌游戏|六合彩|泛目录|镜像站`)

// reporterLine credits the reporters by name alone: "记者：石小宏", "通讯员
// 王明 李华". A reporter's question in a transcript ("记者：请问…") is no
// list of names.
var reporterLine = regexp.MustCompile(`^(?:记者|通讯员|摄影|见习记者|摄影记者)\s*[:：]?\s*[\p{Han}·]{2,4}(?:[\s、，,]+[\p{Han}·]{2,4}){0,3}$`)

// siteFooter is what only a site's footer writes: its registration
// ("浙ICP备11014451", "备案许可证编号", "公网安备"), or the contact line
// crediting who built the site ("…电话:0570-3023043 技术支持：华顶网络").
var siteFooter = regexp.MustCompile(`(?i)icp备|icp证|备案许可证|备案号|公网安备|(?:电话|地址).{0,60}技术支持\s*[:：]`)

// maxFooterRunes bounds a footer line.
const maxFooterRunes = 120

// maxSpamRunes bounds a spam banner line.
const maxSpamRunes = 80

// maxBoilerplateRunes: longer lines are content even if they contain a site
// word (a report can legitimately say "注册" or "登录").
const maxBoilerplateRunes = 160

// isBoilerplate reports whether one line (already Simplified) is site
// furniture rather than report text.
func isBoilerplate(line string) bool {
	l := strings.TrimSpace(line)
	if l == "" {
		return false
	}
	n := utf8.RuneCountInString(l)
	if breadcrumbStart.MatchString(l) {
		return true
	}
	if htmlTag.MatchString(l) && strings.TrimSpace(htmlTag.ReplaceAllString(strings.TrimLeft(l, "•·-*0123456789. "), "")) == "" {
		return true // "<legend id="h4sia"></legend>", "• <input id="h4sia">": a page's markup, pasted
	}
	if len(breadcrumbSep.FindAllStringIndex(l, 3)) >= 2 && n <= maxBoilerplateRunes && !strings.ContainsAny(l, "。；") && crumbs(l) {
		return true
	}
	if m := metaLine.FindStringIndex(l); m != nil && n <= 80 && metaValue(l[m[1]:]) {
		return true
	}
	if n <= maxSocialRunes && len(socialCounter.FindAllStringIndex(l, 3)) >= 2 {
		return true // "雪球转发:0回复:0喜欢:0": a post's counters
	}
	if collectionTitle.MatchString(l) && n <= 80 {
		return true
	}
	if n <= 24 && (buttonLine.MatchString(l) && strings.ContainsAny(l, "打关返分收顶纠保") || bylineLine.MatchString(l)) {
		return true // "打印 关闭", "(萨日娜供稿)"
	}
	lower := strings.ToLower(l)
	if blurbStart.MatchString(l) {
		for _, w := range siteWords {
			if strings.Contains(lower, w) {
				return true
			}
		}
	}
	if n <= 60 {
		hits := 0
		for _, w := range siteWords {
			if strings.Contains(lower, w) {
				hits++
			}
		}
		// A short line made of site words ("上一篇：…", "分享到：微信 微博").
		if hits >= 1 && (n <= 24 || hits >= 2) {
			return true
		}
	}
	if reporterLine.MatchString(l) {
		return true // "记者：石小宏" closing a news page
	}
	if separatorLine.MatchString(l) {
		return true // "==================== 正文 ====================": a saved page's divider
	}
	if n <= maxFileLineRunes && fileNamed.MatchString(l) && !strings.ContainsAny(l, "。；") {
		return true // "本地目录: zwgk/ylws_1/201904/13199_…", "页面链接与图片详见 links.tsv(同目录)"
	}
	if n <= maxFooterRunes && siteFooter.MatchString(l) {
		return true // "衢州市妇幼保健院版权所有！备案许可证编号：浙ICP备11014451"
	}
	if n <= maxSpamRunes && spamWords.MatchString(l) {
		return true // "澳门在线赌场", "泛目录+镜像 …_ 澳门赌场网站": a spam mirror's banner
	}
	if n <= maxBoilerplateRunes && !blurbStart.MatchString(l) {
		// "…一文来源于网友上传,不代表本站观点" without a leading label.
		if strings.Contains(lower, "网友上传") || strings.Contains(lower, "不代表本站") {
			return true
		}
	}
	return false
}

// cleanText blanks out boilerplate lines: their bytes become spaces so every
// offset into the result is also an offset into text. It returns the cleaned
// text and the spans that were blanked.
func cleanText(text string) (string, []Span) {
	var removed []Span
	start := 0
	countAbove := false // a page's view-counter label stood alone on the line above
	for start < len(text) {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		line := text[start:end]
		if countAbove && strings.TrimSpace(line) != "" {
			countAbove = false
			if counterValue.MatchString(line) {
				// "浏览次数:" then "3227" on the next line: the page's
				// view count, no figure of the report.
				removed = append(removed, Span{start, end})
				start = end + 1
				continue
			}
		}
		if simp := Simplify(line); counterLabel.MatchString(simp) {
			removed = append(removed, Span{start, end})
			countAbove = true
		} else if isBoilerplate(simp) {
			if body := bodyAfterCrumbs(line, simp); body > 0 {
				// "当前位置：首页…通知 时间：2018-08-08 11:36 微信 微博 岚卫
				// 医政〔2018〕233号 …": a page saved as one line, its whole
				// text after the breadcrumb and stamp; only those go.
				removed = append(removed, Span{start, start + body})
			} else if d := clockedDate.FindStringIndex(line); d != nil && breadcrumbStart.MatchString(simp) {
				// "当前位置:…>正文 2023-03-23 05:43:22 来源:…": the page's
				// stamp stays, on a line of its own, to date the page.
				removed = append(removed, Span{start, start + d[0]}, Span{start + d[1], end})
			} else {
				removed = append(removed, Span{start, end})
			}
		} else if b := trailingByline.FindStringSubmatchIndex(simp); b != nil && len(simp) == len(line) {
			// "…筑牢健康之基。(郑可)": the reporter's name after the
			// story's last sentence is no sentence of the report.
			removed = append(removed, Span{start + b[2], end})
		}
		start = end + 1
	}
	return blank(text, removed...), removed
}

// separatorLine is a divider a saved page or a converter draws: a run of
// = - * _ ~ # around a word or none ("===== 正文 =====", "-----").
var separatorLine = regexp.MustCompile(`^[=\-*_~#]{5,}\s*\p{Han}{0,4}\s*[=\-*_~#]*$`)

// maxFileLineRunes bounds a line that only points at a file.
const maxFileLineRunes = 120

// fileNamed is a line that points at a file on disk or a site's folder:
// a path of two or more folders named in letters (not a date such as
// 2023/12/01), or a file name with a data or page extension.
var fileNamed = regexp.MustCompile(`(?:^|[\s:：])[A-Za-z_][\w.\-]*/[A-Za-z_][\w.\-]*/[^\s]*|[A-Za-z_][\w\-]*\.(?:tsv|csv|json|jsonl|xml|html?|txt)\b`)

// maxCrumbLineRunes bounds a breadcrumb line; a longer one holds the
// page's text after its breadcrumb.
const maxCrumbLineRunes = 200

// shareButtons are a page's share and print buttons after its stamp: "微信
// 微博 QQ空间", "【字体：大 中 小】".
var shareButtons = regexp.MustCompile(`^(?:\s*(?:微信|微博|QQ空间|QQ|分享到[:：]?|分享|打印|关闭|收藏|【?字[体号][:：]?\s*大\s*中\s*小】?))*\s*`)

// bodyAfterCrumbs is where the page's text begins on a breadcrumb line
// that runs on into it (longer than maxCrumbLineRunes): after its stamp
// (clockedDate) and the buttons after that; 0 when the line is a
// breadcrumb only or names no stamp to end it. simp is the line in
// Simplified characters.
func bodyAfterCrumbs(line, simp string) int {
	if utf8.RuneCountInString(line) <= maxCrumbLineRunes || !breadcrumbStart.MatchString(simp) {
		return 0
	}
	d := clockedDate.FindStringIndex(line)
	if d == nil || d[0] > len(line)/4 {
		return 0
	}
	end := d[1]
	end += len(shareButtons.FindString(line[end:]))
	return end
}

// socialCounter is one of a post's counters: "转发:0", "点赞 12".
var socialCounter = regexp.MustCompile(`(?:转发|回复|喜欢|点赞|评论|收藏|分享)\s*[:：]?\s*\d+`)

// maxSocialRunes bounds a line of a post's counters.
const maxSocialRunes = 60

// counterLabel is a page's view-counter label alone on its line, its value
// on the next: "浏览次数:", "阅读量：".
var counterLabel = regexp.MustCompile(`^\s*(?:浏览次数|阅读次数|点击数|点击次数|点击量|浏览量|阅读量|访问量|访问次数|浏览|阅读)\s*[:：]?\s*$`)

// counterValue is the value of a view counter: a bare number.
var counterValue = regexp.MustCompile(`^\s*\d+\s*次?\s*$`)

// trailingByline is a reporter's or editor's name in brackets closing a
// news story's last paragraph: "。(郑可)", "。（记者 张三 通讯员 李四）". The
// submatch is the bracketed part.
var trailingByline = regexp.MustCompile(`[。！？!?”」]\s*([（(](?:(?:记者|通讯员|编辑|责任编辑|文|图|文/图)[\s　:：]*)?\p{Han}{2,4}(?:[\s　、]+(?:(?:记者|通讯员|编辑)[\s　:：]*)?\p{Han}{2,4})*[)）]\s*)$`)

// HasPageStamp reports whether s holds a page's date-and-time stamp
// (clockedDate): a line of the page's header, not of its text.
func HasPageStamp(s string) bool { return clockedDate.MatchString(s) }

// clockedDate is a numeric date with the time of day, as a page stamps
// itself: "2023-03-23 05:43:22".
var clockedDate = regexp.MustCompile(`(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?`)

// metaDate is a publication date or time: "2022-03-19 04:18:00", "2026年2月3日".
var metaDate = regexp.MustCompile(`^[0-9]{4}\s*[-年./]\s*[0-9]{1,2}\s*[-月./]\s*[0-9]{1,2}\s*日?(?:\s*[0-9]{1,2}\s*[:：时]\s*[0-9]{1,2}(?:\s*[:：分]\s*[0-9]{1,2}\s*秒?)?)?\s*$`)

// metaValue reports whether what follows "时间：", "来源：" … is page
// metadata (nothing, a date, a name, a count) rather than report text
// ("时间：全年共开展义诊活动12场" is text: words and a figure).
func metaValue(v string) bool {
	v = strings.TrimSpace(v)
	if v == "" || metaDate.MatchString(v) {
		return true
	}
	hasDigit, hasHan := false, false
	for _, r := range v {
		switch {
		case r >= '0' && r <= '9':
			hasDigit = true
		case r >= 0x4E00 && r <= 0x9FFF:
			hasHan = true
		}
	}
	return !hasHan || !hasDigit && utf8.RuneCountInString(v) <= 20
}

// crumbs reports whether a line split at its separators is a breadcrumb:
// short segments with no figure, not a flow of steps written in a report
// ("患者就诊→检查→取药").
func crumbs(l string) bool {
	for _, seg := range breadcrumbSep.Split(l, -1) {
		seg = strings.TrimSpace(seg)
		if utf8.RuneCountInString(seg) > 30 || strings.ContainsAny(seg, "，,") {
			return false
		}
	}
	// Arrows write flows of steps; sites use them only after "首页".
	return !strings.Contains(l, "→")
}
