package corpus

import "testing"

// Items run in after a lead that opens with a later year and says what is
// to be done ("2021年,某局将以…建设。一是抓党建。…") are that year's plan,
// though the report reviews the year before.
func TestRunInItemsDatedByTheirLead(t *testing.T) {
	text := "某市卫生健康局2020年工作回望\n\n2020年,全市卫生健康系统战疫情、促医改,村卫生站完成公建规范化建设101家。\n\n" +
		"2021年,某市卫生健康局将以党建为统领,奋力推进健康某市建设。一是抓党建。落实全面从严治党主体责任。二是强基层。积极谋划、抓紧推进全市31个公共卫生服务体系建设项目。三是提质量。加强医疗质量管理。\n"
	for _, f := range Parse("t.txt", text, Meta{}, Options{}).Reports[0].Figures {
		switch f.Raw {
		case "31":
			if f.Year != 2021 || f.Kind != KindPlan {
				t.Errorf("31个 of %d %s, want the 2021 plan", f.Year, f.Kind)
			}
		case "101":
			if f.Year != 2020 || f.Kind != KindSummary {
				t.Errorf("101家 of %d %s, want done in 2020", f.Year, f.Kind)
			}
		}
	}
}
