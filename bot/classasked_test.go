package bot_test

import (
	"strings"
	"testing"
)

// A class of notifiable diseases asked ("乙类传染病报了多少例") is answered by
// that class's count, not by the total of all classes beside it (made-up
// monthly bulletin).
func TestClassOfDiseasesAsked(t *testing.T) {
	b := botOver(t, map[string]string{
		"yiqing.txt": "云溪市2025年1月法定传染病疫情概况\n2025年1月,全市共报告法定传染病发病86258例,死亡112例。\n" +
			"2025年1月,乙类传染病共报告发病7591例,较上月(7249例)上升4.72%;丙类传染病共报告发病78667例。\n",
	})
	a := ask(t, b, nil, "云溪2025年1月乙类传染病报了多少例？")
	if first := firstLine(a.Text); !strings.Contains(first, "7591例") {
		t.Errorf("want the class B cases, 7591例:\n%s", a.Text)
	}
}

// With no class asked, the count of all classes answers, not one class's
// (made-up report).
func TestAllClassesWhenNoneIsAsked(t *testing.T) {
	b := botOver(t, map[string]string{
		"jikong.txt": "云溪县疾控中心2023年工作总结\n一、传染病防控\n全县报告法定传染病16种,发病3538例,死亡5人。\n乙类传染病报告11种2189例;丙类传染病5种1349例。\n",
	})
	a := ask(t, b, nil, "云溪2023年一共报了多少例法定传染病？")
	if first := firstLine(a.Text); !strings.Contains(first, "3538例") {
		t.Errorf("want all classes' cases, 3538例:\n%s", a.Text)
	}
}

// A degree of a condition ("轻度近视53.3%") answers no question that names
// none: the overall rate does ("总体近视率为51.9%").
func TestDegreeNotAskedIsNoAnswer(t *testing.T) {
	b := botOver(t, map[string]string{
		"近视.txt": "国家疾控局：全国儿童青少年近视防控情况\n2024-03-10\n近年来,我国儿童青少年总体近视率呈现下降趋势。国家疾控局监测数据显示:2022年我国儿童青少年总体近视率为51.9%(其中,小学36.7%,初中71.4%,高中81.2%),总体近视率较2021年(52.6%)下降0.7个百分点;在已经近视的学生中,轻、中、高度近视分别占53.3%、37.0%、9.7%,高度近视比例降低。\n",
	})
	a := ask(t, b, nil, "2022年全国的娃娃里头近视的占多少？")
	if first := firstLine(a.Text); !strings.Contains(first, "51.9%") {
		t.Errorf("want the overall rate, 51.9%%:\n%s", a.Text)
	}
}
