package bot_test

import (
	"strings"
	"testing"
)

// Asked how a thing was done, the answer quotes the section of its report
// on what was done ("三、实事任务完成情况"), though its sentences share no
// word with the question beyond the thing's name in the title (made-up
// figures).
func TestHowDoneQuotesTheSectionOnWhatWasDone(t *testing.T) {
	b := botOver(t, map[string]string{
		"公示.txt": "某市卫生健康委实施2019年民生实事项目基本消除村卫生室空白村完成情况公示\n" +
			"一、项目名称\n基本消除村卫生室空白村\n二、任务目标\n基本消除村卫生室空白村11个\n" +
			"三、实事任务完成情况\n截至10月底,全市11个项目完成标准化主体工程,完成装修和设备配备,配备合格村医,总完成进度为100%。\n",
	})
	a := ask(t, b, nil, "某市2019年消除村卫生室空白村，具体是怎么落实的？")
	if !strings.Contains(a.Text, "合格村医") {
		t.Errorf("answer %q lacks what was done", a.Text)
	}
}
