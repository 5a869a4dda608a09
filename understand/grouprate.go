package understand

import (
	"regexp"
	"strings"
)

// groupBase is a rate asked as so many in a base number of a group ("每10万
// 个产妇里死了多少", "每千个新生儿中死几个"): the reports name it by the
// group and what befell them (孕产妇死亡率, 新生儿死亡率), so the base and
// the "里" go and the group stays beside its event. A base of people
// (每千人口, "每万人中") is a count per head, which perHeadOf and the
// catalogue's per-head names read, so it is left alone. "中" ends the group
// only before what befell it ("中有", "中死"), never inside a name (中医).
var groupBase = regexp.MustCompile(`(?:平均)?每(?:一)?[0-9０-９.]*[一二三四五六七八九十百千万]*个?((?:[^\s，,。？?；;：:里中每]){1,6}?)(?:里头|里面|里|当中|之中|中间|中([有死得]))`)

// populationWords are the groups that make a base a count per head.
var populationWords = map[string]bool{"人": true, "人口": true, "居民": true, "常住人口": true, "老百姓": true, "百姓": true, "群众": true, "户籍人口": true}

// withoutGroupBase writes a rate asked per base number of a group as its
// group and event ("每10万个产妇里死了多少" → "产妇死了多少").
func withoutGroupBase(q string) string {
	return groupBase.ReplaceAllStringFunc(q, func(m string) string {
		sm := groupBase.FindStringSubmatch(m)
		group := sm[1]
		for w := range populationWords {
			if strings.HasPrefix(group, w) {
				return m // "每千人口中", "每千人口几张中医床位"
			}
		}
		return group + sm[2]
	})
}
