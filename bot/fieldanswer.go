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
	understand.FieldPostcode:  regexp.MustCompile(`(?:邮编|邮政编码)\s*[:：]?\s*(\d{6})`),
	understand.FieldDate:      regexp.MustCompile(`(?:发布日期|发布时间|成文日期|发文日期|印发日期)\s*[:：|]\s*\|?\s*((?:19|20)\d{2}[-年./]\d{1,2}[-月./]\d{1,2}日?)`),
	understand.FieldIssuer:    regexp.MustCompile(`(?:发布机构|发文机关|发布单位|发文单位)\s*[:：]\s*\|?\s*([\p{Han}（）()]{3,30})`),
}

// lookupField answers a question about a document's own field (its 文号,
// the issuer's 地址 or 电话) with the value as the best passage states it,
// quoted. ok is false when the question asks no field or no passage states
// it: the question is then answered like any other.
func (b *Bot) lookupField(ctx context.Context, question string, f corpus.Filters) (Answer, bool, error) {
	field := understand.AskedField(question)
	re := fieldPatterns[field]
	if re == nil {
		return Answer{}, false, nil
	}
	res, err := b.search.Search(ctx, corpus.Query{Text: question, Filters: f, K: b.opts.Sources})
	if err != nil {
		return Answer{}, false, fmt.Errorf("search: %w", err)
	}
	if res.NoYear || res.NoPlace {
		return Answer{}, false, nil
	}
	for _, h := range res.Hits[:min(3, len(res.Hits))] {
		for _, sent := range splitSentences(h.Text) {
			m := re.FindStringSubmatch(sent)
			if m == nil {
				continue
			}
			src := sourceOf(h, 1)
			value := strings.TrimSpace(m[1])
			text := fmt.Sprintf("根据资料，《%s》所载%s：%s [1]。\n原文：“%s”", h.Title, field, value, quote(sent))
			return Answer{Intent: IntentQuestion, Mode: ModeExtractive, Text: text, Sources: []Source{src}, Figures: []FigureRow{}}, true, nil
		}
	}
	return Answer{}, false, nil
}
