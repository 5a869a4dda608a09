package bot_test

import (
	"strings"
	"testing"
)

// Asked how long something lasts, the answer is the clause giving the
// span of what is asked ("为期三个月", "已连续181天无新增本土病例", not
// the 30 days of another count in the same sentence), after what it is
// of; a date ("9月7日") is no span.
func TestDurationAsked(t *testing.T) {
	b := botOver(t, map[string]string{
		"某市援疆.txt":   "某市选派医生援疆\n9月7日,某市卫健局选派某市中心医院眼科医生宫宁前往吉木乃县人民医院进行为期三个月的医疗援疆工作。这是某市第5批援疆医生。\n",
		"某区流感疫苗.txt": "某区启动老年人免费流感疫苗接种\n发布时间:2020-10-15\n每位老年人到场后先由医生进行健康筛查,确认没问题后再登记接种,并在留观30分钟期间配备医护巡视。\n",
		"某县医院.txt":   "某县医院胸痛中心通过认证\n发布时间:2025-02-10\n该院胸痛中心自2019年成立以来持续优化急救流程,患者的平均入院到开通闭塞血管时间为55分钟,远低于90分钟的达标时间。\n",
		"某市疫情.txt":   "某市疫情防控通报\n发布时间:2020-08-15\n新冠肺炎疫情发生以来,全市疫情防控工作取得阶段性胜利,截至8月12日24时已连续30天无新增无症状感染者,已连续181天无新增本土病例,各项重点工作有序推进。\n",
	})
	for q, want := range map[string]string{
		"某市这回派去援疆的医生要待多长时间？":         "为期三个月",
		"某市2020年到8月中旬已经多久没出本地新增病例了？": "连续181天",
		"某区老人打完免费流感针要在现场留观多久？":       "留观30分钟",
		"某县医院胸痛中心病人从进门到血管打通平均多长时间？":  "时间为55分钟",
	} {
		a := ask(t, b, nil, q)
		if first := firstExtract(a.Text); !strings.Contains(first, want) || strings.Contains(first, "30天") || strings.Contains(first, "有序推进") || strings.Contains(first, "健康筛查") || strings.Contains(first, "达标") {
			t.Errorf("%s: want the clause of %s alone: %s", q, want, a.Text)
		}
	}
}
