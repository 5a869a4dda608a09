package bot_test

import (
	"strings"
	"testing"
)

// A unit's budget statement, asked in lay words: the staff "吃财政饭" are
// its 在编 (在编人员 without its count head); the share "自己挣的" is of
// 事业收入, not a count of the 社区卫生服务中心 the question names.
func TestUnitBudgetInLayWords(t *testing.T) {
	b := botOver(t, map[string]string{
		"某区通惠社区卫生服务中心2023年决算.txt": "重庆市綦江区通惠街道社区卫生服务中心2023年度决算情况说明\n一、单位基本情况\n" +
			"年末在岗职工111人,其中在编75人,编外长聘人员34人。\n二、收入情况\n" +
			"2023年度收入合计2477.55万元。其中:财政拨款收入884.65万元,占35.7%;事业收入1592.9万元,占64.3%。\n",
	})
	for q, want := range map[string]string{
		"綦江通惠社区卫生服务中心2023年吃财政饭、有正式编制的有几个人？":       "75人",
		"綦江通惠社区卫生服务中心2023年的进账里，靠自己看病做业务挣的占了多大比例？": "64.3%",
	} {
		a := ask(t, b, nil, q)
		if !strings.HasPrefix(a.Text, "根据资料") || !strings.Contains(strings.SplitN(a.Text, "\n", 2)[0], want) {
			t.Errorf("%s: want %s first: %s", q, want, a.Text)
		}
	}
}

// A budget's total under its heading ("（一）收入预算" over "…年初预算数
// 1211.02万元") answers what the total is, before the change of the
// budget beside it; asked the change, the change under that heading
// answers.
func TestBudgetTotalUnderItsHeading(t *testing.T) {
	b := botOver(t, map[string]string{
		"某镇卫生院2025年预算.txt": "重庆市万州区太龙镇中心卫生院2025年部门预算情况说明\n一、单位基本情况\n本单位为公益一类事业单位。\n二、部门收支总体情况\n" +
			"(一)收入预算:2025年年初预算数1211.02万元,其中:一般公共预算拨款224.10万元,事业收入986.92万元。收入较2024年增加124.29万元,主要是事业收入增加。\n" +
			"(二)支出预算:2025年年初预算数1211.02万元,其中:卫生健康支出预算1039.39万元。\n",
	})
	for q, want := range map[string]string{
		"万州太龙镇中心卫生院2025年打算的总收入盘子是多少钱？":  "1211.02万元",
		"万州太龙镇中心卫生院2025年的收入预算跟去年比多了多少？": "124.29万元",
	} {
		a := ask(t, b, nil, q)
		if !strings.HasPrefix(a.Text, "根据资料") || !strings.Contains(strings.SplitN(a.Text, "\n", 2)[0], want) {
			t.Errorf("%s: want %s first: %s", q, want, a.Text)
		}
	}
}

// A unit named by its short name ("疾控中心") is the one its report's title
// names in full (疾病预防控制中心); a count whose label ends in the noun
// the question ends in answers ("单位编制55人" for "核定的编制是多少个人").
func TestUnitByShortNameAndTopicHead(t *testing.T) {
	b := botOver(t, map[string]string{
		"昌都市疾控中心2026年预算.txt": "昌都市疾病预防控制中心2026年度部门预算\n\n20260212\n\n一、单位基本情况\n单位编制55人,周转编制11个,现有在职职工62人。\n",
	})
	for q, want := range map[string]string{
		"昌都市疾控中心2026年核定的编制是多少个人？": "55人",
		"昌都市疾控中心2026年实际在岗的职工有多少？": "62人",
	} {
		a := ask(t, b, nil, q)
		if !strings.HasPrefix(a.Text, "根据资料") || !strings.Contains(strings.SplitN(a.Text, "\n", 2)[0], want) {
			t.Errorf("%s: want %s first: %s", q, want, a.Text)
		}
	}
}

// An ethnic township's institution asked without its people's name
// ("同乐乡卫生院") is the one its report's title names ("同乐苗族乡卫生院").
func TestEthnicTownshipInstitution(t *testing.T) {
	b := botOver(t, map[string]string{
		"三江同乐乡卫生院2025年预算.txt": "三江侗族自治县同乐苗族乡卫生院\n2025年单位预算情况说明\n一、收支预算\n我单位2025年预算总收入1135.8万元,比上年增加64.23万元。\n",
	})
	a := ask(t, b, nil, "三江同乐乡卫生院2025年打算收进来多少钱，预算是多少？")
	if !strings.HasPrefix(a.Text, "根据资料") || !strings.Contains(strings.SplitN(a.Text, "\n", 2)[0], "1135.8万元") {
		t.Errorf("want 1135.8万元 first: %s", a.Text)
	}
}

// A figure of the one institution asked, named in its sentence ("霍城镇卫
// 生院…开设病床25张"), is of its kind's indicator (乡镇卫生院床位数), though
// the report's title names only the county.
func TestInstitutionNamedInSentence(t *testing.T) {
	b := botOver(t, map[string]string{
		"山丹县2024年决算.txt": "2024年山丹县部门决算公开情况说明\n一、部门基本情况\n山丹县霍城镇卫生院是一所集医疗、预防、保健为一体的一级甲等卫生院,卫生院现有专业技术人员16人,开设病床25张。\n",
	})
	a := ask(t, b, nil, "山丹县霍城镇卫生院2024年有几张病床？")
	if !strings.HasPrefix(a.Text, "根据资料") || !strings.Contains(strings.SplitN(a.Text, "\n", 2)[0], "25张") {
		t.Errorf("want 25张 first: %s", a.Text)
	}
}

// A township institution the question names ("白泉卫生院", "增福镇卫生院")
// is whose figure is asked, not what: another report's count of township
// health centres ("三合等3家乡镇卫生院") shares its words but answers
// nothing of its 收支 ("收支总盘子": the 收、支总计 of its 决算).
func TestTownInstitutionIsWhoseFigure(t *testing.T) {
	b := botOver(t, map[string]string{
		"白泉卫生院2023年决算.txt": "广水市白泉卫生院2023年度部门决算公开说明\n一、收入支出决算总体情况说明\n" +
			"2023年度收、支总计均为4680.58万元。与2022年度相比,收、支总计各减少2415.45万元,下降34%,主要原因是事业收入减少。\n",
		"广水市卫健局2023年工作总结.txt": "广水市卫生健康局2023年工作总结\n一、基层能力\n马坪、白泉、三合等3家乡镇卫生院达到“优质服务基层行”推荐标准。\n",
	})
	for q, want := range map[string]string{
		"广水白泉卫生院2023年收支比上年少了多少？":     "2415.45万元",
		"广水白泉卫生院2023年收支总盘子比上年少了多少钱？": "2415.45万元",
	} {
		a := ask(t, b, nil, q)
		if !strings.HasPrefix(a.Text, "根据资料") || !strings.Contains(strings.SplitN(a.Text, "\n", 2)[0], want) {
			t.Errorf("%s: want %s first: %s", q, want, a.Text)
		}
	}
}
