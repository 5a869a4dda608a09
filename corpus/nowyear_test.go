package corpus

import "testing"

// Of the years a text names as often as each other, one speaking of 今年
// is of the latest, the others its history; a text that never says 今年
// keeps the first.
func TestMostNamedYearOfNews(t *testing.T) {
	news := "自从国家2003年10月1日起取消强制婚检后,多地婚检率下降,但某区婚检率从今年开始一路走高。2015年11月,妇幼保健所入驻新城,2016年1月婚姻登记处也搬迁至同楼。"
	if got := mostNamedYear(news); got != 2016 {
		t.Errorf("mostNamedYear(news) = %d, want 2016", got)
	}
	history := "2003年某区建成第一所社区卫生服务中心,2016年达到12所。"
	if got := mostNamedYear(history); got != 2003 {
		t.Errorf("mostNamedYear(history) = %d, want 2003", got)
	}
}
