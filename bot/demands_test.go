package bot_test

import (
	"strings"
	"testing"
)

// Asked what a leader asked for at a meeting, the answer is the demands
// after "…强调," (what is to be done), not who attended; a sentence with
// 主要 in it is no demand.
func TestSpeakerDemands(t *testing.T) {
	b := botOver(t, map[string]string{
		"某县动员会.txt": "某县召开创建全国基层中医药工作示范县动员会\n2月16日,某县召开创建全国基层中医药工作示范县动员会,县长曹阳,副县长马晋宇出席会议。\n" +
			"会上,县卫生健康局就实施方案进行了解读。马晋宇安排部署示范县创建相关工作。\n" +
			"曹阳强调,开展示范县创建是推动中医药传承创新发展的重要举措。各镇、各部门要统一思想、坚定信心。要直面问题,加快补齐创建短板,切实提高服务水平。要全面落实各方责任,按照任务分工,细化工作措施。各镇、县级相关部门主要负责同志参加会议。\n",
	})
	a := ask(t, b, nil, "某县创基层中医药示范县，县长要求怎么补短板、抓落实？")
	for _, want := range []string{"补齐创建短板", "细化工作措施"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("want %s: %s", want, a.Text)
		}
	}
	if strings.Contains(a.Text, "参加会议") {
		t.Errorf("who attended is no demand: %s", a.Text)
	}
}

// Of a meeting's runs of demands, the one naming the thing asked ("建立啥
// 机制") answers, though another shares more of the question's words.
func TestDemandNamingTheThingAsked(t *testing.T) {
	b := botOver(t, map[string]string{
		"某市卫健会.txt": "某市召开2025年全市卫生健康工作会议\n会议充分肯定了过去一年的成绩。\n" +
			"会议强调,2025年是全市卫生健康事业全面提升的重要一年。各级党委、政府要把卫生健康工作摆在重要位置,各司其职,密切配合。\n" +
			"会议要求,要切实加强领导,建立稳定的卫生健康投入机制和行业作风监督机制。\n",
	})
	a := ask(t, b, nil, "某市2025年卫健会上要求各级党委政府建立啥机制来保障卫生健康工作？")
	if !strings.Contains(a.Text, "投入机制") {
		t.Errorf("want the demand naming 机制: %s", a.Text)
	}
}
