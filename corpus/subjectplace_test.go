package corpus

import "testing"

// A text that names its place once is still that place's when the place
// is its yearbook's, the subject of its opening sentence or its credited
// local publisher's; a page's
// "官方微信" furniture is no title, a heading that names no genre is none
// either, and a document a text acts on ("根据《…》要求") is not the one
// it is.
func TestPlacesAndTitlesNamedOnce(t *testing.T) {
	tests := []struct {
		name, file, text string
		title, place     string
	}{
		{
			name:  "a county-level city naming its prefecture as a level above",
			file:  "会议.txt",
			text:  "4月3日上午,我市召开2024年卫生健康工作会议,总结2023年工作。\n2023年,全市卫健系统荣获国家级荣誉4项、省级荣誉18项、衡阳市级荣誉31项。\n全市卫生健康工作要深入贯彻国、省、衡阳市及耒阳市决策部署。\n来源:耒阳市融媒体中心\n",
			title: "会议", place: "耒阳市",
		},
		{
			name:  "a yearbook's entry",
			file:  "entry.txt",
			text:  "卫 生 监 督\n2019-01-09 13:00\n浙江年鉴 2018年0期\n【公共场所卫生监督】2017年，全省公共场所9.8万个，依法查处案件506件。\n",
			title: "卫 生 监 督", place: "浙江省",
		},
		{
			name:  "the subject of the opening sentence, under a site's furniture",
			file:  "监督总结.txt",
			text:  "收藏某某官方微信\n官方微博\n手机版\n\n  2017年，青田县卫生监督工作以服务大局为动力，圆满完成各项任务。\n一、多措并举，提升执法能力\n今年共抽取71家任务。\n",
			title: "2017年青田县监督总结", place: "青田县",
		},
		{
			name:  "a prefecture that names only its county",
			file:  "州卫生局.txt",
			text:  "卫生局2010年上半年工作总结\n2010年上半年，州卫生局在州委的领导下，在云南省卫生厅的支持下，全州卫生工作取得较大发展。\n一、召开全州卫生工作会议\n2010年4月13日，州人民政府在香格里拉县召开了全州卫生工作会议。\n",
			title: "卫生局2010年上半年工作总结", place: "迪庆藏族自治州",
		},
		{
			name:  "a city named by its short form, a link to another city's county below",
			file:  "会议.txt",
			text:  "全市卫生计生工作会议召开\n2月28日，全市卫生计生暨医改工作会议召开。全市人均期望寿命提高到74.95岁。\n会议要求稳步推进“健康宜宾”建设。副市长出席会议。(来源:宜宾日报 记者 某某)\n望城区黄都港社区探索区域化党建\n",
			title: "全市卫生计生工作会议召开", place: "宜宾市",
		},
		{
			name:  "a document acted on is not the title",
			file:  "绩效总结.txt",
			text:  "根据市政府办公厅《关于做好2023年度绩效考评工作的通知》要求，我们梳理了年度任务完成情况。\n一、总体情况\n46项绩效任务全部完成。\n",
			title: "绩效总结",
		},
		{
			name:  "a column label before the title, a source line, a site's Latin name",
			file:  "page.txt",
			text:  "Healthnews\n今天是2026年3月17日 星期二\n健康网 health.com.cn\n一图读懂 | “十五五”规划纲要卫生健康工作任务\n2026-03-17 08:51 来源:健康报\n3月12日，规划纲要表决通过。\n",
			title: "“十五五”规划纲要卫生健康工作任务",
		},
		{
			name:  "a news title opening with a national body",
			file:  "news.txt",
			text:  "卫生部:06年产妇住院分娩率增加2.5个百分点\n来源:中国新闻网\n卫生部近日公布2006年妇幼卫生保健情况，住院分娩率88.4%。\n",
			title: "卫生部:06年产妇住院分娩率增加2.5个百分点", place: NationalPlace,
		},
		{
			name:  "a local media centre credited below the article",
			file:  "会议.txt",
			text:  "4月8日，我县召开2021年卫生健康工作会议。\n会议传达了2021年省、市卫生健康工作会议精神，回顾总结2020年卫生健康工作，安排部署2021年重点工作。要加强疾病预防控制工作，落实艾滋病、结核病等重大传染病防控措施，统筹推进全人群新冠疫苗接种，加强卫生人才队伍建设。\n副县长出席会议。\n来源:分宜县融媒体中心 记者 某某\n编辑:某某\n",
			title: "会议", place: "分宜县",
		},
		{
			name:  "a city paper's report on its province's work, speaking of 我省 and 全省",
			file:  "news.txt",
			text:  "今年再建基层中医馆\n来源:西安日报\n3月7日,记者从全省中医药工作会上获悉,今年将安排一批基层中医馆建设项目。\n截至2017年12月,我省中医类医院诊疗量为1360.6万人次,占全省医院总诊疗量的15.88%。\n",
			title: "今年再建基层中医馆", place: "陕西省",
		},
		{
			name:  "universities named after places are no place of the text",
			file:  "news.txt",
			text:  "免费培养订单定向医学生\n本报讯 日前,省卫计委公布我省2017年订单定向培养农村卫生人才的招生计划。今年我市订单定向医学生计划招生46名,广州中医药大学、韶关学院为我市定点院校。\n今年我市将广州中医药大学和韶关学院两所大学作为定点院校招生。\n",
			title: "免费培养订单定向医学生", place: "",
		},
		{
			name:  "a city's paper listing its counties by their short names",
			file:  "news.txt",
			text:  "免费培养订单定向医学生\n本报讯 今年我市订单定向医学生计划招生46名,其中源城计划招生6人、东源7人、和平7人、龙川11人、紫金7人、连平8人。\n",
			title: "免费培养订单定向医学生", place: "河源市",
		},
		{
			name:  "a county speaking of 全县 under its province's name used as a rating",
			file:  "公报.txt",
			text:  "十、文化、旅游和卫生健康\n文化:2021年末全县有公共图书馆1个，文化馆1个。\n旅游:2021年，浦北县有国家AAAA级旅游景区3家，广西五星级乡村旅游区6家，广西四星级乡村旅游区0家。\n卫生:2021年末全县共有医疗卫生机构972个。\n",
			title: "2021年浦北县公报", place: "浦北县",
		},
		{
			name:  "a county named once by its full name in a text saying 我县 and 全县",
			file:  "规划.txt",
			text:  "为了加快我县卫生改革与发展的步伐，现结合我县实际，特制定磐安县卫生事业发展规划。\n一、回顾\n全县共有医疗卫生机构149家，全县卫生技术人员增加。\n",
			title: "规划", place: "磐安县",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Parse(tt.file, tt.text, Meta{}, Options{}).Reports[0]
			if r.Title != tt.title || r.Place != tt.place {
				t.Errorf("title %q place %q; want %q %q", r.Title, r.Place, tt.title, tt.place)
			}
		})
	}
}

// A report that names its place only in its campaign ("健康喀左"), by the
// contracted name, is that place's.
func TestCampaignNamesThePlace(t *testing.T) {
	text := "根据《中华人民共和国政府信息公开条例》规定编制本报告。\n一、总体情况\n" +
		"2025年度,我局及时将有关事项在县人民政府网站主动公开。同时通过“健康喀左”微信公众号发布136条信息。\n"
	r := Parse("年报.txt", text, Meta{}, Options{}).Reports[0]
	if r.Place != "喀喇沁左翼蒙古族自治县" {
		t.Errorf("place %q", r.Place)
	}
}
