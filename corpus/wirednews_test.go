package corpus

import "testing"

// A news agency's item ("中新网12月21日电") saying "到去年底" reports the
// year before the item's (made-up news; the year from the file's name).
func TestWiredNewsLastYear(t *testing.T) {
	text := "资料图。李明 摄\n中新网12月20日电 国家卫生计生委20日召开媒体沟通会,某市卫生计生委基层卫生处介绍家庭医生签约服务情况。到去年底,全市常住居民签约率达38%。\n编辑:王芳\n"
	r := Parse("02_moushi_qianyue_2016.txt", text, Meta{}, Options{}).Reports[0]
	for _, f := range r.Figures {
		if f.Raw == "38" && f.Year != 2015 {
			t.Errorf("38%% dated %d, want 2015", f.Year)
		}
	}
}
