package bot

import "regexp"

// classMark is a class of diseases, hospitals or the like: "乙类", "甲乙类",
// "三级".
var classMark = regexp.MustCompile(`(?:甲乙|[甲乙丙丁])类|[一二三]级`)

// namesClass reports whether a text names a class ("丙类传染病").
func namesClass(text string) bool { return classMark.MatchString(text) }
