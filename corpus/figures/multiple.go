package figures

import "regexp"

// A multiple is written after the base it multiplies: "服务总人次是去年同期的
// 5.2倍". The base is the comparison the figure is measured by, not part of
// what it measures.

// multipleBase ends a label with the base of a multiple: "是去年同期",
// "为上年".
var multipleBase = regexp.MustCompile(`(?:是|为|相当于)(?:去年|上年|上一年|前一年|(?:19|20)\d\d年)(?:同期)?(?:的)?$`)

// multipleOfBase moves the base of a multiple from its label to its
// qualifier: "服务总人次是去年同期" 5.2倍 is 服务总人次, "是去年同期的" 5.2倍.
func multipleOfBase(label, qualifier, unit string) (string, string) {
	if unit != "倍" {
		return label, qualifier
	}
	loc := multipleBase.FindStringIndex(label)
	if loc == nil || loc[0] == 0 {
		return label, qualifier
	}
	return label[:loc[0]], label[loc[0]:] + qualifier
}
