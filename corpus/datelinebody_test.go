package corpus

import "testing"

// After an agency's dateline ("新华社北京3月21日电(记者 张三)今天,"), the
// national body the report opens its subject with makes it national, not
// the place it was filed from (made-up news).
func TestDatelineBeforeNationalBody(t *testing.T) {
	text := "新华社北京3月21日电(记者 张三)今天,国家医保局发布2024年医疗保障事业发展统计快报,其中,2024年享受门诊医保报销待遇总人次56.89亿人次,同比增长27.44%。\n\n记者注意到,2024年,住院享受医保报销待遇人次的增长幅度仅为4.48%。\n"
	r := Parse("快报.txt", text, Meta{}, Options{}).Reports[0]
	if r.Place != NationalPlace {
		t.Errorf("place %q, want %s", r.Place, NationalPlace)
	}
}
