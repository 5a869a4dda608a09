package bot

import (
	"strings"
	"testing"

	"github.com/healthbot/healthbot/corpus"
)

// A question naming one item of a numbered list ("民生实事第二件") is
// answered with that item's parts, not the list's other items.
func TestOrdinalItem(t *testing.T) {
	src := []Source{{N: 1, Title: "云溪市2024年10件民生实事完成情况", Text: "2024年10件民生实事完成情况公布。\n(一)已新增老年助餐服务点235个、新增认知障碍照护专区床位1202张。\n(二)已完成结直肠癌筛查302269人次、新建儿童健康管理中心77家、建成基层生育咨询门诊50个。\n(三)已完成长护险参保1179万人。"}}
	got := listExtract("云溪去年民生实事第二件都做了哪些事？", "民生实事", src, src).Text
	if !strings.Contains(got, "儿童健康管理中心") || !strings.Contains(got, "基层生育咨询门诊") || strings.Contains(got, "老年助餐") {
		t.Errorf("want the second item's parts only:\n%s", got)
	}
}

// An item labelled by its ordinal inside a sentence ("分为四类：第一类：特困
// 供养人员、孤儿。第二类：…") is answered with its members, not the next
// item's.
func TestLabelledOrdinalItem(t *testing.T) {
	src := []Source{{N: 1, Title: "云溪市城乡居民医疗救助实施办法", Text: "第五条 城乡医疗救助对象分为四类：第一类：特困供养人员、孤儿。第二类：低保对象、重点优抚对象、重度残疾人。第三类：低收入家庭的老年人。"}}
	got := listExtract("云溪的医疗救助里，第一类对象都有哪些人？", "医疗救助 第一类", src, src).Text
	if !strings.Contains(got, "特困供养人员") || !strings.Contains(got, "孤儿") || strings.Contains(got, "低保对象") {
		t.Errorf("want the first class's members only:\n%s", got)
	}
	if corpus.ChineseNumeral(12) != "十二" || corpus.ChineseNumeral(20) != "二十" || corpus.ChineseNumeral(3) != "三" {
		t.Error("ChineseNumeral")
	}
}
