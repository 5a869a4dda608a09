package figures

import "strings"

// withoutHavingVerb drops the verb of having from the middle of a label
// written as "owner 共有 what is counted" ("农村乡镇共有卫生院"): the label
// names the owner's institutions, "农村乡镇卫生院". A compound that holds
// the word (共有产权住房) is kept.
func withoutHavingVerb(label string) string {
	i := strings.Index(label, "共有")
	if i <= 0 {
		return label
	}
	rest := label[i+len("共有"):]
	if strings.HasPrefix(rest, "产权") || len([]rune(rest)) < 2 {
		return label
	}
	return label[:i] + rest
}

// withoutOnlyResidue drops the 只 of "只有" left in a label whose 有 was
// read as a verb of having ("院感科只有1名专职人员" → 院感科专职人员, not
// 院感科只专职人员): the sentence writes 只有 right after the words before it.
func withoutOnlyResidue(sentence, label string) string {
	i := strings.Index(label, "只")
	if i <= 0 || i+len("只") >= len(label) || !strings.Contains(sentence, label[:i]+"只有") {
		return label
	}
	return label[:i] + label[i+len("只"):]
}
