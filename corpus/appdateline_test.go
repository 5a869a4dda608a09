package corpus

import "testing"

// A news app's dateline ("…客户端北京3月21日电") is where the report was
// filed; the national body it opens its subject with makes it national
// (made-up news).
func TestAppDatelineBeforeNationalBody(t *testing.T) {
	text := "中国某报客户端北京3月21日电(某报记者 张三)今天,国家医保局发布2024年医疗保障事业发展统计快报,其中,2024年享受门诊医保报销待遇总人次56.89亿人次,同比增长27.44%。\n\n记者注意到,2024年,住院享受医保报销待遇人次的增长幅度仅为4.48%。\n"
	r := Parse("快报.txt", text, Meta{}, Options{}).Reports[0]
	if r.Place != NationalPlace {
		t.Errorf("place %q, want %s", r.Place, NationalPlace)
	}
}
