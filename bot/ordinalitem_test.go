package bot

import (
	"strings"
	"testing"
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
