package understand

import (
	"regexp"

	"github.com/healthbot/healthbot/corpus"
)

// A Field is a fact a document states about itself or its issuer rather
// than about the work: its document number, the issuer's address or
// telephone. Such questions are answered from the text that states the
// field, not from the figures or the work passages.
type Field string

// The fields a question can ask for.
const (
	FieldNone      Field = ""
	FieldDocNumber Field = "文号"
	FieldAddress   Field = "地址"
	FieldPhone     Field = "电话"
	FieldPostcode  Field = "邮编"
	FieldDate      Field = "发布日期"
	FieldHeldOn    Field = "举办或启用日期"
	FieldIndexNo   Field = "索引号"
	FieldIssuer    Field = "发布机构"
	FieldValidity  Field = "时效性"
	FieldSource    Field = "来源"
	// A task's units in a table of tasks (a 政府工作报告's breakdown):
	// the one responsible and those assisting.
	FieldLeadUnit    Field = "责任单位"
	FieldPartnerUnit Field = "配合单位"
)

// fieldWords are the ways staff ask for each field, most specific first.
var fieldWords = []struct {
	field Field
	words []string
}{
	{FieldDocNumber, []string{"文号", "发文字号", "发文号", "文件编号"}},
	{FieldPostcode, []string{"邮编", "邮政编码"}},
	{FieldIndexNo, []string{"索引号", "索引编号", "信息索引"}},
	{FieldPhone, []string{"电话", "联系方式", "热线号码"}},
	{FieldAddress, []string{"地址", "办公地点", "在哪办公", "在哪里办公"}},
	{FieldDate, []string{"发布日期", "发布时间", "成文日期", "印发日期", "什么时候发布", "什么时候印发", "哪天发布", "哪天印发", "哪天发", "什么时候发的",
		"哪天挂", "哪天出的", "哪天公开", "哪天在网上公开", "哪天在网上挂", "什么时候挂", "什么时候公开", "哪天放出来"}},
	// The day a meeting or event was held, or a place opened: "工作会是几月几号开
	// 的", "社康是几号开业的".
	{FieldHeldOn, []string{"几月几号开", "几月几日开", "几号开的", "几号开会", "哪天开的", "哪天开会", "哪一天开的", "哪天召开", "什么时候开的", "什么时候召开", "几月几号召开", "几月几日召开", "哪天举行", "什么时候举行", "哪天举办",
		"几号开业", "哪天开业", "几月几号开业", "什么时候开业", "几号揭牌", "哪天揭牌", "什么时候揭牌", "哪天启用", "什么时候启用", "哪天投用", "什么时候投用", "哪天投入使用", "什么时候投入使用"}},
	{FieldIssuer, []string{"发布机构", "发文机关", "发文单位", "哪个部门发", "哪个单位发", "哪个机构发", "哪个机关发", "哪家单位发", "谁发的", "谁发布", "谁印发", "是谁发"}},
	{FieldSource, []string{"稿子来源", "稿件来源", "信息来源", "哪家报纸", "哪个报纸", "哪家媒体", "出处", "转载自", "从哪转的"}},
	{FieldValidity, []string{"时效性", "还有效", "有效不", "有效吗", "是否有效", "失效了", "失效没", "废止了", "废止没", "还管用", "现行有效"}},
	{FieldPartnerUnit, []string{"配合单位", "配合部门", "哪些单位配合", "哪几个单位配合"}},
	{FieldLeadUnit, []string{"责任单位", "牵头单位", "责任部门", "牵头部门", "谁牵头", "哪个单位牵头", "哪个部门牵头", "哪家牵头"}},
}

// AskedField is the document field a question asks for ("湖州工作要点的文号
// 是什么" → FieldDocNumber), FieldNone when it asks about the work.
func AskedField(question string) Field {
	if fs := AskedFields(question); len(fs) > 0 {
		return fs[0]
	}
	return FieldNone
}

// AskedFields are all the fields a question asks for, in the order of
// fieldWords ("是哪个机关发的？现在还有效不？" → 发布机构, 时效性).
func AskedFields(question string) []Field {
	q := corpus.Normalize(question)
	var out []Field
	for _, fw := range fieldWords {
		if fw.field == FieldPhone && countsCalls(q) {
			continue // "120电话量比去年涨了多少": the calls, not a number to ring
		}
		if containsAny(q, fw.words) {
			out = append(out, fw.field)
		}
	}
	return out
}

// callCounts ask how many calls were made or taken, not the phone number
// to ring ("献血该拨打什么电话" asks the number).
var callCounts = []string{"电话量", "电话数", "话务量", "来电量", "多少通", "几通"}

// callsCounted counts calls by a counter before them, a kind of call
// between: "多少个电话", "接了多少个呼救电话", "几次求助电话".
var callsCounted = regexp.MustCompile(`(?:多少|几)(?:个|通|次)?\p{Han}{0,4}?电话`)

// countsCalls reports whether a question about 电话 asks a count of calls
// or its change.
func countsCalls(q string) bool {
	return containsAny(q, callCounts) || callsCounted.MatchString(q) || AsksChange(q)
}
