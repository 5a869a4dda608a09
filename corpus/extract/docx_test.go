package extract

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"hash/crc32"
	"strings"
	"testing"
)

func TestDOCX(t *testing.T) {
	cases := []struct {
		name string
		body string
		want string
	}{
		{
			name: "paragraphs and runs",
			body: wp("2023年卫生工作总结") + `<w:p><w:r><w:t>一、</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>主要成效</w:t></w:r></w:p>` + wp("正文。"),
			want: "2023年卫生工作总结\n一、主要成效\n正文。",
		},
		{
			name: "tab, break and tab stops",
			body: `<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>姓名</w:t><w:tab/><w:t>张三</w:t><w:br/><w:t>第二行</w:t></w:r></w:p>`,
			want: "姓名\t张三\n第二行",
		},
		{
			name: "empty paragraphs dropped",
			body: wp("甲") + `<w:p/><w:p><w:r><w:t>  </w:t></w:r></w:p>` + wp("乙"),
			want: "甲\n乙",
		},
		{
			name: "deleted text and field codes ignored",
			body: `<w:p><w:del><w:r><w:delText>删除的</w:delText></w:r></w:del><w:ins><w:r><w:t>插入的</w:t></w:r></w:ins><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:t>3</w:t></w:r></w:p>`,
			want: "插入的3",
		},
		{
			name: "text box stored twice",
			body: `<w:p><w:r><w:t>前文</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>` + wp("文本框") + `</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>` + wp("文本框") + `</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>后文</w:t></w:r></w:p>`,
			want: "前文\n文本框\n后文",
		},
		{
			name: "table with header row",
			body: wp("表1") + wtbl("", []string{"项目", "目标", "完成"}, []string{"疫苗接种", "95%", "98%"}, []string{"孕产妇管理", "", "90%"}) + wp("表后"),
			want: "表1\n项目：疫苗接种；目标：95%；完成：98%\n项目：孕产妇管理；完成：90%\n表后",
		},
		{
			name: "tblHeader marks header even when long",
			body: wtbl(`<w:tblHeader/>`, []string{strings.Repeat("很长的表头", 10), "数"}, []string{"甲", "1"}),
			want: strings.Repeat("很长的表头", 10) + "：甲；数：1",
		},
		{
			name: "first row not a header",
			body: wtbl("", []string{"甲", ""}, []string{"乙", "2"}),
			want: "甲\n乙 | 2",
		},
		{
			name: "single row table",
			body: wtbl("", []string{"签发人", "张三"}),
			want: "签发人 | 张三",
		},
		{
			name: "one column table keeps paragraphs",
			body: `<w:tbl><w:tr><w:tc>` + wp("第一段") + wp("第二段") + `</w:tc></w:tr><w:tr><w:tc>` + wp("第三段") + `</w:tc></w:tr></w:tbl>`,
			want: "第一段\n第二段\n第三段",
		},
		{
			name: "cell paragraphs joined",
			body: wtbl("", []string{"项目", "内容"}, nil) + `<w:tbl><w:tr><w:tc>` + wp("项目") + `</w:tc><w:tc>` + wp("内容") + `</w:tc></w:tr><w:tr><w:tc>` + wp("接种") + `</w:tc><w:tc>` + wp("1.第一") + wp("2.第二") + `</w:tc></w:tr></w:tbl>`,
			want: "项目 | 内容\n项目：接种；内容：1.第一 2.第二",
		},
		{
			name: "gridSpan and vMerge",
			body: `<w:tbl>` +
				`<w:tr><w:tc>` + wp("类别") + `</w:tc><w:tc>` + wp("项目") + `</w:tc><w:tc>` + wp("数量") + `</w:tc></w:tr>` +
				`<w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr>` + wp("预防") + `</w:tc><w:tc>` + wp("接种") + `</w:tc><w:tc>` + wp("10") + `</w:tc></w:tr>` +
				`<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc>` + wp("筛查") + `</w:tc><w:tc>` + wp("20") + `</w:tc></w:tr>` +
				`<w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr>` + wp("合计") + `</w:tc><w:tc>` + wp("30") + `</w:tc></w:tr>` +
				`</w:tbl>`,
			want: "类别：预防；项目：接种；数量：10\n类别：预防；项目：筛查；数量：20\n类别：合计；数量：30",
		},
		{
			name: "nested table",
			body: `<w:tbl><w:tr><w:tc>` + wtbl("", []string{"甲", "乙"}, []string{"1", "2"}) + `<w:p/></w:tc></w:tr></w:tbl>`,
			want: "甲：1；乙：2",
		},
		{
			name: "entities and special characters",
			body: wp("A &amp; B &lt;C&gt;") + `<w:p><w:r><w:t>防</w:t><w:noBreakHyphen/><w:t>控</w:t></w:r></w:p>`,
			want: "A & B <C>\n防-控",
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res, err := Bytes(bg, "report.docx", makeDocx(t, c.body), Limits{})
			if err != nil {
				t.Fatal(err)
			}
			if res.Text != c.want {
				t.Errorf("text:\n%q\nwant:\n%q", res.Text, c.want)
			}
			if res.Format != "docx" || res.Encoding != "utf-8" {
				t.Errorf("format %q encoding %q", res.Format, res.Encoding)
			}
			checkInvariants(t, res)
		})
	}
}

func TestDOCXMainPartFromRels(t *testing.T) {
	data := makeZip(t,
		docxFile{"_rels/.rels", `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/document2.xml"/></Relationships>`},
		docxFile{"word/document2.xml", docXML(wp("另一个主文档"))},
	)
	res, err := Bytes(bg, "x.docx", data, Limits{})
	if err != nil || res.Text != "另一个主文档" {
		t.Fatalf("got %q, %v", res.Text, err)
	}
}

func TestDOCXStrictNamespace(t *testing.T) {
	xml := `<?xml version="1.0"?><w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"><w:body>` + wp("严格格式") + `</w:body></w:document>`
	data := makeZip(t, docxFile{"word/document.xml", xml})
	res, err := Bytes(bg, "x.docx", data, Limits{})
	if err != nil || res.Text != "严格格式" {
		t.Fatalf("got %q, %v", res.Text, err)
	}
}

// rawZip builds a zip with one stored-as-deflate entry whose header
// claims uncompressed bytes; the content is written pre-compressed.
func rawZip(t *testing.T, name string, content []byte, claimed uint64) []byte {
	t.Helper()
	var comp bytes.Buffer
	fw, _ := flate.NewWriter(&comp, flate.BestCompression)
	fw.Write(content)
	fw.Close()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.CreateRaw(&zip.FileHeader{
		Name:               name,
		Method:             zip.Deflate,
		CRC32:              crc32.ChecksumIEEE(content),
		CompressedSize64:   uint64(comp.Len()),
		UncompressedSize64: claimed,
	})
	if err != nil {
		t.Fatal(err)
	}
	w.Write(comp.Bytes())
	zw.Close()
	return buf.Bytes()
}

func TestDOCXSkips(t *testing.T) {
	valid := makeDocx(t, wp("正文"))
	// Highly compressible: 3 MiB of "0" digits compress to a few KiB.
	bomb := docXML(wp("炸弹" + strings.Repeat("0", 3<<20)))
	small := Limits{MaxExpandedBytes: 1 << 20}
	cases := []struct {
		name string
		data []byte
		lim  Limits
		want string
	}{
		{"zip bomb", makeZip(t, docxFile{"word/document.xml", bomb}), small, "docx expands beyond 1 MiB (zip bomb?)"},
		// Chinese text cut at the limit inside a character, whatever the
		// alignment: the reason is the limit, not an XML error (issue 15).
		{"zip bomb of Chinese text", makeZip(t, docxFile{"word/document.xml", docXML(wp(strings.Repeat("签约率", 1<<19)))}), small, "docx expands beyond 1 MiB (zip bomb?)"},
		{"zip bomb of Chinese text, shifted 1", makeZip(t, docxFile{"word/document.xml", docXML(wp("a" + strings.Repeat("签约率", 1<<19)))}), small, "docx expands beyond 1 MiB (zip bomb?)"},
		{"zip bomb of Chinese text, shifted 2", makeZip(t, docxFile{"word/document.xml", docXML(wp("ab" + strings.Repeat("签约率", 1<<19)))}), small, "docx expands beyond 1 MiB (zip bomb?)"},
		{"zip bomb of NUL bytes", makeZip(t, docxFile{"word/document.xml", string(make([]byte, 3<<20))}), small, "docx"},
		{"zip bomb with lying header", rawZip(t, "word/document.xml", []byte(bomb), 100), small, "docx"},
		{"truncated", valid[:len(valid)/2], Limits{}, "not a valid zip"},
		{"truncated entry data", append(valid[:40:40], valid[len(valid)-200:]...), Limits{}, "docx"},
		{"not a zip", []byte("this is plain text, not a Word file"), Limits{}, "not a valid zip"},
		{"no document.xml", makeZip(t, docxFile{"word/styles.xml", "<x/>"}), Limits{}, "no word/document.xml"},
		{"malformed xml", makeZip(t, docxFile{"word/document.xml", docXML(wp("正文")) + "<w:p><"}), Limits{}, "corrupt"},
		{"bad checksum", corruptCRC(t, valid), Limits{}, "corrupt"},
		{"no text", makeDocx(t, `<w:p/>`), Limits{}, "no text"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Bytes(bg, "x.docx", c.data, c.lim)
			wantSkip(t, err, c.want)
		})
	}
}

// corruptCRC flips the stored CRC of every entry in a zip archive.
func corruptCRC(t *testing.T, data []byte) []byte {
	t.Helper()
	out := bytes.Clone(data)
	for _, sig := range [][]byte{{'P', 'K', 3, 4}, {'P', 'K', 1, 2}} {
		for i := 0; ; {
			j := bytes.Index(out[i:], sig)
			if j < 0 {
				break
			}
			i += j
			crcOff := 14
			if sig[2] == 1 {
				crcOff = 16
			}
			out[i+crcOff] ^= 0xff
			i += 4
		}
	}
	return out
}

func TestDOCXBombDefaultLimitMessage(t *testing.T) {
	if err := expandSkip(DefaultLimits()); err.Error() != "skipped: docx expands beyond 128 MiB (zip bomb?)" {
		t.Fatalf("got %q", err)
	}
}

func TestCapReader(t *testing.T) {
	for _, tc := range []struct {
		n, max  int
		wantErr bool
	}{{10, 10, false}, {11, 10, true}, {0, 0, false}, {1, 0, true}} {
		c := &capReader{r: bytes.NewReader(make([]byte, tc.n)), max: int64(tc.max)}
		var err error
		buf := make([]byte, 3)
		for err == nil {
			_, err = c.Read(buf)
		}
		if got := err == errExpandLimit; got != tc.wantErr {
			t.Errorf("n=%d max=%d: err=%v", tc.n, tc.max, err)
		}
	}
}
