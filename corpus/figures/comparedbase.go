package figures

import (
	"regexp"
	"strings"
)

// comparedOnly is a label that is nothing but the comparison a base value
// was written in: "较去年同期", "比2015年", "相比", "该比例较".
var comparedOnly = regexp.MustCompile(`^(?:该比例|这一比例|该比重|这一比重|该指标|这一指标)?(?:(?:较|比|与|和|同)(?:去年|上年|上一年|前一年|(?:19|20)\d\d年)?(?:同期)?(?:相比|比较)?|相比|比较)$`)

// baseBetweenComparison names a base value written inside the comparison,
// and the change after it, by the level before them: in "报告手足口病
// 8001例,较去年同期的3945例上升102.81%" (or "与去年同期3945例相比,上升…")
// the 3945 is where 手足口病's count started and the 102.81% its change,
// not figures of a "较去年同期". The change's qualifier says the comparison
// whole: "较去年同期上升".
func baseBetweenComparison(sentence string, figs []Figure) {
	for i := 1; i+1 < len(figs); i++ {
		level, base, change := figs[i-1], &figs[i], &figs[i+1]
		if level.Base || level.Unit != base.Unit || base.Label != change.Label || !comparedOnly.MatchString(base.Label) ||
			!isChangeQualifier(change.Qualifier) || isChangeQualifier(base.Qualifier) || level.End > base.Start || base.End > change.Start {
			continue
		}
		compared := strings.Trim(sentence[level.End:base.Start]+sentence[base.End:change.Start], " ,，:：")
		compared = strings.ReplaceAll(strings.ReplaceAll(compared, "的", ""), ",", "")
		compared = strings.TrimSuffix(strings.ReplaceAll(compared, "，", ""), change.Qualifier)
		if !strings.HasPrefix(change.Qualifier, compared) {
			change.Qualifier = compared + change.Qualifier
		}
		base.Label, base.Base = level.Label, true
		change.Label = level.Label
		i++
	}
}
