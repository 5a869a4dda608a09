package understand

import (
	"slices"
	"testing"
)

func TestCountedNoun(t *testing.T) {
	for q, want := range map[string]string{
		"嵩明县卫健局去年收到多少政府信息公开申请？": "政府信息公开申请",
		"全县新增了几家医疗机构":           "医疗机构",
		"培训了多少名乡村医生了":           "乡村医生",
		"漳州去年能做核酸的机构有几家？":       "机构",
		"家庭医生签约率是多少":            "",
		"体检了多少人":                "",
		"多少个娃":                  "",
		"新开的几家医院一共添了多少床位":       "床位",
		"去年收到几件找他们要公开信息的申请？":    "申请", // the head the clause describes
		"有多少家医院的床位":             "医院",
		"全县一共打了多少剂新冠疫苗？":        "新冠疫苗", // 剂 counts the doses, not part of the noun
		"临沂现在有多少个村卫生室搞了集采药品专柜？": "村卫生室", // the verb the question runs on with is no part of it
	} {
		if got := CountedNoun(q); got != want {
			t.Errorf("CountedNoun(%q) = %q, want %q", q, got, want)
		}
	}
}

func TestCountVerb(t *testing.T) {
	for q, want := range map[string]string{
		"保山市卫健委去年春节给一线医护人员发慰问，一共慰问了多少人？": "慰问",
		"去年一共检查了几家单位？":                   "检查",
		"全县一共有多少家医院？":                    "",
		"临川区那些美容美发、住宿场所，最后整改到位的有几家？":     "整改",
		"那个新院子当初总共投了多少钱？":                "投",
		"前后共计花了多少钱？":                     "花",
		"审计查出的问题整改完了几项？":                 "整改", // the verb before its complement
		"今年干完了几个子项？":                     "干完", // a lay word of its own
	} {
		if got := CountVerb(q); got != want {
			t.Errorf("CountVerb(%q) = %q, want %q", q, got, want)
		}
	}
}

// The noun a count question counts names the indicator asked first, before
// the ones its other words name.
func TestCountedIndicatorFirst(t *testing.T) {
	if ids := QuestionIndicators("临沂现在有多少个村卫生室搞了集采药品专柜？"); len(ids) == 0 || ids[0] != "village_clinics" {
		t.Errorf("QuestionIndicators = %v, want village_clinics first", ids)
	}
	if got := countedIndicator("家庭医生签约率是多少"); got != "" {
		t.Errorf("countedIndicator of a rate question = %q", got)
	}
}

// Who acts on what a question counts ("被医生回访") or owns another thing
// ("县里医生的对口帮扶") names no indicator it asks; the doctors asked for
// themselves do ("医生的数量").
func TestAgentIsNotTheIndicatorAsked(t *testing.T) {
	if ids := QuestionIndicators("某市的高血压病人，一年能被医生回访四回的有多少人？"); slices.Contains(ids, "physicians") {
		t.Errorf("QuestionIndicators = %v, want no physicians", ids)
	}
	if ids := QuestionIndicators("某县有多少农村老百姓享受到了县里医生的对口帮扶看病？"); slices.Contains(ids, "physicians") {
		t.Errorf("QuestionIndicators = %v, want no physicians: 医生 owns the 帮扶 only", ids)
	}
	if ids := QuestionIndicators("某市家庭医生团队里干护理的有多少人？"); !slices.Contains(ids, "nurses") {
		t.Errorf("QuestionIndicators = %v, want nurses: 的有多少人 asks them", ids)
	}
	if ids := QuestionIndicators("某市医生的数量有多少？"); !slices.Contains(ids, "physicians") {
		t.Errorf("QuestionIndicators = %v, want physicians", ids)
	}
	if ids := QuestionIndicators("某市现在一共有多少医生？"); !slices.Contains(ids, "physicians") {
		t.Errorf("QuestionIndicators = %v, want physicians", ids)
	}
}
