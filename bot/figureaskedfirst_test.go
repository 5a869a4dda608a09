package bot_test

import (
	"strings"
	"testing"
)

// Figures asked in the staff's own words, or beside another figure that
// shares their words, are answered first with the one the report gives for
// what was asked (made-up reports).
func TestFigureAskedFirst(t *testing.T) {
	tests := []struct {
		docs           map[string]string
		question, want string
	}{
		// A class asked by its name alone ("乙类那些传染病") is not answered by the
		// total of all classes, though the total's sentence names the class too.
		{map[string]string{"通报.txt": "某省2025年2月法定传染病疫情概况\n2025年2月,全省共报告法定传染病23种59028例,其中乙类、丙类传染病分别报告16种、7种。\n" +
			"28种乙类传染病中,白喉等12种传染病无发病、死亡报告,其余16种传染病共报告发病14434例,报告死亡22人。\n"},
			"某省2025年2月乙类那些传染病得病的有多少例？", "14434例"},
		// A disease asked by its short name ("流感") is found under its full name
		// in a bulletin ("流行性感冒112例").
		{map[string]string{"通报.txt": "某市2026年1月份法定传染病疫情通报\n2026年1月,全市共报告法定传染病214例。其中,丙类传染病报告2种,报告发病114例。报告发病数居前三位的病种为:流行性感冒112例、肺结核37例、病毒性肝炎31例。\n"},
			"某市2026年1月份流感报了多少例？", "112例"},
		// Smoking asked in everyday words ("抽烟的占多大比例") is the reports'
		// 吸烟率.
		{map[string]string{"成效.txt": "某市卫生健康工作成效\n2023年全市城乡居民健康素养水平28.02%,较2022年提升3.3个百分点;全市15岁以上人群吸烟率19.03%,较2022年降低1.23%。\n"},
			"某市2023年15岁往上的人里抽烟的占多大比例？", "19.03%"},
		// Town and country people in everyday words ("城里人", "乡下人") are the
		// reports' 城市居民 and 农村居民, not all residents.
		{map[string]string{"素养.txt": "某省2024年居民健康素养监测结果\n2024年某省居民健康素养水平达到32.21%,比2023年提高1.94个百分点。其中,城市居民健康素养水平为38.10%,农村居民健康素养水平为27.26%。\n"},
			"某省2024年城里人懂健康知识的比例有多高？", "38.10%"},
		// Town and country people in everyday words ("城里人", "乡下人") are the
		// reports' 城市居民 and 农村居民, not all residents.
		{map[string]string{"素养.txt": "某省2024年居民健康素养监测结果\n2024年某省居民健康素养水平达到32.21%,比2023年提高1.94个百分点。其中,城市居民健康素养水平为38.10%,农村居民健康素养水平为27.26%。\n"},
			"某省2024年乡下人懂健康知识的比例有多高？", "27.26%"},
		// Patients who "住完院出来" are the discharges, though the question names
		// the hospital they left.
		{map[string]string{"概况.txt": "某市2023年卫生健康工作概况\n2023年末全市共有医疗机构6432所,其中:医院480所。全年医疗机构诊疗总次数为26579.73万人次。出院人数564.22万人次,同比上升47.25%。\n"},
			"某市2023年从医院住完院出来的病人有多少？", "564.22万人次"},
		// "本地名医" is the place's own 名医, and 培养 the reports' 培育: a plan's
		// target found in the words the report uses.
		{map[string]string{"谋划.txt": "封丘县卫健委召开工作谋划会议\n县卫健委召开2023年度工作总结暨2024年工作谋划会议,委机关各股室160余人参加。\n2024年,卫健系统谋定实施六大工程:一是项目工程。加快7个乡镇卫生院建设。二是医疗高地建设工程。组建县级医疗卫生专业团队,培育封丘名医60名。\n"},
			"封丘今年计划培养多少个本地名医？", "60名"},
		// What a sentence says of a value after it ("3728万元全部执行到位") tells
		// which of two amounts a question asks ("一共执行到位多少").
		{map[string]string{"绩效.txt": "某县2023年基本公共卫生服务项目绩效自评报告\n我县及时将12类基本公共卫生服务项目预拨资金3608万元分配到各项目实施机构,年终考核后将剩余的清算资金120万元分配到位,2023年度12类基本公共卫生服务资金3728万元全部执行到位。\n"},
			"某县2023年基本公卫那12类项目的钱，全年最后一共执行到位多少？", "3728万元"},
		// Infections "通过性途径" are the reports' 性传播, the share of the kind the
		// cases are mostly of ("传播途径以性传播为主,占97.73%").
		{map[string]string{"艾滋病.txt": "龙陵县2020年HIV/AIDS流行病学分析\n结果2020年新报告龙陵县现住址HIV/AIDS 88例;年龄以25-49 岁青壮年为主,占72.73%;传播途径以性传播为主,占97.73%;样本来源以医疗机构检测为主,占75.00%。\n"},
			"龙陵2020年新发现的艾滋病感染者里，通过性途径传上的占多少？", "97.73%"},
		// A figure asked from inside a named list ("民生工程里，…多少个户厕") is one
		// of its items, not the list's own count ("民生工程25项").
		{map[string]string{"民生.txt": "唐山市2024年民生工程实施方案\n(一)省达19项民生工程\n1.农村改厕。改造户厕22580座。\n2.棚改安置。建成棚改安置房15593套。\n(二)市定25项民生工程\n"},
			"唐山今年民生工程里，农村改厕所要改多少个户厕？", "22580座"},
	}
	for _, tt := range tests {
		if a := ask(t, botOver(t, tt.docs), nil, tt.question); !strings.Contains(firstLine(a.Text), tt.want) {
			t.Errorf("%s: want %s first:\n%s", tt.question, tt.want, a.Text)
		}
	}
}
