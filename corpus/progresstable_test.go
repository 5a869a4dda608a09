package corpus

import "testing"

// A progress table of livelihood projects set one space apart, with a 单位
// column and a 备注 column, its first row unreadable: each row's target,
// work done and share, in the row's unit (made-up table).
func TestProgressTableWithAUnitColumn(t *testing.T) {
	text := "云溪区2022年1-10月重点民生实事项目进度表\n" +
		"序 号 考核指标 单位 工作目标 已完成数 占比 备  注\n" +
		"1 增加公办义务教育学位 提高公办义务教育学位占比至95%以上 600 600 100%\n" +
		"2 特殊群体健康保障 孕产妇免费产前筛查 人次 2800 2539 90.7%\n" +
		"新生儿先天性心脏病免费筛查 人次 2800 2647 94.5%\n" +
		"农村适龄妇女“两癌”免费检查 人次 1980 1981 100.1%\n"
	r := Parse("jindu.txt", text, Meta{}, Options{}).Reports[0]
	want := map[string]string{
		"孕产妇免费产前筛查 工作目标":      "2800人次",
		"孕产妇免费产前筛查 已完成数":      "2539人次",
		"新生儿先天性心脏病免费筛查 已完成数":  "2647人次",
		"农村适龄妇女“两癌”免费检查 工作目标": "1980人次",
		"农村适龄妇女“两癌”免费检查 占比":   "100.1%",
	}
	wantFigures(t, r.Figures, want)
}
