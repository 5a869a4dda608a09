package places

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestLookup(t *testing.T) {
	tests := []struct {
		name                         string
		want, province, parent, code string
		level                        Level
	}{
		{"四川省", "四川省", "", "", "510000", Province},
		{"四川", "四川省", "", "", "510000", Province},
		{"宁夏", "宁夏回族自治区", "", "", "640000", Province},
		{"广西", "广西壮族自治区", "", "", "450000", Province},
		{"内蒙古", "内蒙古自治区", "", "", "150000", Province},
		{"新疆", "新疆维吾尔自治区", "", "", "650000", Province},
		{"西藏", "西藏自治区", "", "", "540000", Province},
		{"香港", "香港特别行政区", "", "", "810000", Province},
		{"重庆", "重庆市", "", "", "500000", Province},
		{"成都", "成都市", "四川省", "四川省", "510100", City},
		{"成都市", "成都市", "四川省", "四川省", "510100", City},
		{"凉山", "凉山彝族自治州", "四川省", "四川省", "513400", City},
		{"凉山州", "凉山彝族自治州", "四川省", "四川省", "513400", City},
		{"庆阳", "庆阳市", "甘肃省", "甘肃省", "621000", City},
		{"南陵", "南陵县", "安徽省", "芜湖市", "340223", County},
		{"南陵县", "南陵县", "安徽省", "芜湖市", "340223", County},
		{"云阳", "云阳县", "重庆市", "重庆市", "500235", County},
		{"石柱县", "石柱土家族自治县", "重庆市", "重庆市", "500240", County},
		{"嵩明县", "嵩明县", "云南省", "昆明市", "530127", County},
		{"句容市", "句容市", "江苏省", "镇江市", "321183", County},
		{"仙桃市", "仙桃市", "湖北省", "湖北省", "429004", County},
		{"西城区", "西城区", "北京市", "北京市", "110102", County},
		{"浦东", "浦东新区", "上海市", "上海市", "310115", County},
		{"吉林", "吉林省", "", "", "220000", Province},   // the province over the city
		{"朝阳", "朝阳市", "辽宁省", "辽宁省", "211300", City}, // the city over the districts
		{"安徽省南陵县", "南陵县", "安徽省", "芜湖市", "340223", County},
		{"重庆云阳", "云阳县", "重庆市", "重庆市", "500235", County},
		{"北京市朝阳区", "朝阳区", "北京市", "北京市", "110105", County},
		// Divisions since abolished or renamed, named by older reports.
		{"莱芜市", "莱芜市", "山东省", "山东省", "371200", City},
		{"莱城区", "莱城区", "山东省", "莱芜市", "371202", County},
		{"崇文区", "崇文区", "北京市", "北京市", "110103", County},
		{"密云县", "密云区", "北京市", "北京市", "110118", County},
		{"柳江县", "柳江区", "广西壮族自治区", "柳州市", "450206", County}, // short form and the old suffix
		{"吕梁地区", "吕梁市", "山西省", "山西省", "141100", City},
		{"莱芜", "莱芜区", "山东省", "济南市", "370116", County}, // the short form is the current district's
	}
	for _, tt := range tests {
		p, ok := Lookup(tt.name)
		if !ok || p.Name != tt.want || p.Province != tt.province || p.Parent != tt.parent || p.Code != tt.code || p.Level != tt.level {
			t.Errorf("Lookup(%q) = %+v, %v; want %s (%s, %s, %s, %v)", tt.name, p, ok, tt.want, tt.province, tt.parent, tt.code, tt.level)
		}
		if got := Canonical(tt.name); got != tt.want {
			t.Errorf("Canonical(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
	for _, name := range []string{"鼓楼区", "朝阳区", "市中区", "", "卫生健康委", "全市", "我县", "南陵卫健委", "忠"} {
		if p, ok := Lookup(name); ok {
			t.Errorf("Lookup(%q) = %+v, want none", name, p)
		}
		if got := Canonical(name); got != "" {
			t.Errorf("Canonical(%q) = %q, want \"\"", name, got)
		}
	}
}

func TestByAbbreviation(t *testing.T) {
	for abbr, want := range map[string]string{"川": "四川省", "赣": "江西省", "渝": "重庆市", "宁": "宁夏回族自治区"} {
		if p, ok := ByAbbreviation(abbr); !ok || p.Name != want {
			t.Errorf("ByAbbreviation(%q) = %+v, %v; want %s", abbr, p, ok, want)
		}
	}
	if _, ok := ByAbbreviation("卫"); ok {
		t.Error("ByAbbreviation(卫) found a province")
	}
}

func names(ms []Mention, text string) []string {
	var out []string
	for _, m := range ms {
		s := text[m.Start:m.End] + "=" + m.Place.Name
		if m.Place.Level != Province && m.Place.Province == "" {
			s += "?"
		}
		out = append(out, s)
	}
	return out
}

func TestFind(t *testing.T) {
	tests := []struct {
		text string
		want []string // surface=full name; "?" when the province is unresolved
	}{
		{"2026年四川省人民政府工作报告", []string{"四川省=四川省"}},
		{"成都、绵阳两地联合开展义诊。", []string{"成都=成都市", "绵阳=绵阳市"}}, // listed beside a sibling
		{"绵阳开展义诊。", nil}, // no big city, and the text is not about Sichuan
		{"四川省成都市双流区卫生健康局", []string{"四川省=四川省", "成都市=成都市", "双流区=双流区"}},
		{"重庆云阳：基层医疗机构全覆盖", []string{"重庆=重庆市", "云阳=云阳县"}},
		{"南陵卫健委召开会议，庆阳市卫健委派员参加", []string{"南陵=南陵县", "庆阳市=庆阳市"}},
		{"南昌卫健委回复网民留言216条", []string{"南昌=南昌市"}}, // not the city's namesake 南昌县
		{"南昌县卫健委召开会议", []string{"南昌县=南昌县"}},
		{"凉山州新建卫生院12所，石柱县签约率达到60%", []string{"凉山州=凉山彝族自治州", "石柱县=石柱土家族自治县"}},
		{"安徽省马鞍山市和县人民医院", []string{"安徽省=安徽省", "马鞍山市=马鞍山市", "和县=和县"}},
		{"和县人民医院门诊量增长", []string{"和县=和县"}},
		// Ordinary words that hold a short form or a one-character name.
		{"全市建成健康县城3个，推进健康县区建设", nil},
		{"市和县两级财政投入", nil},
		{"经费县级统筹，贡献县域经济", nil},
		{"建设幸福建设示范点，长江西岸生态修复", nil},
		{"城北区域新建社区卫生服务中心，东方市场开展食品抽检", nil},
		{"老城区改造和新城区建设同步推进，城区医院扩容", nil},
		{"全县人均预期寿命达到78岁，安康工程惠及群众", nil},
		{"长治久安，推进平安建设", nil},
		{"关键在于都要落实到位", nil},                                              // 于都 as two words
		{"北京专家派到于都，支援中山的医生也已出发", []string{"北京=北京市", "于都=于都县", "中山=中山市"}}, // where someone is sent is a place
		{"超大城市治理，新增城市公园绿地", nil},
		{"感谢全省各族人民和人大代表，推进“大众创业”和县乡村振兴，振兴县域经济", nil},
		{"成都平原经济区经济总量达到4万亿元，西安都市圈加快建设", nil}, // regions named after a city
		{"新华日报记者报道", nil},                    // 大城县, 增城区 are places; 大城市, 增城市 are not
		{"双流县并入成都", []string{"双流县=双流区", "成都=成都市"}},
		// Divisions since abolished and former names, as older reports name them.
		{"2010年莱芜市卫生工作总结", []string{"莱芜市=莱芜市"}},
		{"吴江市卫生局召开会议", []string{"吴江市=吴江区"}},
		{"江苏省吴江市卫生局", []string{"江苏省=江苏省", "吴江市=吴江区"}},
		{"走访吴江市区", nil}, // a former name only where a name can start
		{"吉林大学第一医院", []string{"吉林=吉林省"}},
		{"山西省阳泉市城区卫生健康局", []string{"山西省=山西省", "阳泉市=阳泉市", "城区=城区"}},
		{"北京市朝阳区和长春市朝阳区", []string{"北京市=北京市", "朝阳区=朝阳区", "长春市=长春市", "朝阳区=朝阳区"}},
		{"鼓楼区卫生健康局", []string{"鼓楼区=鼓楼区?"}},
		{"推进内蒙古、广西、西藏、宁夏、新疆五个自治区协作", []string{"内蒙古=内蒙古自治区", "广西=广西壮族自治区", "西藏=西藏自治区", "宁夏=宁夏回族自治区", "新疆=新疆维吾尔自治区"}},
		{"香港特别行政区和澳门", []string{"香港特别行政区=香港特别行政区", "澳门=澳门特别行政区"}},
		// Contracted names of banners and autonomous counties, and a place
		// a campaign is named after ("健康喀左").
		{"科左中旗卫健委、乌中旗卫健委联合开展义诊", []string{"科左中旗=科尔沁左翼中旗", "乌中旗=乌拉特中旗"}},
		{"通过“健康喀左”微信公众号发布136条信息", []string{"喀左=喀喇沁左翼蒙古族自治县"}},
		// but no ordinary word after 健康 ("医疗健康资源", "开通健康通道").
		{"医疗健康资源更加丰富,开通健康通道,安居乐业,新建医院3家", nil},
		{"全县建设健康乡村、健康长寿示范点", nil},
	}
	for _, tt := range tests {
		got := names(Find(tt.text), tt.text)
		if strings.Join(got, " ") != strings.Join(tt.want, " ") {
			t.Errorf("Find(%q)\n got %v\nwant %v", tt.text, got, tt.want)
		}
	}
}

// A report about one province names its prefectures by their short forms.
func TestFindProvinceContext(t *testing.T) {
	text := "过去一年，青海省经济平稳。青海坚持生态优先。支持西宁、海东、海西发展，" +
		"玉树建成高原医院，海南清洁能源基地开工，果洛新建卫生院。全省人民共同努力，青海发展迈上新台阶。"
	got := names(Find(text), text)
	want := []string{"青海省=青海省", "青海=青海省", "西宁=西宁市", "海东=海东市", "海西=海西蒙古族藏族自治州",
		"玉树=玉树藏族自治州", "海南=海南藏族自治州", "果洛=果洛藏族自治州", "青海=青海省"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("Find in a Qinghai text\n got %v\nwant %v", got, want)
	}
	// Elsewhere 海南 is the province, and 玉树 stays unknown.
	text = "山东省与海南自贸港合作，玉树成林。"
	got = names(Find(text), text)
	want = []string{"山东省=山东省", "海南=海南省"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("Find outside Qinghai\n got %v\nwant %v", got, want)
	}
}

func TestFindOffsets(t *testing.T) {
	text := "abc四川省def成都x"
	for _, m := range Find(text) {
		if m.Start < 0 || m.End > len(text) || m.Start >= m.End || !utf8.ValidString(text[m.Start:m.End]) {
			t.Fatalf("bad mention %+v", m)
		}
	}
}

func TestData(t *testing.T) {
	g := get()
	if n := len(g.entries); n < 3000 || n > 5000 {
		t.Fatalf("%d divisions loaded", n)
	}
	levels := map[Level]int{}
	for _, e := range g.entries {
		levels[e.Level]++
		if e.Level != Province && e.Province == "" {
			t.Errorf("%s %s has no province", e.Code, e.Name)
		}
		if e.Short != "" && utf8.RuneCountInString(e.Short) < 2 {
			t.Errorf("%s has a one-character short form %q", e.Name, e.Short)
		}
	}
	if levels[Province] != 34 || levels[City] < 330 || levels[County] < 2800 {
		t.Errorf("levels: %v", levels)
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{"", "四川省成都市", "重庆云阳", "和县", "海南、海北", "\xff四川", "市和县", "安徽南陵卫健委", "、、"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		last := 0
		for _, m := range Find(s) {
			if m.Start < last || m.End <= m.Start || m.End > len(s) {
				t.Fatalf("Find(%q): mention %+v after %d", s, m, last)
			}
			if m.Place.Name == "" {
				t.Fatalf("Find(%q): mention without a name", s)
			}
			last = m.End
		}
	})
}

// BenchmarkFind runs Find over a 70 KB report: a synthetic one, and the
// development documents' Chongqing report when ../shared/devdocs is there.
func BenchmarkFind(b *testing.B) {
	var sb strings.Builder
	for sb.Len() < 70<<10 {
		sb.WriteString("过去一年，全省地区生产总值增长5.5%，成都、绵阳、德阳协同发展，凉山州新建卫生院12所。" +
			"四川省卫生健康委员会推进紧密型县域医共体建设，人均预期寿命提高到78.8岁，全市建成健康县城3个。\n")
	}
	texts := map[string]string{"synthetic": sb.String()}
	if data, err := os.ReadFile("../../../shared/devdocs/06_chongqing-zfgzbg_2026.txt"); err == nil {
		texts["devdocs06"] = string(data)
	}
	for name, text := range texts {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			get()
			b.ResetTimer()
			for b.Loop() {
				Find(text)
			}
		})
	}
}

// One place listed under two codes (三元区: 350403 before the 2021 merger,
// 350404 since) is one place, not an ambiguous name.
func TestOnePlaceUnderTwoCodes(t *testing.T) {
	p, ok := Lookup("三元区")
	if !ok || p.Parent != "三明市" {
		t.Errorf("Lookup(三元区) = %+v, %v; want the district of 三明市", p, ok)
	}
}

// "河南县域经济网", "四川县级医院" name a province's counties, not a county
// whose name is the province's short form and 县 (河南县).
func TestProvinceCountyArea(t *testing.T) {
	for _, text := range []string{"本文不代表河南县域经济网观点", "四川县级医院能力提升"} {
		for _, m := range Find(text) {
			if m.Place.Level == County {
				t.Errorf("Find(%q) reads the county %s", text, m.Place.Name)
			}
		}
	}
	if ms := Find("河南县卫生健康局召开会议"); len(ms) == 0 || ms[0].Place.Name != "河南蒙古族自治县" {
		t.Errorf("Find(河南县卫生健康局…) = %+v, want 河南蒙古族自治县", ms)
	}
}

// "宝鸡县区一级" names 宝鸡市's counties and districts (县区), not the
// former 宝鸡县; "宝鸡县" alone still names it.
func TestCityCountiesAndDistricts(t *testing.T) {
	for _, text := range []string{"宝鸡县区一级妇幼保健人员749人", "宝鸡县乡两级医生"} {
		for _, m := range Find(text) {
			if m.Place.Name == "宝鸡县" {
				t.Errorf("Find(%q) reads the former county 宝鸡县", text)
			}
		}
	}
	if ms := Find("宝鸡县卫生局召开会议"); len(ms) == 0 || ms[0].Place.Name != "宝鸡县" {
		t.Errorf("Find(宝鸡县卫生局…) = %+v, want 宝鸡县", ms)
	}
}

// A city's bare short form repeated three times names it, though the text
// names another province's city more (北京 of its experts).
func TestRepeatedBareCity(t *testing.T) {
	text := "不少铜川人的烦心事。5年来,铜川牢牢把握协同发展机遇,北京专家来了,北京医院帮扶,北京名医坐诊,北京团队常驻。铜川人民的生活越来越好。"
	n := 0
	for _, m := range Find(text) {
		if m.Place.Name == "铜川市" {
			n++
		}
	}
	if n < 3 {
		t.Errorf("铜川 read %d times, want 3", n)
	}
	// Said once, a bare short form still needs its province named.
	for _, m := range Find("北京专家来了,北京医院帮扶,北京名医坐诊。铜川人的烦心事。") {
		if m.Place.Name == "铜川市" {
			t.Error("a single bare 铜川 read as the city")
		}
	}
}

// A county made a city (禄丰县, now 禄丰市) that the data lists beside its
// successor is one place: its short form names the successor, its old
// name too; a county and a city that are two places today keep apart.
func TestRenamedCountyIsItsSuccessor(t *testing.T) {
	for _, text := range []string{"楚雄州禄丰卫生健康局", "禄丰县2020年卫生健康工作总结"} {
		if ms := Find(text); len(ms) == 0 || ms[len(ms)-1].Place.Name != "禄丰市" {
			t.Errorf("Find(%q) = %+v, want 禄丰市", text, ms)
		}
	}
	if ms := Find("伊宁县卫生健康委员会"); len(ms) == 0 || ms[0].Place.Name != "伊宁县" {
		t.Errorf("Find(伊宁县…) = %+v, want 伊宁县", ms)
	}
}
