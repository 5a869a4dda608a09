package bot_test

import (
	"strings"
	"testing"
)

// A count's change asked in percent is answered by the percent the count
// grew by, not by the count; a change asked in speech ("跟前年比掉了多少")
// by the amount it fell, not the level.
func TestChangeOfACountInPercent(t *testing.T) {
	b := botOver(t, map[string]string{
		"医师.txt": "深圳市2023年卫生统计简报\n截至2023年12月31日，全市共有注册医师71479人，较2022年增长了7.28%。其中，执业医师67690人。\n人口出生率为4.49‰，自然增长率为-5.77‰，比上年下降1.9个千分点。\n",
	})
	if a := ask(t, b, nil, "深圳2023年的医生人数比前一年多了百分之几？"); !strings.Contains(firstLine(a.Text), "7.28%") {
		t.Errorf("want the growth in percent, 7.28%%:\n%s", a.Text)
	}
	if a := ask(t, b, nil, "深圳2023年注册医师有多少人？"); !strings.Contains(firstLine(a.Text), "71479人") {
		t.Errorf("want the count, 71479人:\n%s", a.Text)
	}
	if a := ask(t, b, nil, "深圳2023年人口自然增长率跟前年比掉了多少？"); !strings.Contains(firstLine(a.Text), "1.9个千分点") {
		t.Errorf("want the fall, 1.9个千分点:\n%s", a.Text)
	}
}

// A count of what is new answers how many more there are; the total
// answers how many there are.
func TestNewCountIsTheChange(t *testing.T) {
	b := botOver(t, map[string]string{
		"成效.txt": "徐州市2024年卫生健康工作成效\n全市新增三级甲等医院1家、三级医院3家，三级医院总数达27家，实现县域全覆盖。\n",
	})
	if a := ask(t, b, nil, "徐州2024年三级医院多出来几家？"); !strings.Contains(firstLine(a.Text), "3家") {
		t.Errorf("want the new ones, 3家:\n%s", a.Text)
	}
	if a := ask(t, b, nil, "徐州2024年三级医院一共有几家？"); !strings.Contains(firstLine(a.Text), "27家") {
		t.Errorf("want the total, 27家:\n%s", a.Text)
	}
}

// The change of the measure asked comes first though its label names the
// measure in other words ("苏州人均寿命" for 人均期望寿命).
func TestChangeOfTheSameIndicatorInOtherWords(t *testing.T) {
	b := botOver(t, map[string]string{
		"新闻.txt": "苏州市卫生健康工作新闻\n“2019年我市人均期望寿命达到83.82岁,已经超过上海。”市卫健委主任介绍,苏州人均寿命比上一年增长0.28岁。\n",
	})
	if a := ask(t, b, nil, "苏州2019年人均寿命比前一年涨了多少？"); !strings.Contains(firstLine(a.Text), "0.28岁") {
		t.Errorf("want the change, 0.28岁:\n%s", a.Text)
	}
}

// "跟2015年比降了百分之几" is answered by the change in percent the text
// gives against that year, though the paragraph reviews a period, not by
// the level reached (made-up plan).
func TestChangeAgainstAYearInPercent(t *testing.T) {
	b := botOver(t, map[string]string{
		"plan.txt": "青禾省“十四五”全民健康规划解读\n“十三五”时期，全省居民健康水平不断提升。2020年全省人均预期寿命达到77.7岁，较2015年的75.6岁提高了2.1岁；婴儿死亡率、孕产妇死亡率分别为3.21‰、9.27/10万，较2015年4.35‰、10.46/10万分别下降26.21%、11.38%。\n",
	})
	a := ask(t, b, nil, "青禾省2020年孕产妇死亡率跟2015年比降了百分之几？")
	if !strings.HasPrefix(firstLine(a.Text), "根据资料") || !strings.Contains(firstLine(a.Text), "11.38%") {
		t.Errorf("want the change in percent first:\n%s", a.Text)
	}
}

// A change written against a year ("比2020年多了743张") answers how much
// more there were, before the level beside it.
func TestComparedAmountAnswersChange(t *testing.T) {
	b := botOver(t, map[string]string{
		"某市2021年卫生资源.txt": "某市2021年卫生资源统计\n卫生机构床位数共计34463张,比2020年多了743张,同比增长2.2%。\n",
	})
	a := ask(t, b, nil, "某市2021年床位比2020年多了几张？")
	if !strings.HasPrefix(a.Text, "根据资料") || !strings.Contains(strings.SplitN(a.Text, "\n", 2)[0], "743张") {
		t.Errorf("want 743张 first: %s", a.Text)
	}
}

// 医院床位 asked in a bulletin giving all institutions' beds and the
// hospitals' part answers with the hospitals' beds (made-up bulletin).
func TestHospitalBedsAreNotAllBeds(t *testing.T) {
	b := botOver(t, map[string]string{
		"某市2024年卫生健康事业发展统计公报.txt": "某市2024年卫生健康事业发展统计公报\n年末全市医疗卫生机构床位3.52万张，比上年增加0.11万张。其中中医医院床位0.62万张，乡镇卫生院床位0.41万张，医院床位2.87万张。\n",
	})
	a := ask(t, b, nil, "某市2024年医院床位有多少张？")
	if first := firstLine(a.Text); !strings.Contains(first, "2.87万张") || strings.Contains(first, "3.52万张") || strings.Contains(first, "0.62万张") {
		t.Errorf("want the hospitals' 2.87万张 first:\n%s", a.Text)
	}
}
