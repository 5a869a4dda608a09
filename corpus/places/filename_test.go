package places

import "testing"

// none is a file's text that names no place.
func none() string { return "" }

func TestFromFileName(t *testing.T) {
	cases := map[string]string{
		"13_chongqing-yunyang-xinwen_2024.docx":     "云阳县", // yunyang is also 郧阳区: chongqing settles it
		"02_x44-taian-gongzuohuiyi-xinwen_2025.txt": "泰安市", // a city over 台安县
		"01_sichuan-zfgzbg_2026.txt":                "四川省",
		"04_shaanxi-tongjigongbao_2020.txt":         "陕西省", // Shaanxi, not 山西
		"05_henan-shisiwu-guihua_2022.txt":          "河南省",
		"minhang-weijian-zongjie-2024.docx":         "闵行区",
		"lishui-yiyuan-nianbao.txt":                 "丽水市", // yiyuan is a hospital, not 沂源县
		"05_zhongmu-cunweishengshi-xinwen_2022.txt": "中牟县", // 牟 read mu in the place's name
		"fanshi-weijian-zongjie-2023.txt":           "繁峙县", // 峙 read shi
	}
	for file, want := range cases {
		p, ok := FromFileName(file, none, "")
		if !ok || p.Name != want {
			t.Errorf("FromFileName(%q) = %q, %v; want %q", file, p.Name, ok, want)
		}
	}
	// A spelling two places share, one of whose short forms the text
	// writes where Find needs more context ("龙岗中心医院"): that one.
	if p, ok := FromFileName("03_longgang-gongzuojihua_2025.txt", func() string { return "加快推进龙岗中心医院外科综合楼等4个区属医院项目建设" }, ""); !ok || p.Name != "龙岗区" {
		t.Errorf("longgang beside a text writing 龙岗 read as %q, %v", p.Name, ok)
	}
	// The text names 朝阳区, which several cities have: not 朝阳市.
	if p, ok := FromFileName("05_chaoyang-zichabaogao_2024.txt", func() string { return "朝阳区卫生健康委员会关于2022年以来工作情况的自查报告" }, ""); ok {
		t.Errorf("chaoyang beside a text naming 朝阳区 read as %q", p.Name)
	}
	if p, ok := FromFileName("05_chaoyang-zichabaogao_2024.txt", func() string { return "北京市朝阳区卫生健康委员会工作报告" }, ""); !ok || p.Name != "朝阳区" || p.Province != "北京市" {
		t.Errorf("chaoyang beside a text naming 北京市朝阳区 read as %+v", p)
	}
	// Within the place the text is about: baoshan of 上海市 is 宝山区.
	if p, ok := FromFileName("04_baoshan-gongzuojihua_2025.txt", none, "上海市"); !ok || p.Name != "宝山区" || p.Province != "上海市" {
		t.Errorf("baoshan within 上海市 read as %+v", p)
	}
	// The spelling of the place the text is about itself, which one of its
	// cities shares: jilin of a text on 吉林省 is the province.
	if p, ok := FromFileName("03_jilin-zhengfugongzuobaogao_2026.txt", func() string { return "2026年吉林省政府工作报告" }, "吉林省"); !ok || p.Name != "吉林省" {
		t.Errorf("jilin within 吉林省 read as %+v, %v", p, ok)
	}
	if p, ok := FromFileName("04_baoshan-gongzuojihua_2025.txt", none, "四川省"); ok {
		t.Errorf("baoshan within 四川省 read as %+v", p)
	}
	for _, file := range []string{
		"2024年工作总结.txt",                   // no pinyin
		"suzhou-zongjie-2024.txt",         // 苏州市 or 宿州市
		"sichuan-yunnan-hezuo.txt",        // two provinces
		"weisheng-jiankang-jihua-2025.md", // genre words only
	} {
		if p, ok := FromFileName(file, none, ""); ok {
			t.Errorf("FromFileName(%q) = %q, want none", file, p.Name)
		}
	}
}

func FuzzFromFileName(f *testing.F) {
	for _, s := range []string{"13_chongqing-yunyang-xinwen_2024.docx", "suzhou.txt", "a-b-c", "陕西shaanxi"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, name string) {
		p, ok := FromFileName(name, func() string { return name }, "")
		if ok != (p.Name != "") {
			t.Fatalf("FromFileName(%q) = %+v, %v", name, p, ok)
		}
		if ok {
			if _, found := Lookup(p.Name); !found {
				t.Fatalf("FromFileName(%q) gave %q, which Lookup does not know", name, p.Name)
			}
		}
	})
}
