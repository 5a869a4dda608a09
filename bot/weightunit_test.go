package bot_test

import (
	"strings"
	"testing"
)

// "多少公斤" is answered by a table's count in 千克 (made-up table).
func TestKilogramsAskedInSpeech(t *testing.T) {
	b := botOver(t, map[string]string{
		"医废.txt": "某市2024年度医疗废物处置情况汇总表\n属地 | 医疗废物产生总量(千克) | 感染性废物(千克)\n甲县 | 98064.45 | 68516.43\n乙县 | 185854.12 | 116973.61\n",
	})
	a := ask(t, b, nil, "甲县2024年医疗废物一共产生了多少公斤？")
	if !strings.Contains(firstLine(a.Text), "98064.45") {
		t.Errorf("want 98064.45千克:\n%s", a.Text)
	}
}
