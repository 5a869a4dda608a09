package bot_test

import (
	"context"
	"strings"
	"testing"

	"github.com/healthbot/healthbot/bot"
	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/retrieval"
)

// The place a question names decides whose figures and passages answer it:
// the asked place's, or "not found for that place", never another's.

func TestFigureOfTheAskedPlace(t *testing.T) {
	a := ask(t, offlineBot(t), nil, "南陵县2023年家庭医生签约率是多少？")
	if !strings.Contains(a.Text, "50.2%") || !strings.Contains(a.Text, "南陵县") {
		t.Errorf("answer: %s", a.Text)
	}
}

func TestFigureOfAPlaceWithoutIt(t *testing.T) {
	a := ask(t, offlineBot(t), nil, "阜阳市2023年家庭医生签约率是多少？")
	if strings.Contains(a.Text, "50.2") || len(a.Figures) != 0 {
		t.Errorf("another place's figure given for 阜阳市: %s", a.Text)
	}
	if !strings.Contains(a.Text, "没有找到阜阳市") || !strings.Contains(a.Text, "南陵县") {
		t.Errorf("the answer should say 阜阳市 has none and which place has: %s", a.Text)
	}
}

func TestPassagesOfAPlaceNotInTheReports(t *testing.T) {
	a := ask(t, offlineBot(t), nil, "广州市去年在慢性病防控方面做了哪些工作？")
	if !strings.Contains(a.Text, "没有找到广州市") || len(a.Sources) != 0 {
		t.Errorf("a place with no reports answered from others: %s (%d sources)", a.Text, len(a.Sources))
	}
}

func TestListUnderItsHeading(t *testing.T) {
	a := ask(t, offlineBot(t), nil, "南陵县去年健全公共卫生体系方面做了哪些工作？")
	// The items under "(三)健全公共卫生体系" in order, all from one source.
	first, second := strings.Index(a.Text, "健全疾病预防控制体系"), strings.Index(a.Text, "全年报告传染病病例8350例")
	if first < 0 || second < first {
		t.Errorf("items under the heading not quoted in order: %s", a.Text)
	}
	if len(a.Sources) == 0 || strings.Count(a.Text, "[1]") < 3 {
		t.Errorf("want at least 3 items of the heading's source: %s", a.Text)
	}
}

// botOver is the assistant, offline, over an index of the given files'
// texts.
func botOver(t *testing.T, files map[string]string) *bot.Bot {
	t.Helper()
	return bot.New(indexOfTexts(t, files), nil, nil, bot.Options{Now: fixedNow})
}

// indexOfTexts builds an index of the given files' texts.
func indexOfTexts(t *testing.T, files map[string]string) *retrieval.Index {
	t.Helper()
	dir := t.TempDir()
	var docs []*corpus.Document
	for name, text := range files {
		d := corpus.Parse(name, text, corpus.Meta{}, corpus.Options{})
		docs = append(docs, &d)
	}
	corpus.Dedupe(docs)
	emb, err := retrieval.NewLocalEmbedder(retrieval.DefaultLocalDim)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := retrieval.Build(context.Background(), dir, docs, emb, retrieval.BuildOptions{}); err != nil {
		t.Fatal(err)
	}
	ix, err := retrieval.Open(dir, emb, retrieval.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return ix
}

func TestSourcesThatDisagreeAreBothShown(t *testing.T) {
	b := botOver(t, map[string]string{
		"summary.txt":  "南陵县卫生健康委2023年工作总结\n一、基本公共卫生\n2023年，全县家庭医生总签约率为50.2%，重点人群签约率75%。\n",
		"bulletin.txt": "南陵县2023年卫生健康事业发展统计公报\n一、卫生服务\n2023年，全县家庭医生总签约率为51.3%，高血压患者规范管理率65.2%。\n",
	})
	a := ask(t, b, nil, "南陵县2023年家庭医生签约率是多少？")
	warned := strings.Join(a.Warnings, "\n")
	if !strings.Contains(a.Text+warned, "50.2%") || !strings.Contains(a.Text+warned, "51.3%") || !strings.Contains(warned, "不一致") {
		t.Errorf("disagreeing sources not both shown with a warning: %s\nwarnings: %s", a.Text, warned)
	}
}

func TestTableRowQuotedWhole(t *testing.T) {
	b := botOver(t, map[string]string{
		"plan.txt": "句容市将健康融入所有政策工作实施方案\n附件 各部门政策开发的重点领域\n" +
			"部门：市教育局；政策开发重点领域：提高学生健康素养和身心素质，改善学校卫生环境。开展健康促进学校建设。\n" +
			"部门：市财政局；政策开发重点领域：提高对健康领域的经费支持。将健康促进与教育经费纳入预算。\n",
	})
	a := ask(t, b, nil, "市教育局负责哪些政策开发重点领域？")
	if !strings.Contains(a.Text, "健康促进学校") {
		t.Errorf("the row's later sentence is lost: %s", a.Text)
	}
}

func TestNationalFigureIsNoCitysFigure(t *testing.T) {
	b := botOver(t, map[string]string{
		"bulletin.txt": "本报北京8月29日电 国家卫生健康委29日发布的《2023年我国卫生健康事业发展统计公报》显示，全国每千人口执业(助理)医师3.40人。\n公报显示，全国医疗卫生机构总数107万个。\n",
		"xinxiang.txt": "新乡市卫生健康委2023年工作总结\n一、主要成效\n全市新建社区卫生服务中心5个。\n",
	})
	a := ask(t, b, nil, "新乡市2023年每千人口执业医师有多少人？")
	if strings.Contains(a.Text, "3.40") {
		t.Errorf("the national figure offered for 新乡市: %s", a.Text)
	}
	a = ask(t, b, nil, "2023年全国每千人口执业医师有多少人？")
	if !strings.Contains(a.Text, "3.40人") || !strings.Contains(a.Text, "全国") {
		t.Errorf("want the national figure, named as such: %s", a.Text)
	}
}
