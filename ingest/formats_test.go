package ingest

import (
	"archive/zip"
	"bytes"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"

	"github.com/healthbot/healthbot/corpus"
)

// TestMixedFormats ingests a folder as another bureau would have it: a GBK
// text file, a Big5 archive, a saved web page in GB2312 and a .docx with a
// table, and checks each was read as the Chinese it is.
func TestMixedFormats(t *testing.T) {
	src, idx := t.TempDir(), t.TempDir()
	gbk, _ := simplifiedchinese.GBK.NewEncoder().String("2021年卫生健康工作总结\n一、主要成效\n全年孕产妇系统管理率达到95.6%。\n二、2022年工作计划\n（一）继续推进\n力争达到96%以上。\n")
	writeFile(t, src, "gbk.txt", gbk)
	big5, _ := traditionalchinese.Big5.NewEncoder().String("二〇一九年衛生工作總結\n一、醫療服務\n全年門診量達到十二萬人次，住院病人三千人。\n")
	writeFile(t, src, "big5.txt", big5)
	html, _ := simplifiedchinese.GBK.NewEncoder().String(`<html><head><meta charset="gb2312"><title>2020年工作总结</title></head><body>
<div class="nav">首页 &gt; 工作动态</div><script>var x=1;</script>
<div class="content"><h1>2020年卫生工作总结</h1><p>一、疫情防控</p><p>全年核酸检测120万人次。</p>
<table><tr><th>指标</th><th>数值</th></tr><tr><td>疫苗接种</td><td>35万剂次</td></tr></table></div>
<div class="footer">版权所有</div></body></html>`)
	writeFile(t, src, "page.html", html)
	writeFile(t, src, "plan.docx", string(docx(t, "2024年卫生健康工作计划", "一、重点任务", "（一）提升基层服务能力", "力争家庭医生签约率达到55%。")))

	s := runIngest(t, src, idx)
	if len(s.Skipped) != 0 || s.Reports != 4 {
		t.Fatalf("summary: %+v", s)
	}
	st, err := Load(idx)
	if err != nil {
		t.Fatal(err)
	}
	byFile := map[string]corpus.Document{}
	for _, e := range st.Entries {
		byFile[e.Name] = e.Document
	}
	check := func(file, encoding, title string, year int, contains string) {
		t.Helper()
		d := byFile[file]
		if d.Encoding != encoding || len(d.Reports) != 1 {
			t.Errorf("%s: encoding %q, %d reports", file, d.Encoding, len(d.Reports))
			return
		}
		r := d.Reports[0]
		if r.Title != title || r.Year != year || !strings.Contains(d.Text, contains) {
			t.Errorf("%s: title %q year %d; text %q", file, r.Title, r.Year, d.Text)
		}
	}
	check("gbk.txt", "gb18030", "2021年卫生健康工作总结", 2021, "孕产妇系统管理率达到95.6%")
	check("big5.txt", "big5", "二〇一九年衛生工作總結", 2019, "門診量")
	check("page.html", "gb18030", "2020年卫生工作总结", 2020, "疫苗接种")
	check("plan.docx", "utf-8", "2024年卫生健康工作计划", 2024, "家庭医生签约率达到55%")
	if strings.Contains(byFile["page.html"].Text, "var x") || strings.Contains(byFile["page.html"].Text, "版权所有") {
		t.Errorf("page furniture kept: %q", byFile["page.html"].Text)
	}
	gbkReport := byFile["gbk.txt"].Reports[0]
	if gbkReport.PlanYear != 2022 {
		t.Errorf("plan year %d", gbkReport.PlanYear)
	}
	var kinds []string
	for _, f := range gbkReport.Figures {
		kinds = append(kinds, f.Raw+f.Unit+":"+string(f.Kind))
	}
	if strings.Join(kinds, ",") != "95.6%:summary,96%:plan" {
		t.Errorf("figures: %v", kinds)
	}
}

// docx builds a minimal .docx with one paragraph per line.
func docx(t *testing.T, lines ...string) []byte {
	t.Helper()
	var body strings.Builder
	for _, l := range lines {
		body.WriteString("<w:p><w:r><w:t>" + l + "</w:t></w:r></w:p>")
	}
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	files := map[string]string{
		"[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
		"word/document.xml":   `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` + body.String() + `</w:body></w:document>`,
	}
	for name, content := range files {
		w, err := z.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(content))
	}
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
