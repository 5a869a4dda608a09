package figures

import "testing"

// Cases seen in real reports of other bureaus (issue 10): several figures in
// one sentence, each with its own label and year; subjects kept; list
// numbers never part of a label.
func TestExtractRealDocuments(t *testing.T) {
	cases := []struct {
		sentence string
		want     []want
	}{
		{"高校毕业生留皖率从67.6%提高到70%", []want{
			{label: "高校毕业生留皖率", raw: "67.6", value: 67.6, unit: "%", base: true},
			{label: "高校毕业生留皖率", raw: "70", value: 70, unit: "%"},
		}},
		{"人均预期寿命由2020年的77.0岁提高到78.3岁", []want{
			{label: "人均预期寿命", raw: "77.0", value: 77.0, unit: "岁", year: 2020, base: true},
			{label: "人均预期寿命", raw: "78.3", value: 78.3, unit: "岁", year: 0},
		}},
		{"每千人床位数、执业（助理）医师数增至7.83张、3.57个，人均预期寿命达到78.9岁。", []want{
			{label: "每千人床位数", raw: "7.83", value: 7.83, unit: "张"},
			{label: "每千人执业医师数", raw: "3.57", value: 3.57, unit: "个"},
			{label: "人均预期寿命", raw: "78.9", value: 78.9, unit: "岁", qual: "达到"},
		}},
		{"孕产妇死亡率和婴儿死亡率分别为8.5/10万、3.2‰", []want{
			{label: "孕产妇死亡率", raw: "8.5", value: 8.5, unit: "/10万"},
			{label: "婴儿死亡率", raw: "3.2", value: 3.2, unit: "‰"},
		}},
		{"全县乡镇卫生院床位达到1200张", []want{{label: "乡镇卫生院床位", raw: "1200", value: 1200, unit: "张", qual: "达到"}}},
		{"1.高血压患者规范管理率达到65.2%", []want{{label: "高血压患者规范管理率", raw: "65.2", value: 65.2, unit: "%", qual: "达到"}}},
		{"到2030年，人均预期寿命力争达到80岁", []want{{label: "人均预期寿命", raw: "80", value: 80, unit: "岁", year: 2030, qual: "达到", target: true}}},
		{"全年累计主动公开政府信息 165 条", []want{{label: "主动公开政府信息", raw: "165", value: 165, unit: "条"}}},
		{"2025 年完成改造", nil},
		{"全年为2.3万名65岁以上老年人提供健康管理服务", []want{{label: "提供健康管理服务的65岁以上老年人", raw: "2.3", value: 2.3, unit: "万名"}}},
		{"个人卫生支出占27.5%", []want{{label: "个人卫生支出", raw: "27.5", value: 27.5, unit: "%"}}},
		{"城镇和农村居民人均可支配收入分别增长4.4%、5.6%", []want{
			{label: "城镇居民人均可支配收入", raw: "4.4", value: 4.4, unit: "%", qual: "增长"},
			{label: "农村居民人均可支配收入", raw: "5.6", value: 5.6, unit: "%", qual: "增长"},
		}},
		{"学前教育毛入园率、高中阶段和高等教育毛入学率分别达到93.5%、95%、62%", []want{
			{label: "学前教育毛入园率", raw: "93.5", value: 93.5, unit: "%", qual: "达到"},
			{label: "高中阶段毛入学率", raw: "95", value: 95, unit: "%"},
			{label: "高等教育毛入学率", raw: "62", value: 62, unit: "%"},
		}},
		{"西凤酒等5个品牌入选首批中国消费名品", []want{{label: "~品牌入选", raw: "5", value: 5, unit: "个"}}},
		{"全省推进60项重点事项", []want{{label: "推进重点事项", raw: "60", value: 60, unit: "项"}}},
		{"新增可再生能源装机1004万千瓦，新增供水能力9.5亿立方米", []want{
			{label: "新增可再生能源装机", raw: "1004", value: 1004, unit: "万千瓦"},
			{label: "新增供水能力", raw: "9.5", value: 9.5, unit: "亿立方米"},
		}},
		{"农产品加工产值与农业总产值之比从1.68∶1提升至2.5∶1", nil},
		{"新增本科高校3所、博士硕士学位授予单位7个", []want{
			{label: "新增本科高校", raw: "3", value: 3, unit: "所"},
			{label: "新增博士硕士学位授予单位", raw: "7", value: 7, unit: "个"},
		}},
		{"概念验证中心、中试基地分别达到69家、107家", []want{
			{label: "概念验证中心", raw: "69", value: 69, unit: "家", qual: "达到"},
			{label: "中试基地", raw: "107", value: 107, unit: "家"},
		}},
		{"每10万人刑事案件数下降36.9%", []want{{label: "每10万人刑事案件数", raw: "36.9", value: 36.9, unit: "%", qual: "下降"}}},
		{"力争人均预期寿命接近全国平均水平，人均受教育年限达到11.7年。", []want{{label: "人均受教育年限", raw: "11.7", value: 11.7, unit: "年", qual: "达到", target: true}}},
		{"2025.5年", nil},
		// PDF text and web copies put spaces around numbers and blanks.
		{"受益住院患者 xxxx 人,共为患者垫付资金 xxxx 余万元。", []want{
			{label: "受益住院患者", unit: "人", missing: true},
			{label: "患者垫付资金", unit: "万元", qual: "余", missing: true},
		}},
		{"门诊量达到 3.5 万人次,增长 5.2 %。", []want{
			{label: "门诊量", raw: "3.5", value: 3.5, unit: "万人次", qual: "达到"},
			{label: "门诊量", raw: "5.2", value: 5.2, unit: "%", qual: "增长"},
		}},
		{"预计 x 月底前主体完工, xx 年完成。", nil},
		{"项目一期总投资 x.x 亿元", []want{{label: "项目一期总投资", unit: "亿元", missing: true}}},
		{"65岁以上老年人健康管理率72%", []want{{label: "~健康管理率", raw: "72", value: 72, unit: "%"}}},
		// 重点 in a noun ("重点专科") does not end the object counted.
		{"新增5个国家临床重点专科。", []want{{label: "新增国家临床重点专科", raw: "5", value: 5, unit: "个"}}},
		// What the clause says of the object counted defines the set; the
		// object is the subject of a verb with a number after it.
		{"在16家医疗机构设置“免陪护”病房。", []want{{label: "医疗机构设置“免陪护”病房", raw: "16", value: 16, unit: "家"}}},
		{"90%的县医院达到三级医院服务能力水平。", []want{{label: "县医院达到三级医院服务能力水平", raw: "90", value: 90, unit: "%"}}},
		// What 以 brings the number in is named after 的, not who has it.
		{"某县人民医院以96.5%的门诊满意率位列全市第一。", []want{{label: "门诊满意率", raw: "96.5", value: 96.5, unit: "%"}}},
		{"某县人民医院以96.3%的年度综合满意度位列全市第一。", []want{{label: "年度综合满意度", raw: "96.3", value: 96.3, unit: "%"}}},
		{"810个省重点项目完成投资10428.6亿元。", []want{
			{label: "省重点项目", raw: "810", value: 810, unit: "个"},
			{label: "省重点项目完成投资", raw: "10428.6", value: 10428.6, unit: "亿元"},
		}},
		// A receiver of the verb is not its subject.
		{"并将该通知向全区500家供水单位发放。", []want{{label: "供水单位", raw: "500", value: 500, unit: "家"}}},
		{"全年为2.3万名65岁以上老年人提供健康管理服务。", []want{{label: "提供健康管理服务的65岁以上老年人", raw: "2.3", value: 2.3, unit: "万名"}}},
		// 平均/年均 qualify the number; a manner alone is no label.
		{"城镇调查失业率平均为5.2%。", []want{{label: "城镇调查失业率", raw: "5.2", value: 5.2, unit: "%", qual: "平均"}}},
		{"新能源电池合计产值年均增长30.4%。", []want{{label: "新能源电池合计产值", raw: "30.4", value: 30.4, unit: "%", qual: "年均 增长"}}},
		{"免费为36万适龄女生接种HPV疫苗。", []want{{label: "接种HPV疫苗的适龄女生", raw: "36", value: 36, unit: "万人"}}},
		{"为2200名学生开展近视筛查,为1.5万名 3-6岁儿童开展氟化泡沫预防龋齿。", []want{
			{label: "开展近视筛查的学生", raw: "2200", value: 2200, unit: "名"},
			{label: "开展氟化泡沫预防龋齿的3-6岁儿童", raw: "1.5", value: 1.5, unit: "万名"},
		}},
		{"据介绍,中国人均预期寿命在2015年至2020年,从76.34岁提高至77.93岁。", []want{
			{label: "中国人均预期寿命", raw: "76.34", value: 76.34, unit: "岁", year: 2020, base: true}, // the corpus dates it by the span (changespan_test)
			{label: "中国人均预期寿命", raw: "77.93", value: 77.93, unit: "岁", year: 2020},
		}},
		{"2020年,千人口床位数达到6.2张,千人口注册护士达到3.54人,分别较“十二五”末增长28.9%、45.7%。", []want{
			{label: "千人口床位数", raw: "6.2", value: 6.2, unit: "张", qual: "达到", year: 2020},
			{label: "千人口注册护士", raw: "3.54", value: 3.54, unit: "人", qual: "达到", year: 2020},
			{label: "千人口床位数", raw: "28.9", value: 28.9, unit: "%", qual: "较“十二五”末增长", year: 2020},
			{label: "千人口注册护士", raw: "45.7", value: 45.7, unit: "%", qual: "较“十二五”末增长", year: 2020},
		}},
		{"推进落实31个场景38项任务,推动工作重心向基层延伸。", []want{
			{label: "落实场景", raw: "31", value: 31, unit: "个"},
			{label: "落实任务", raw: "38", value: 38, unit: "项"},
		}},
		{"有卫生技术人员3121人,有效期内证照12个。", []want{{label: "卫生技术人员", raw: "3121", value: 3121, unit: "人"}, {label: "有效期内证照", raw: "12", value: 12, unit: "个"}}},
		{"截止5月底,共为2720对夫妇实施的免费婚检。", []want{{label: "夫妇", raw: "2720", value: 2720, unit: "对"}}},
		{"在全国率先完成年度育儿补贴发放，惠及17万婴幼儿。", []want{{label: "育儿补贴发放惠及婴幼儿", raw: "17", value: 17, unit: "万人"}}},
		// Counts of objects joined by 和 each count their own object, whatever
		// verb its name opens with; the verb before the first is its label's.
		{"实施新一轮“攀登计划”,确定39个创建领域和69个创建团队。", []want{
			{label: "确定创建领域", raw: "39", value: 39, unit: "个"},
			{label: "创建团队", raw: "69", value: 69, unit: "个"},
		}},
		// People a service reached are named by the service, without how
		// often it is given (no figure of its own) or the manner of giving.
		{"为约22万名老年人提供了1年1次的健康体检和健康指导。", []want{{label: "提供了健康体检和健康指导的老年人", raw: "22", value: 22, unit: "万名", qual: "约"}}},
		{"为全区2600余名适龄女学生免费接种HPV疫苗。", []want{{label: "接种HPV疫苗的适龄女学生", raw: "2600", value: 2600, unit: "名", qual: "余"}}},
		// The year of a goal reached, named after whose goal it is, dates no
		// figure after it.
		{"2022年,南宁市已有9项健康指标提前达到健康广西行动2030年目标任务,全市居民健康素养水平达28.5%。", []want{
			{label: "健康指标提前", raw: "9", value: 9, unit: "项", year: 2022},
			{label: "居民健康素养水平", raw: "28.5", value: 28.5, unit: "%", qual: "达", year: 2022},
		}},
		// ...unless the goal's value is given after it.
		{"2022年,番禺区居民健康素养水平达到40.5%,提前8年实现了健康广州行动2030年的目标值(37%)。", []want{
			{label: "番禺区居民健康素养水平", raw: "40.5", value: 40.5, unit: "%", qual: "达到", year: 2022},
			{label: "番禺区居民健康素养水平", raw: "37", value: 37, unit: "%", year: 2030, target: true},
		}},
		// Square brackets set an aside off like round ones.
		{"今年安排第三批18名县级医务人员【县人民医院10人、县中医院8人】下沉乡镇。", []want{
			{label: "县级医务人员", raw: "18", value: 18, unit: "名"},
			{label: "县人民医院", raw: "10", value: 10, unit: "人"},
			{label: "县中医院", raw: "8", value: 8, unit: "人"},
		}},
		// What a scope was widened to is counted for what was widened.
		{"电子病历互联互通和检查检验结果互认范围扩展到200家二级以上医院。", []want{{label: "检查检验结果互认二级以上医院", raw: "200", value: 200, unit: "家"}}},
		// Widened from one value to another: the start is the base, the
		// subject labels both, "由原来的" is no part of it.
		{"职业病病种监测由原来的10种扩大到132种。", []want{{label: "职业病病种监测", raw: "10", value: 10, unit: "种", base: true}, {label: "职业病病种监测", raw: "132", value: 132, unit: "种"}}},
		{"检查检验结果互认范围扩大到200家二级以上医院。", []want{{label: "检查检验结果互认二级以上医院", raw: "200", value: 200, unit: "家"}}},
		// The value compared with, after this time's data and a word on
		// the base, has the base's year.
		{"本次数据较2012年首次监测(24.7%)提高近20个百分点。", []want{
			{raw: "24.7", value: 24.7, unit: "%", year: 2012, base: true},
			{raw: "20", value: 20, unit: "个百分点", qual: "较2012年首次监测提高 近"},
		}},
		// Two subjects of one measure joined by 和 share the whole tail,
		// not only the rate's last word.
		{"高血压和糖尿病患者规范管理率分别为65%和70%。", []want{
			{label: "高血压患者规范管理率", raw: "65", value: 65, unit: "%"},
			{label: "糖尿病患者规范管理率", raw: "70", value: 70, unit: "%"},
		}},
		// A count of a plan's bare parts is labelled by the plan.
		{"推进实施出生缺陷防治能力提升计划,通过六方面措施、18项任务,加快构建防治链条。", []want{
			{label: "出生缺陷防治能力提升计划任务", raw: "18", value: 18, unit: "项"},
		}},
		// 普及率 ends a measure: its 及 joins nothing; 和 joins two
		// measures of 农村.
		{"农村集中供水率和自来水普及率分别达到了89%和84%。", []want{
			{label: "农村集中供水率", raw: "89", value: 89, unit: "%", qual: "达到"},
			{label: "农村自来水普及率", raw: "84", value: 84, unit: "%"},
		}},
		// Two institutions joined by 和 share what follows them: the share
		// is of those that provide the service, not of all 社区卫生服务中心.
		{"全国有99.6%的社区卫生服务中心和乡镇卫生院能够提供中医药服务,基层中医药服务的覆盖面持续扩展。", []want{
			{label: "乡镇卫生院提供中医药服务", raw: "99.6", value: 99.6, unit: "%"},
		}},
		// 岁 left out of the bracket before 老年人; a bare verb keeps its
		// manner, and the people counted give the multiplier its counter.
		{"为339.49万65及以上老年人免费体检", []want{
			{label: "免费体检的65及以上老年人", raw: "339.49", value: 339.49, unit: "万人"},
		}},
		{"为70万妇女免费开展两癌筛查。", []want{
			{label: "开展两癌筛查的妇女", raw: "70", value: 70, unit: "万人"},
		}},
		// 县 counts counties when no word goes on from it; "5县市区" and
		// "3县级" name a group and a level.
		{"全省活动累计开展80多场,走进70余县,覆盖了1264个乡镇。", []want{
			{label: "活动累计开展", raw: "80", value: 80, unit: "场", qual: "多"},
			{label: "走进县", raw: "70", value: 70, unit: "县", qual: "余"},
			{label: "覆盖乡镇", raw: "1264", value: 1264, unit: "个"},
		}},
		{"5县市区覆盖人口达到90%以上。", []want{
			{label: "5县市区覆盖人口", raw: "90", value: 90, unit: "%", qual: "达到 以上"},
		}},
		// A change, then the level it reached, not a range; 按年 compares
		// with the year before as 同比 does (Macau).
		{"本澳的住院病床按年增加161张至1,882张。", []want{
			{label: "本澳的住院病床", raw: "161", value: 161, unit: "张", qual: "按年增加"},
			{label: "本澳的住院病床", raw: "1,882", value: 1882, unit: "张"},
		}},
		// A forecast (预计) is no figure reached.
		{"预计全年增长5%至6%。", []want{
			{label: "预计全年", raw: "5%至6", value: 6, unit: "%", qual: "增长", target: true},
		}},
		// A sentence opening with the field its figures are of ("…方
		// 面,"); 亦 (also) is no part of a label.
		{"初级卫生护理场所方面,求诊人次按年增加20.9%至379.0万。", []want{
			{label: "初级卫生护理场所求诊人次", raw: "20.9", value: 20.9, unit: "%", qual: "按年增加"},
			{label: "初级卫生护理场所求诊人次", raw: "379.0", value: 379, unit: "万"},
		}},
		{"此外,急诊服务求诊人次亦增加23.6%至46.1万。另一方面,全县人口增长3%。", []want{
			{label: "急诊服务求诊人次", raw: "23.6", value: 23.6, unit: "%", qual: "增加"},
			{label: "急诊服务求诊人次", raw: "46.1", value: 46.1, unit: "万"},
			{label: "人口", raw: "3", value: 3, unit: "%", qual: "增长"},
		}},
		// A measure before the number its noun after 的 has: the beds of
		// the hospital, not a count of hospitals; the words listed before
		// it are no items counted.
		{"是一所集医疗、教学、科研为一体、实际开放床位近900张的综合性医院。", []want{
			{label: "实际开放床位", raw: "900", value: 900, unit: "张", qual: "近"},
		}},
		// Shares of the elderly population after an age group's counts:
		// of that age group.
		{"65岁以上老年人接种流感疫苗1200万人,接种人数占老年人口的35.5%。", []want{
			{label: "65岁以上老年人接种流感疫苗", raw: "1200", value: 1200, unit: "万人"},
			{label: "65岁以上老年人接种人数占老年人口", raw: "35.5", value: 35.5, unit: "%"},
		}},
		// A short attribute ("年度报销限额") of the programme the clause
		// before sets up; a measure named in full keeps its own name.
		{"建立健全儿童先心病专项救治制度,年度报销限额最高8万元。", []want{
			{label: "儿童先心病专项救治制度年度报销限额", raw: "8", value: 8, unit: "万元", qual: "最高"},
		}},
		{"全面推行分级诊疗制度,县域内就诊率达到90%。", []want{
			{label: "县域内就诊率", raw: "90", value: 90, unit: "%", qual: "达到"},
		}},
		// The times a thing doubled: 翻两番 is a change of two doublings.
		{"每千人口托位数较2020年翻两番,新增医疗卫生机构床位6639张。", []want{
			{label: "每千人口托位数", raw: "两", value: 2, unit: "番", qual: "较2020年翻"},
			{label: "新增医疗卫生机构床位", raw: "6639", value: 6639, unit: "张"},
		}},
		{"门诊量翻了一番,手术量增长50%。", []want{
			{label: "门诊量", raw: "一", value: 1, unit: "番", qual: "翻了"},
			{label: "手术量", raw: "50", value: 50, unit: "%", qual: "增长"},
		}},
		// A number in 亿 then 万 is one number; "A和B分别占C的x和y" gives
		// each its share, of the age group named first.
		{"60岁以上老年人接种覆盖人数达到2亿3402.88万人,覆盖人数和全程接种人数分别占老年人口的88.64%和83.78%。", []want{
			{label: "60岁以上老年人接种覆盖人数", raw: "2亿3402.88", value: 23402.88, unit: "万人", qual: "达到"},
			{label: "60岁以上老年人覆盖人数占老年人口", raw: "88.64", value: 88.64, unit: "%"},
			{label: "60岁以上老年人全程接种人数占老年人口", raw: "83.78", value: 83.78, unit: "%"},
		}},
		// A long label is not cut to the second of two things counted
		// together.
		{"江苏全省现存活艾滋病病毒感染者和病人45177例。", []want{
			{label: "江苏全省现存活艾滋病病毒感染者和病人", raw: "45177", value: 45177, unit: "例"},
		}},
		// The second names a kind of place of its own.
		{"农村卫生厕所普及率和城市生活垃圾无害化处理率分别为90%和99%。", []want{
			{label: "农村卫生厕所普及率", raw: "90", value: 90, unit: "%"},
			{label: "城市生活垃圾无害化处理率", raw: "99", value: 99, unit: "%"},
		}},
		// Within one item of a list: the third item's two measures.
		{"孕产妇死亡率、婴儿死亡率、农村集中供水率和自来水普及率分别为10/10万、5‰、89%和84%。", []want{
			{label: "孕产妇死亡率", raw: "10", value: 10, unit: "/10万"},
			{label: "婴儿死亡率", raw: "5", value: 5, unit: "‰"},
			{label: "农村集中供水率", raw: "89", value: 89, unit: "%"},
			{label: "农村自来水普及率", raw: "84", value: 84, unit: "%"},
		}},
		// A long share keeps its subject and its whole, not the bare 比例.
		{"青海接尘工龄不足5年的职业性尘肺病占年度报告职业病总例数的比例为23.8%。", []want{
			{label: "职业性尘肺病占年度报告职业病总例数的比例", raw: "23.8", value: 23.8, unit: "%"},
		}},
		// A planned change opening its clause with 将从 is of the clause
		// before, without what is said of it before its 的.
		{"13个预期性指标中,较受关注的人口平均预期寿命,将从2015年的76.7岁,提高至2020年的78岁,增长1.3岁。", []want{
			{label: "预期性指标中", raw: "13", value: 13, unit: "个"},
			{label: "人口平均预期寿命", raw: "76.7", value: 76.7, unit: "岁", year: 2015, base: true},
			{label: "人口平均预期寿命", raw: "78", value: 78, unit: "岁", year: 2020},
			{label: "人口平均预期寿命", raw: "1.3", value: 1.3, unit: "岁", qual: "增长"},
		}},
		// A rate said again before the level a change reached ("达到每人
		// 每年55元") leaves it the measure's; "在2017年基础上" is the base
		// the change counts from, not the level's year.
		{"2018年,人均财政补助标准在2017年基础上提高5元,达到每人每年55元。", []want{
			{label: "人均财政补助标准", raw: "5", value: 5, unit: "元", qual: "在2017年基础上提高", year: 2018},
			{label: "人均财政补助标准", raw: "55", value: 55, unit: "元", qual: "达到 每年", year: 2018},
		}},
		// A bare number before the people it counts is a count of them.
		{"惠及8000多群众。", []want{
			{label: "惠及群众", raw: "8000", value: 8000, unit: "人", qual: "多"},
		}},
		{"共有8000村民签订了协议。", []want{
			{label: "村民签订协议", raw: "8000", value: 8000, unit: "人"},
		}},
		// Without a 的 before its subject, a long share stays whole.
		{"居民个人卫生支出占卫生总费用的比重降低到23%以下。", []want{
			{label: "居民个人卫生支出占卫生总费用的比重", raw: "23", value: 23, unit: "%", qual: "以下"},
		}},
		// An adverb between the start of a change and its verb.
		{"全国中医馆数量从2015年的3000余个已增加到约4.2万个。", []want{
			{label: "中医馆数量", raw: "3000", value: 3000, unit: "个", qual: "余", year: 2015, base: true},
			{label: "中医馆数量", raw: "4.2", value: 4.2, unit: "万个", qual: "约"},
		}},
		// An age bracket right before a count names the group counted;
		// the share after it is the group's.
		{"70-79岁67660人,占体检人数百分比为52.27%;80岁以上 20930人,占体检人数百分比为16.17%。", []want{
			{label: "70-79岁", raw: "67660", value: 67660, unit: "人"},
			{label: "70-79岁占体检人数百分比", raw: "52.27", value: 52.27, unit: "%"},
			{label: "80岁以上", raw: "20930", value: 20930, unit: "人"},
			{label: "80岁以上占体检人数百分比", raw: "16.17", value: 16.17, unit: "%"},
		}},
		{"改造城镇老旧小区870个、惠及10万余户。", []want{{label: "改造城镇老旧小区", raw: "870", value: 870, unit: "个"}, {label: "改造城镇老旧小区惠及", raw: "10", value: 10, unit: "万户", qual: "余"}}},
		// Values listed for listed years take them in order.
		{"到2022年和2030年，全国居民健康素养水平分别不低于22%和30%。", []want{
			{label: "居民健康素养水平", raw: "22", value: 22, unit: "%", qual: "不低于", year: 2022, target: true},
			{label: "居民健康素养水平", raw: "30", value: 30, unit: "%", year: 2030, target: true},
		}},
		{"到2025年、2030年，孕产妇死亡率分别下降到12/10万、10/10万。", []want{
			{label: "孕产妇死亡率", raw: "12", value: 12, unit: "/10万", year: 2025, target: true},
			{label: "孕产妇死亡率", raw: "10", value: 10, unit: "/10万", year: 2030, target: true},
		}},
		{"我县“7个中心建设”稳步推进。", []want{{label: "中心", raw: "7", value: 7, unit: "个"}}},
		// A count of people after one of beds is no count of beds.
		{"全市乡镇卫生院共有52个,床位652张,1319人。", []want{
			{label: "乡镇卫生院", raw: "52", value: 52, unit: "个"},
			{label: "乡镇卫生院床位", raw: "652", value: 652, unit: "张"},
			{label: "人数", raw: "1319", value: 1319, unit: "人"},
		}},
		// The names listed before a count are what it counts, not a verb.
		{"在平桥、白鹤、坦头、街头、石梁5家乡镇卫生院建设院前急救站点。", []want{{label: "乡镇卫生院建设院前急救站点", raw: "5", value: 5, unit: "家"}}},
		// Values listed for a range of years take its years in order.
		{"2019年~2021年,全县出生人口分别为9.4千人、8.6千人、7.7千人。", []want{
			{label: "出生人口", raw: "9.4", value: 9.4, unit: "千人", year: 2019},
			{label: "出生人口", raw: "8.6", value: 8.6, unit: "千人", year: 2020},
			{label: "出生人口", raw: "7.7", value: 7.7, unit: "千人", year: 2021},
		}},
	}
	for _, c := range cases {
		checkFigures(t, c.sentence, Extract(c.sentence), c.want)
	}
}
