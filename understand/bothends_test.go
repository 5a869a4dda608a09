package understand

import "testing"

func TestAsksBothEnds(t *testing.T) {
	for q, want := range map[string]bool{
		"沈阳十三五那几年，婴儿死亡率从多少降到了多少？": true,
		"河南孕产妇死亡率跟2015年比降了多少？":    true,
		"全国基础养老金最低标准是从每月多少涨到多少的？": true,  // a unit's period between 从 and 多少
		"新疆2020年孕产妇死亡率降到多少了？":     false, // where it ended
		"人均预期寿命提高到几岁了？":           false,
		"2023年家庭医生签约率是多少？":        false, // no change asked
		"四川养老保险参保率现在到多少了？说个数就行":   false, // 多少了 is no 少了
	} {
		if got := AsksBothEnds(q); got != want {
			t.Errorf("AsksBothEnds(%q) = %v, want %v", q, got, want)
		}
	}
}
