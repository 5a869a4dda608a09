package extract

import (
	"runtime"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

func TestHTML(t *testing.T) {
	cases := []struct {
		name    string
		html    string
		want    string
		wantEnc string // "" means utf-8
	}{
		{
			name: "paragraphs and headings",
			html: `<html><head><title>年度总结</title></head><body><h1>2023年工作总结</h1><p>第一段<b>加粗</b>内容。</p><h2>一、主要成效</h2><div>第二段</div></body></html>`,
			want: "2023年工作总结\n第一段加粗内容。\n一、主要成效\n第二段",
		},
		{
			name: "title first when no h1",
			html: `<title>卫生健康委员会 工作总结</title><body><h2>一、概况</h2><p>正文内容。</p></body>`,
			want: "卫生健康委员会 工作总结\n一、概况\n正文内容。",
		},
		{
			name: "script style and friends dropped",
			html: `<body><script>var x = "脚本";</script><style>p{color:red}</style><noscript>请开启脚本</noscript><p>正文</p><iframe src="x">框架</iframe><svg><text>图形</text></svg><form><input value="搜索"><button>提交</button></form><select><option>选项</option></select><nav>导航</nav><header>页眉</header><footer>页脚</footer><aside>侧栏</aside></body>`,
			want: "正文",
		},
		{
			name: "boilerplate class and id tokens",
			html: `<body><div class="site-nav">首页</div><div id="breadcrumb">位置</div><div class="share_box">分享</div><div class="ad">广告</div><div class="topBanner">横幅</div><div id="copyright">版权所有</div><div class="related-news">相关新闻</div><div class="pagination">下一页</div><div class="shadow">阴影保留</div><div class="adult-care">老年关爱保留</div><p class="loading">段落保留</p></body>`,
			want: "阴影保留\n老年关爱保留\n段落保留",
		},
		{
			name: "article, main and body never dropped",
			html: `<body class="nav"><main class="menu"><article class="ad"><p>文章内容</p></article></main></body>`,
			want: "文章内容",
		},
		{
			name: "article preferred when it holds most text",
			html: `<body><div>首页 新闻中心 政务公开 办事服务</div><div class="box"><article><h1>标题</h1><p>` + strings.Repeat("正文内容很长。", 20) + `</p></article></div><div>地址：某某路1号 电话：12345</div></body>`,
			want: "标题\n" + strings.Repeat("正文内容很长。", 20),
		},
		{
			name: "TRS editor box widened to its heading",
			html: `<body><div>网站首页 机构概况 政务公开</div><div class="wrap"><h1>标题</h1><div class="TRS_Editor"><p>` + strings.Repeat("卫生健康工作。", 30) + `</p></div></div><div>主办单位：某市卫生健康委员会</div></body>`,
			want: "标题\n" + strings.Repeat("卫生健康工作。", 30),
		},
		{
			name: "table with th header",
			html: `<table><tr><th>项目</th><th>目标</th><th>完成</th></tr><tr><td>疫苗接种</td><td>95%</td><td>98%</td></tr><tr><td>孕产妇管理</td><td></td><td>90%</td></tr></table>`,
			want: "项目：疫苗接种；目标：95%；完成：98%\n项目：孕产妇管理；完成：90%",
		},
		{
			name: "table with thead",
			html: `<table><thead><tr><td>地区</td><td>人数</td></tr></thead><tbody><tr><td>东区</td><td>120</td></tr></tbody></table>`,
			want: "地区：东区；人数：120",
		},
		{
			name: "table without header",
			html: `<table><tr><td>东区</td><td>120</td></tr><tr><td>西区</td><td>80</td></tr></table>`,
			want: "东区 | 120\n西区 | 80",
		},
		{
			name: "unclosed cells and rows",
			html: `<table><tr><th>地区<th>人数<tr><td>东区<td>120<tr><td>西区<td>80</table>`,
			want: "地区：东区；人数：120\n地区：西区；人数：80",
		},
		{
			name: "rowspan and colspan",
			html: `<table><tr><th>类别</th><th>项目</th><th>数量</th></tr><tr><td rowspan="2">预防</td><td>接种</td><td>10</td></tr><tr><td>筛查</td><td>20</td></tr><tr><td colspan="2">合计</td><td>30</td></tr></table>`,
			want: "类别：预防；项目：接种；数量：10\n类别：预防；项目：筛查；数量：20\n类别：合计；数量：30",
		},
		{
			name: "layout table keeps paragraphs",
			html: `<table><tr><td><p>第一段</p><p>第二段</p><p>第三段</p></td><td>右栏</td></tr></table>`,
			want: "第一段\n第二段\n第三段\n右栏",
		},
		{
			name: "nested table",
			html: `<table><tr><td><table><tr><th>甲</th><th>乙</th></tr><tr><td>1</td><td>2</td></tr></table></td></tr></table>`,
			want: "甲：1；乙：2",
		},
		{
			name: "br, lists and pre",
			html: `<p>第一行<br>第二行</p><ul><li>甲<li>乙</ul><pre>  code  line1
line2</pre>`,
			want: "第一行\n第二行\n甲\n乙\ncode line1\nline2",
		},
		{
			name: "whitespace and entities",
			html: "<p>  卫生\n   健康 &nbsp; 工作 &amp; 计划 </p><p>health\n report</p><p>\u3000\u3000缩进段落</p>",
			want: "卫生健康 工作 & 计划\nhealth report\n缩进段落",
		},
		{
			name: "asp.net form wrapper kept",
			html: `<body><form id="form1"><div class="header">网站标题</div><div id="content"><p>` + strings.Repeat("表单包裹的正文。", 10) + `</p></div></form></body>`,
			want: strings.Repeat("表单包裹的正文。", 10),
		},
		{
			name: "header inside article kept",
			html: `<body><header>站点名</header><article><header><h1>文章标题</h1></header><p>正文</p></article></body>`,
			want: "文章标题\n正文",
		},
		{
			name: "no head or body tags",
			html: `<meta charset="utf-8"><title>无结构</title><p>直接正文`,
			want: "无结构\n直接正文",
		},
		{
			name: "head not closed",
			html: `<html><head><title>标题</title><h1>正文标题</h1><p>内容`,
			want: "正文标题\n内容",
		},
		{
			name: "control characters and line separators",
			html: "<p>甲\x14</p><p>\x14</p><p>乙\u2028丙 \x01 丁</p>",
			want: "甲\n乙丙 丁", // a source line break is not a rendered one
		},
		{
			name: "second title hidden",
			html: `<title>甲</title><body><p>正文</p><title>乙</title></body>`,
			want: "甲\n正文",
		},
		{
			name: "content after body end",
			html: `<body><p>甲</p></body><p>乙</p>`,
			want: "甲\n乙",
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res, err := Bytes(bg, "page.html", []byte(c.html), Limits{})
			if err != nil {
				t.Fatal(err)
			}
			if res.Text != c.want {
				t.Errorf("text:\n%q\nwant:\n%q", res.Text, c.want)
			}
			want := c.wantEnc
			if want == "" {
				want = "utf-8"
			}
			if res.Encoding != want || res.Format != "html" {
				t.Errorf("encoding %q format %q", res.Encoding, res.Format)
			}
			checkInvariants(t, res)
		})
	}
}

func TestHTMLCharset(t *testing.T) {
	gbk := simplifiedchinese.GBK
	big5 := traditionalchinese.Big5
	body := `<body><p>` + simpText1 + `</p></body>`
	tbody := `<body><p>` + tradText1 + `</p></body>`
	cases := []struct {
		name    string
		data    []byte
		want    string
		wantEnc string
	}{
		{"meta charset gb2312", encode(t, gbk, `<html><head><meta charset="gb2312"></head>`+body), simpText1, "gb18030"},
		{"http-equiv gbk", encode(t, gbk, `<head><meta http-equiv="Content-Type" content="text/html; charset=GBK"></head>`+body), simpText1, "gb18030"},
		{"http-equiv big5", encode(t, big5, `<head><meta http-equiv="content-type" content="text/html;charset=big5"></head>`+tbody), tradText1, "big5"},
		{"meta after 1024 bytes", encode(t, gbk, `<head><script>`+strings.Repeat("var a=1;", 200)+`</script><meta charset="gbk"></head>`+body), simpText1, "gb18030"},
		{"no charset gbk detected", encode(t, gbk, `<html>`+body), simpText1, "gb18030"},
		{"no charset big5 detected", encode(t, big5, `<html>`+tbody), tradText1, "big5"},
		{"declared gb2312 but utf-8", []byte(`<meta charset="gb2312">` + body), simpText1, "utf-8"},
		{"declared utf-8 but gbk", encode(t, gbk, `<meta charset="utf-8">`+body), simpText1, "gb18030"},
		{"utf-8 bom", append([]byte("\xef\xbb\xbf"), body...), simpText1, "utf-8-bom"},
		{"unknown label", []byte(`<meta charset="x-nonsense">` + body), simpText1, "utf-8"},
		{"windows-1252", []byte("<meta charset=\"windows-1252\"><p>caf\xe9 r\xe9sum\xe9</p>"), "café résumé", "windows-1252"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res, err := Bytes(bg, "page.htm", c.data, Limits{})
			if err != nil {
				t.Fatal(err)
			}
			if res.Text != c.want || res.Encoding != c.wantEnc {
				t.Errorf("got %q (%s), want %q (%s)", res.Text, res.Encoding, c.want, c.wantEnc)
			}
		})
	}
}

// Hostile nesting is flattened at maxHTMLDepth, so that the tree the
// renderer walks recursively costs no deep stack, and the work stays
// linear in the page: checked on the tree's depth and on the bytes
// allocated, which grow about fourfold for a page four times as large
// (sixteenfold if the work were quadratic).
func TestHTMLDeepNesting(t *testing.T) {
	deep := func(depth int) []byte {
		var b strings.Builder
		b.WriteString("<html><body>")
		for range depth {
			b.WriteString("<div><span>")
		}
		b.WriteString("深层正文")
		for range depth {
			b.WriteString("</span></div>")
		}
		b.WriteString("<p>结尾</p></body></html>")
		return []byte(b.String())
	}
	// Linearity first, on smaller pages: quadratic work fails here fast.
	wantLinearAllocs(t, "deep nesting", deep, 5000)
	res, err := Bytes(bg, "deep.html", deep(100000), Limits{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Text != "深层正文\n结尾" {
		t.Errorf("text = %q", res.Text)
	}
	wantHTMLTreeDepth(t, "deep nesting", deep(100000))

	// Unclosed elements and stray end tags must not go quadratic either.
	unclosed := func(n int) []byte {
		var b strings.Builder
		b.WriteString("<ul><li>")
		for range n / 10 {
			b.WriteString("<div>")
		}
		for range n {
			b.WriteString("<li>项</span></b>")
		}
		return []byte(b.String())
	}
	wantLinearAllocs(t, "unclosed elements", unclosed, 5000)
	if _, err := Bytes(bg, "deep.html", unclosed(20000), Limits{}); err != nil {
		t.Fatal(err)
	}
	wantHTMLTreeDepth(t, "unclosed elements", unclosed(20000))
}

// wantHTMLTreeDepth fails unless the tree parseHTML builds from page is
// at most maxHTMLDepth elements deep.
func wantHTMLTreeDepth(t *testing.T, what string, page []byte) {
	t.Helper()
	root, _ := parseHTML(string(page))
	if d := htmlTreeDepth(root); d > maxHTMLDepth {
		t.Errorf("%s: tree %d elements deep, want at most %d", what, d, maxHTMLDepth)
	}
}

// htmlTreeDepth is the number of elements on the longest path from n
// down, n included (text nodes not counted).
func htmlTreeDepth(n *hnode) int {
	if n.tag == "" {
		return 0
	}
	d := 0
	for _, k := range n.kids {
		d = max(d, htmlTreeDepth(k))
	}
	return d + 1
}

// wantLinearAllocs stops the test unless reading page(4n) as HTML
// allocates less than eight times the bytes reading page(n) does: linear
// work gives about four times, quadratic work sixteen. The heap's byte
// count does not depend on the machine's speed or load.
func wantLinearAllocs(t *testing.T, what string, page func(n int) []byte, n int) {
	t.Helper()
	allocated := func(data []byte) uint64 {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		_, err := Bytes(bg, "x.html", data, Limits{})
		runtime.ReadMemStats(&after)
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		return after.TotalAlloc - before.TotalAlloc
	}
	small, large := page(n), page(4*n)
	a, b := allocated(small), allocated(large)
	if b >= 8*a {
		t.Fatalf("%s: %d bytes allocated for a %d-byte page, %d for a %d-byte page: more than linear",
			what, a, len(small), b, len(large))
	}
}

func TestHTMLSkips(t *testing.T) {
	cases := []struct {
		name, html, want string
	}{
		{"only boilerplate", `<html><head><title></title><script>x()</script></head><body><nav>导航</nav></body></html>`, "no text"},
		{"nul bytes", "<p>a\x00b</p>", "NUL"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Bytes(bg, "x.html", []byte(c.html), Limits{})
			wantSkip(t, err, c.want)
		})
	}
}

func TestAttrTokens(t *testing.T) {
	got := strings.Join(attrTokens(" main-content newsContent share_box  TRS_Editor"), ",")
	want := "main,content,news,content,share,box,trs,editor"
	if got != want {
		t.Errorf("attrTokens = %q, want %q", got, want)
	}
}

func TestCharsetFromContentType(t *testing.T) {
	cases := map[string]string{
		"text/html; charset=gb2312":     "gb2312",
		"text/html;charset=\"GBK\"":     "GBK",
		"text/html; Charset = big5; x":  "big5",
		"text/html":                     "",
		"text/html; charset":            "",
		"text/html; charset='utf-8' ; ": "utf-8",
	}
	for in, want := range cases {
		if got := charsetFromContentType(in); got != want {
			t.Errorf("charsetFromContentType(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestHTMLManyTextTokens(t *testing.T) {
	// Text split by comments and by elements past the depth cap joins one
	// text node; that must stay linear.
	page := func(n int) []byte {
		var b strings.Builder
		for range maxHTMLDepth {
			b.WriteString("<div>")
		}
		for range n {
			b.WriteString("字<!--c--><i>")
		}
		return []byte(b.String())
	}
	wantLinearAllocs(t, "text split in many tokens", page, 5000)
	res, err := Bytes(bg, "x.html", page(100000), Limits{})
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(res.Text, "字"); n != 100000 {
		t.Errorf("got %d characters", n)
	}
}
