package corpus

import "testing"

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
