package bot

import (
	"testing"

	"github.com/healthbot/healthbot/corpus"
)

// The question's words few of the reports found hold (a hospital's own
// name) count for every figure of the report holding them; the words all
// of them hold (the measure) count for none.
func TestDistinctWords(t *testing.T) {
	hit := func(file, title, sentence string) corpus.FigureHit {
		return corpus.FigureHit{File: file, Title: title, Figure: corpus.Figure{Sentence: sentence}}
	}
	hits := []corpus.FigureHit{
		hit("01.txt", "甲省儿科医疗服务能力提升", "完成新增床位158张的工作"),
		hit("02.txt", "明德儿童医院明年开诊", "设置床位758张"),
		hit("02.txt", "明德儿童医院明年开诊", "预计日门诊量3500人次"),
		hit("03.txt", "乙市儿童医院开工", "设置总床位数1000张"),
		hit("04.txt", "丙县卫生院新院区投用", "设置床位60张"),
	}
	d := distinctWords(hanBigrams("明德那个新儿童医院 开 床位"), hits)
	if d["02.txt"] == 0 || d["01.txt"] != 0 || d["03.txt"] != 0 {
		t.Errorf("distinct words by report %v, want only 02.txt's (明德)", d)
	}
	if got := distinctWords(hanBigrams("明德 床位"), hits[:3]); got != nil {
		t.Errorf("two reports found tell nothing apart: %v", got)
	}
}
