package bot

import "regexp"

// classMark is a class of diseases, hospitals or the like: "乙类", "甲乙类",
// "三级"; or a degree of a condition: "轻度近视", "重度残疾".
var classMark = regexp.MustCompile(`(?:甲乙|[甲乙丙丁])类|[一二三]级|[轻中重高]度`)

// namesClass reports whether a text names a class ("丙类传染病").
func namesClass(text string) bool { return classMark.MatchString(text) }
