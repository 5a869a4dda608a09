package corpus

import (
	"path/filepath"
	"regexp"
	"strconv"
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

// fileNameYearToken is a year in a file name: "09_qinghai_gongbao_2023",
// "2023统计公报"; digits around it make it part of another number.
var fileNameYearToken = regexp.MustCompile(`(?:19|20)[0-9]{2}`)

// fileNameYear is the one year a file's name gives, 0 when it gives none
// or several ("规划2021-2025"): read when the text gives no title, before
// a year its body names once in passing.
func fileNameYear(file string) int {
	base := strings.TrimSuffix(filepath.Base(file), filepath.Ext(file))
	year := 0
	for _, loc := range fileNameYearToken.FindAllStringIndex(base, -1) {
		if loc[0] > 0 && isASCIIDigit(base[loc[0]-1]) || loc[1] < len(base) && isASCIIDigit(base[loc[1]]) {
			continue
		}
		if year > 0 {
			return 0
		}
		year, _ = strconv.Atoi(base[loc[0]:loc[1]])
	}
	return year
}
