package corpus

import (
	"strings"
	"testing"
)

// A figure named by a bare verb ("全年救助不少于1886名") under a heading
// naming the programme that verb ends ("2.实施残疾儿童康复救助") is the
// programme's.
func TestBareVerbFigureTakesItsProgramme(t *testing.T) {
	text := "某市2024年民生实事项目\n1.继续实施基础教育设施提质增效攻坚行动。实施中小学建设项目9个。\n2.实施残疾儿童康复救助。为符合条件的0岁至6岁残疾儿童开展康复救助服务,全年救助不少于1886名。\n"
	for _, f := range Parse("t.txt", text, Meta{}, Options{}).Reports[0].Figures {
		if f.Raw == "1886" && f.Label != "残疾儿童康复救助" {
			t.Errorf("1886 labelled %q, want 残疾儿童康复救助", f.Label)
		}
	}
}

// A yearbook entry's heading in 【】 names what all the entry's figures are
// of: a bare measure in its third sentence ("总合格率") is the heading's
// (made-up figures).
func TestBracketedEntryHeadingLeadsItsFigures(t *testing.T) {
	text := "某省年鉴\n【生活饮用水卫生监测】2017年,全省共监测集中式供水水厂1559座。全年共监测水样15561份,总合格率92.2%,较上年提高3.8个百分点。\n【学校卫生监督】2017年,全省共监督检查学校5781所。\n"
	for _, f := range Parse("t.txt", text, Meta{}, Options{}).Reports[0].Figures {
		switch f.Raw {
		case "92.2", "3.8":
			if f.Lead != "生活饮用水卫生监测" {
				t.Errorf("%s = %s: lead %q, want 生活饮用水卫生监测", f.Label, f.Raw, f.Lead)
			}
		case "1559", "5781":
			// The opening sentence holds the heading itself.
			if !strings.Contains(f.Sentence, "】") {
				t.Errorf("%s = %s: sentence %q without its heading", f.Label, f.Raw, f.Sentence)
			}
		}
	}
}
