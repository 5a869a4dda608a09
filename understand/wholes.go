package understand

import "regexp"

// Staff name a whole by listing some of its parts and adding them up:
// "医院卫生院这些加起来有多少张床" asks the beds of all medical and health
// institutions (医疗卫生机构床位数), the figure reports give, not those of
// 医院 or of 卫生院.

// institutionKind is a kind of medical or health institution.
const institutionKind = `(?:医院|卫生院|诊所|门诊部|社区卫生服务中心|社区卫生服务站|村卫生室|卫生室|妇幼保健院|疾控中心)`

// partsAddedUp is two or more institution kinds followed by words that add
// them up ("这些加起来", "等一共").
var partsAddedUp = regexp.MustCompile(institutionKind + `(?:[、和与及跟,，]?` + institutionKind + `)+(?:这些|这几类|等等|等)?(?:都?加起来|加在一起|合起来|全算上|全部|总共|一共|合计)`)

// addingVerb is the word of partsAddedUp that adds the parts up.
var addingVerb = regexp.MustCompile(`(?:都?加起来|加在一起|合起来|全算上|全部|总共|一共|合计)$`)

// staffKind is a kind of health professional.
const staffKind = `(?:医生|护士|医师|药师|技师|大夫)`

// staffNamedTogether is two or more kinds of health professionals named as
// one group of staff ("医生护士这些专业人员"): 卫生技术人员.
var staffNamedTogether = regexp.MustCompile(staffKind + `(?:[、和与及跟,，]?` + staffKind + `)+(?:这些|这类|等)(?:专业|专业技术|技术)?人员`)

// NameWholes writes the institutions a question adds up, and the health
// professionals it names as one group, by their whole's name:
// "医院卫生院这些加起来有多少张床" → "医疗卫生机构加起来有多少张床",
// "医生护士这些专业人员一共多少人" → "卫生技术人员一共多少人".
func NameWholes(question string) string {
	question = partsAddedUp.ReplaceAllStringFunc(question, func(m string) string {
		return "医疗卫生机构" + addingVerb.FindString(m)
	})
	return staffNamedTogether.ReplaceAllString(question, "卫生技术人员")
}
