package bot

import (
	"context"
	"fmt"
	"regexp"
	"strings"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/understand"
)

// fieldPatterns find a field's value in a passage; the value is the first
// submatch.
var fieldPatterns = map[understand.Field]*regexp.Regexp{
	understand.FieldDocNumber: regexp.MustCompile(`(\p{Han}{1,12}[〔\[［(（]\s*(?:19|20)\d{2}\s*[〕\]］)）]\s*\d{1,4}\s*号)`),
	understand.FieldAddress:   regexp.MustCompile(`(?:地址|地点|办公地址)\s*[:：]\s*([^,，;；)）|\n]{4,60})`),
	understand.FieldPhone:     regexp.MustCompile(`(?:电话|热线|联系方式)\s*[:：]?\s*((?:\d{3,4}[-－—])?\d{5,8}(?:[、,，/]\s*(?:\d{3,4}[-－—])?\d{5,8})*)`),
	// A disclosure page's header table: "索 引 号 | WQX001-2022-000002",
	// "[ 索引号 ] 1150…/2025-00162".
	understand.FieldIndexNo:  regexp.MustCompile(`索\s*引\s*号\s*[:：|\]】]?\s*[|\]】]?\s*([0-9A-Za-z][0-9A-Za-z\-_/.]{5,60})`),
	understand.FieldPostcode: regexp.MustCompile(`(?:邮编|邮政编码)\s*[:：]?\s*(\d{6})`),
	// A table may set key and value apart with a colon, a bar or only
	// spaces ("发文机关 全国人大常委会", "发文日期 2019 年 12 月 28 日").
	understand.FieldDate: regexp.MustCompile(`(?:发布日期|发布时间|成文日期|发文日期|印发日期|时间|日期)\s*[:：|\s\]】]\s*[|\]】]?\s*((?:19|20)\d{2}\s*[-年./]\s*\d{1,2}\s*[-月./]\s*\d{1,2}\s*日?)(?:\s*(\d{1,2}:\d{2}(?::\d{2})?))?`),
	// The day an event was held or a place opened, in the sentence that
	// says it was.
	understand.FieldHeldOn: regexp.MustCompile(`((?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日)[^。；;]{0,80}?(?:召开|举行|举办|开幕|启动|开业|揭牌|挂牌|启用|投用|投入使用)`),
	understand.FieldIssuer: regexp.MustCompile(`(?:发布机构|发文机关|发布单位|发文单位)\s*[:：\s\]】]\s*[|\]】]?\s*([\p{Han}（）()]{3,30})`),
	understand.FieldSource: regexp.MustCompile(`(?:来源|稿源|信息来源|出处)\s*[:：]\s*\|?\s*([^\s|，,。：:]{2,20})`),
	// A task table's cells, key then value, on one line or two: "责任单位
	// | 卫健局、文旅局 | 配合单位 | 各乡镇".
	understand.FieldLeadUnit:    regexp.MustCompile(`(?:责任单位|牵头单位|责任部门|牵头部门)\s*[:：|]?\s*\|?\s*([\p{Han}、，,（）()]{2,40}?)(?:\s|\||配合|完成时限|$)`),
	understand.FieldPartnerUnit: regexp.MustCompile(`配合(?:单位|部门)\s*[:：|]?\s*\|?\s*([\p{Han}、，,（）()]{2,40}?)(?:\s|\||责任|完成时限|$)`),
	understand.FieldValidity:    regexp.MustCompile(`(?:时效性|时效|有效性|效力状态)\s*[:：|\s]\s*\|?\s*(现行有效|部分失效|已失效|已废止|尚未生效|失效|废止|有效)`),
}

// cellFields are the fields of a table whose cells may stand one a line.
var cellFields = map[understand.Field]bool{understand.FieldLeadUnit: true, understand.FieldPartnerUnit: true}

// bulletFields is a page's header written as a bulleted list, each key
// and its value a bullet of its own ("• 发布机构\n• 彭水县财政局"): read as
// one "key | value" line.
var bulletFields = regexp.MustCompile(`(?m)^[ \t]*[•·][ \t]*(发布机构|发文机关|成文日期|发布日期|发文日期|索\s*引\s*号|文号|发文字号|有效性|时效性)[ \t]*\n[ \t]*[•·][ \t]*`)

// lookupField answers a question about a document's own fields (its 文号,
// issuer, date, whether it is still in force, the issuer's 地址 or 电话)
// with each value as the best passage states it, quoted. ok is false when
// the question asks no field or no passage states one: the question is
// then answered like any other.
func (b *Bot) lookupField(ctx context.Context, question string, f corpus.Filters) (Answer, bool, error) {
	var fields []understand.Field
	for _, field := range understand.AskedFields(question) {
		if fieldPatterns[field] != nil {
			fields = append(fields, field)
		}
	}
	if len(fields) == 0 {
		return Answer{}, false, nil
	}
	res, err := b.search.Search(ctx, corpus.Query{Text: question, Filters: f, K: b.opts.Sources})
	if err != nil {
		return Answer{}, false, fmt.Errorf("search: %w", err)
	}
	if res.NoYear || res.NoPlace {
		return Answer{}, false, nil
	}
	var lines []string
	var sources []Source
	for _, field := range fields {
		line, src, ok := fieldValue(res.Hits, field, len(sources)+1)
		if !ok && field == understand.FieldPhone {
			// No "电话：…" stated: a list of bodies and their numbers.
			if l, s, listed := listedPhone(res.Hits, question, len(sources)+1); listed {
				line, src, ok = l, s, true
			}
		}
		if !ok {
			continue
		}
		if n := sameSource(sources, src); n > 0 {
			line = strings.Replace(line, fmt.Sprintf("[%d]", len(sources)+1), fmt.Sprintf("[%d]", n), 1)
		} else {
			sources = append(sources, src)
		}
		lines = append(lines, line)
	}
	if len(lines) == 0 {
		return Answer{}, false, nil
	}
	return Answer{Intent: IntentQuestion, Mode: ModeExtractive, Text: strings.Join(lines, "\n"), Sources: sources, Figures: []FigureRow{}}, true, nil
}

// fieldValue is the answer line for one field from the first of the best
// hits that states it, citing it as source n.
func fieldValue(hits []corpus.Hit, field understand.Field, n int) (string, Source, bool) {
	re := fieldPatterns[field]
	if field == understand.FieldDocNumber && len(hits) > 0 && hits[0].DocNumber != "" {
		// The best report's own number, read from its header at ingest:
		// the numbers its text gives are often of the documents it cites
		// ("为落实《…的通知》(津政发〔2019〕33号)").
		h := hits[0]
		return fmt.Sprintf("根据资料，《%s》的%s：%s [%d]。", h.Title, field, h.DocNumber, n), sourceOf(h, n), true
	}
	for _, h := range hits[:min(3, len(hits))] {
		for _, sent := range splitSentences(bulletFields.ReplaceAllString(h.Text, "$1 | ")) {
			m := re.FindStringSubmatch(corpus.SimplifyRunes(sent)) // "召開" is 召开
			if m == nil {
				continue
			}
			value := strings.Join(strings.Fields(m[1]), "")
			if len(m) > 2 && m[2] != "" {
				value += " " + m[2] // the time of day a page gives ("2025-02-19 21:14")
			}
			return quotedField(h, field, value, sent, n), sourceOf(h, n), true
		}
		if cellFields[field] {
			// A table laid out one cell a line: the key's line, then its
			// value's ("责任单位\n卫健局、文旅局").
			cells := strings.ReplaceAll(corpus.SimplifyRunes(h.Text), "\n", " | ")
			if loc := re.FindStringSubmatchIndex(cells); loc != nil {
				value := strings.Join(strings.Fields(cells[loc[2]:loc[3]]), "")
				return quotedField(h, field, value, cells[loc[0]:loc[3]], n), sourceOf(h, n), true
			}
		}
	}
	// A saved page's credit and date lines are furniture, not passage
	// text: ingest keeps them on the report.
	for _, h := range hits[:min(3, len(hits))] {
		value := ""
		switch field {
		case understand.FieldSource:
			value = h.Source
		case understand.FieldDate:
			value = h.Published
		}
		if value != "" {
			return fmt.Sprintf("根据资料，《%s》页面所载%s：%s [%d]。", h.Title, field, value, n), sourceOf(h, n), true
		}
	}
	return "", Source{}, false
}

// quotedField is the answer line of a field's value as a passage states
// it, citing the passage as source n.
func quotedField(h corpus.Hit, field understand.Field, value, stated string, n int) string {
	return fmt.Sprintf("根据资料，《%s》所载%s：%s [%d]。\n原文：“%s”", h.Title, field, value, n, quote(stated))
}

// sameSource is the number of the source among sources that quotes the
// same passage as s, 0 when none does.
func sameSource(sources []Source, s Source) int {
	for _, o := range sources {
		if o.Ref == s.Ref && o.Section == s.Section && o.Text == s.Text {
			return o.N
		}
	}
	return 0
}
