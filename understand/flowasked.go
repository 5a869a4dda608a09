package understand

import (
	"regexp"

	"github.com/healthbot/healthbot/corpus"
)

// AsksFlow reports whether a question asks how many were taken on, trained
// or added ("特岗全科医生打算招多少人"), not how many there are.
func AsksFlow(question string) bool {
	return flowAsked.MatchString(corpus.Normalize(question))
}

// flowAsked is a verb of taking on, training or adding right before the
// count asked.
var flowAsked = regexp.MustCompile(`(?:招聘|招收|招录|招|培训|培养|引进|新增|新招|派出|录取)(?:了)?(?:多少|几)`)

// AsksThoseDoing reports whether a question counts the things that do
// something ("多少家医院能用手机付钱结账", "拿到四级的有几家"), not all of
// them.
func AsksThoseDoing(question string) bool {
	return thoseDoing.MatchString(corpus.Normalize(question))
}

// thoseDoing is a count with what the things counted do after it, or what
// they did before "的有几家".
var thoseDoing = regexp.MustCompile(`(?:多少|几)(?:家|个|所)\p{Han}{1,6}(?:能|可以|已经|已|都|有)\p{Han}{2,}|\p{Han}{2,}的(?:有|是)(?:多少|几)(?:家|个|所)`)
