package bot

import "testing"

func TestInstitutionNamedByItsOwnNameAndKind(t *testing.T) {
	for topic, want := range map[string]string{
		"同济儿童医院光谷 项目 总投资": "同济儿童医院", // a name of its own, then a kind
		"二级以上公立医院 数据对接":   "",       // kind words only
		"三级甲等医院 有几家":      "",
		"公立综合医院 床位":       "",
	} {
		if got := askedInstitution(topic); got != want {
			t.Errorf("askedInstitution(%q) = %q, want %q", topic, got, want)
		}
	}
}

// The sources of reports that never name the institution asked are left
// out when some report names it: another children's hospital's investment
// tells nothing of 同济儿童医院.
func TestSourcesOfAskedInstitution(t *testing.T) {
	sources := []Source{
		{N: 1, File: "石家庄.txt", Title: "河北中西医结合儿童医院正式开业", Text: "该医院总投资7.59亿元,设置总床位数400张。"},
		{N: 2, File: "武汉.txt", Title: "同济儿童医院明年开诊", Text: "同济儿童医院(光谷)项目位于东湖新技术开发区。"},
		{N: 3, File: "武汉.txt", Title: "同济儿童医院明年开诊", Text: "项目按照平战结合理念设计施工。"},
	}
	got := sourcesOfAskedInstitution("同济儿童医院光谷 项目 总投资", sources)
	if len(got) != 2 || got[0].N != 2 || got[1].N != 3 {
		t.Errorf("want the two passages of the report naming it, got %+v", got)
	}
	if got := sourcesOfAskedInstitution("儿童医院 总投资", sources); len(got) != 3 {
		t.Errorf("no institution named: want every source, got %d", len(got))
	}
}
