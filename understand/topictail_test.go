package understand

import "testing"

// Words that only ask ("都分成哪几类", the modal 要 before 怎么) are no part
// of the topic; a word ending in 要 of its own (重要, 需要) is.
func TestTopicWithoutAskingTail(t *testing.T) {
	for q, want := range map[string]string{
		"西双版纳州的医院都分成哪几类？":                   "医院",
		"许昌市2020年疫情常态化防控要怎么弄？":              "疫情常态化防控 弄",
		"去年院感防控的重要经验是什么？":                   "院感防控的重要经验",
		"中牟县村卫生室产权收归公有，市里给定的指标是百分之多少？":      "村卫生室产权收归公有",
		"按健康中国行动的要求，到2030年全国经常锻炼身体的人要占到多少？": "经常锻炼身体的人占",
		"福建2020年村卫生室里有执业助理医师多少个？":           "村卫生室 执业助理医师 个",
		"济源卫健委那几年医院项目推得挺快，他们具体是咋抓的？":        "医院项目推得挺快",
		"今年基层还需要怎么做？":                       "基层还需要 做",
		"广州市卫健委去年抓党建是怎么抓的？":                 "党建",
		"云溪区今年下半年医改要重点抓哪几块？":                "医改",
		"明年医改分哪几个方面推进":                      "医改分 推进",
		"今年社康要新开多少家？":                       "社康 新开 家",
		"今年有哪些工作要求？":                        "要求",
	} {
		if got := Topic(q); got != want {
			t.Errorf("Topic(%q) = %q, want %q", q, got, want)
		}
	}
}
