package bot_test

import (
	"strings"
	"testing"
)

// "做了多少台手术" is answered by the count of operations in 例, its label
// the bare noun counted, not by the part after 其中 (made-up news).
func TestOperationsCountedInAnotherCounter(t *testing.T) {
	b := botOver(t, map[string]string{
		"援疆医疗队.txt": "2023年,某市援疆医疗队在哈密市人民医院完成门诊诊疗1931人次、住院诊疗3894人次,手术1274例(其中三四级手术577例),填补技术空白12项。\n",
	})
	a := ask(t, b, nil, "哈密那批援疆医生去年一共做了多少台手术？")
	if !strings.Contains(firstLine(a.Text), "1274例") || strings.Contains(firstLine(a.Text), "577例") {
		t.Errorf("want 手术1274例:\n%s", a.Text)
	}
}
