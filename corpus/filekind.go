package corpus

import (
	"path/filepath"
	"strings"
)

// pinyinPlanWords and pinyinSummaryWords name a document's genre in a file
// name written in pinyin ("04_baoshan-gongzuojihua_2025.txt" is a 工作计划,
// "xinxigongkai-nianbao" a 年报): read when the text gives no title.
var (
	pinyinPlanWords    = []string{"jihua", "guihua", "yaodian", "anpai", "bushu", "fangan", "mubiao", "renwu", "dasuan"}
	pinyinSummaryWords = []string{"zongjie", "nianbao", "gongbao", "juesuan", "ziping", "chengxiao", "chengjiu", "huigu", "nianjian", "tongji", "ndbg"}
)

// fileNameKind is the kind of report a file's name says in pinyin: a plan
// or a summary, "" when it says neither or both ("zongjie-jihua").
func fileNameKind(file string) Kind {
	base := strings.ToLower(strings.TrimSuffix(filepath.Base(file), filepath.Ext(file)))
	plan, summary := containsAny(base, pinyinPlanWords), containsAny(base, pinyinSummaryWords)
	switch {
	case plan && !summary:
		return KindPlan
	case summary && !plan:
		return KindSummary
	}
	return ""
}
