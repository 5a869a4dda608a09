package figures

import (
	"slices"
	"strings"
)

// partMark joins a measure and one of its parts in a label, as a table's
// "of which" column names them: "卫生机构床位数：其中医院".
const partMark = "：其中"

// PartLabel is the label of a part of a measure: "卫生机构床位数" and "医院"
// give "卫生机构床位数：其中医院".
func PartLabel(whole, part string) string { return whole + partMark + part }

// SplitPart splits the label of a part of a measure into the measure and
// the part; ok is false for any other label.
func SplitPart(label string) (whole, part string, ok bool) {
	return strings.Cut(label, partMark)
}

// IsPart reports whether a label names a part of a measure: a table's
// "of which" column ("卫生机构床位数：其中医院") or a sentence's 其中
// clause ("其中乡镇卫生院").
func IsPart(label string) bool { return strings.Contains(label, "其中") }

// bareChanges are labels that only say a change: what changed is the whole
// the part belongs to.
var bareChanges = []string{"新增", "增加", "新建", "新设", "新开", "新开设", "减少"}

// changeOfWhole names what a bare change counts by its whole: "托位数累计
// 960个,其中今年新增431个" gives 新增托位, not 新增.
func changeOfWhole(label, whole string) string {
	if whole == "" || !slices.Contains(bareChanges, label) {
		return label
	}
	noun := strings.TrimSuffix(strings.TrimPrefix(strings.TrimSuffix(whole, "累计"), "累计"), "数")
	if noun == "" || strings.Contains(noun, partMark) {
		return label
	}
	return label + noun
}
