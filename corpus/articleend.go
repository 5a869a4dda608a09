package corpus

import "regexp"

// A news page goes on after its article: the editor's line, a disclaimer,
// links to other stories ("福州亮出去年卫生健康工作成绩单"). The places
// those links name are not the article's.

// articleEndLine is the first line after a news article's text: an
// editor's or keywords' line ("文章关键词:…"), or the heading of the links
// below it, alone on its line ("相关阅读 换一换").
var articleEndLine = regexp.MustCompile(`(?m)^[ \t　]*(?:(?:责任编辑|责编|版面编辑|编辑|特别声明|文章关键词|关键词|相关新闻|相关阅读|相关链接|相关报道|推荐阅读|延伸阅读)[ \t　]*[:：]|(?:相关新闻|相关阅读|相关链接|相关报道|推荐阅读|延伸阅读)[ \t　]*(?:换一换)?[ \t　]*$)`)

// minArticleBytes is how much text must stand above an end line for it to
// end an article rather than head a page.
const minArticleBytes = 200

// articleEnd returns the offset of the line that ends a page's article,
// or len(page) when no such line follows the article's opening.
func articleEnd(page string) int {
	for _, loc := range articleEndLine.FindAllStringIndex(page, -1) {
		if loc[0] >= minArticleBytes {
			return loc[0]
		}
	}
	return len(page)
}
