package understand

import (
	"strings"
	"testing"
)

// 学生 is the reports' own word: a question about 小学生 keeps it, not a
// 小青少年 made by rewriting half of it.
func TestStudentsStayStudents(t *testing.T) {
	if got := Substitute("7到12岁的小学生 比例已经打上头一针水痘疫苗"); strings.Contains(got, "青少年") {
		t.Errorf("Substitute rewrote 小学生: %q", got)
	}
}
