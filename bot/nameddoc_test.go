package bot

import "testing"

func TestWithoutDocumentName(t *testing.T) {
	for _, c := range []struct{ q, title, want string }{
		{"国务院实施健康中国行动那个意见里说，慢性病死的人占总死亡人数多少？", "国务院关于实施健康中国行动的意见", "慢性病死的人占总死亡人数多少？"},
		{"按新修订的传染病防治法，甲类传染病要几小时内报告？", "中华人民共和国传染病防治法", "按新修订的甲类传染病要几小时内报告？"},
		{"健康中国行动的意见", "国务院关于实施健康中国行动的意见", "健康中国行动的意见"}, // the name alone stays
		{"家庭医生签约率是多少？", "国务院关于实施健康中国行动的意见", "家庭医生签约率是多少？"},
	} {
		if got := withoutDocumentName(c.q, c.title); got != c.want {
			t.Errorf("withoutDocumentName(%q) = %q, want %q", c.q, got, c.want)
		}
	}
}

func TestShortTopic(t *testing.T) {
	for topic, want := range map[string]string{
		"建 个社区医院":       "社区医院",
		"人均预期寿命 岁":      "人均预期寿命",
		"家庭医生签约率":       "家庭医生签约率",
		"个":             "个",
		"个人卫生支出占比":      "个人卫生支出占比",
		"家庭医生 签约服务率":    "家庭医生 签约服务率",
		"主动公开 条信息":      "主动公开 信息",
		"新增 项目":         "新增 项目",
		"修订 条例":         "修订 条例",
		"张家口 PM2.5平均浓度": "张家口 PM2.5平均浓度", // a place, not a classifier
	} {
		if got := shortTopic(topic); got != want {
			t.Errorf("shortTopic(%q) = %q, want %q", topic, got, want)
		}
	}
}
