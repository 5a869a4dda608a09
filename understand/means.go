package understand

import "regexp"

// meansStated finds a sentence telling by what means a thing was done:
// "通过宣传医保政策、解答医保难题、优化经办服务等途径", "通过实行一对一的导师制",
// "采取上门服务、错时服务等方式". "通过" followed by a deed, not by what was
// passed ("通过验收", "通过评审").
var meansStated = regexp.MustCompile(`通过[^,;。，；]{2,60}等(?:途径|方式|措施|形式|手段|举措|办法|渠道|方法|多种)|` +
	`通过(?:开展|实行|实施|建立|组织|加强|推行|推进|开通|利用|设立|举办|宣传|培训|召开|发放|印发|制定|完善|落实|引进|采取|创新|搭建|打造|整合|强化|深化|优化|联合|借助|依托)|` +
	`采取[^,;。，；]{2,40}(?:措施|办法|方式|形式)|以[^,;。，；]{2,20}为(?:抓手|载体|突破口|切入点)`)

// StatesMeans reports whether a sentence tells by what means something
// was done: the answer to "是咋推动的", "采取了哪些措施", more than the
// sentence that repeats the question's words.
func StatesMeans(sentence string) bool {
	return meansStated.MatchString(sentence)
}
