package corpus

import "testing"

// A city written just before its district ("北京市通州区") says where the
// district is: the report is the district's, however often the pair is
// written.
func TestQualifiedPlaceIsTheInnerOne(t *testing.T) {
	text := "2023年度部门决算说明\n一、部门基本情况\n北京市通州区卫生健康监督所成立于2003年，系北京市通州区卫生健康委员会直属机构，承担北京市通州区卫生监督执法职责。2023年核定编制64人。\n"
	doc := Parse("juesuan.txt", text, Meta{}, Options{})
	if got := doc.Reports[0].Place; got != "通州区" {
		t.Errorf("place %q, want 通州区", got)
	}
}
