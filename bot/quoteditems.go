package bot

import (
	"regexp"
	"strings"

	"github.com/healthbot/healthbot/corpus"
)

// A question quoting a slogan's name ("说的“三个深化”，是深化哪几块") asks
// its members, which the report writes right after the name: "三要突出“三
// 个深化”,深化公立医院改革、深化人才队伍建设、深化县域医共体建设".

// countedSlogan is a name that counts its members: "三个深化", "四大行动",
// "两个建设", "12345".
var countedSlogan = regexp.MustCompile(`^(?:[一二三四五六七八九十两0-9]+(?:个|大|项|件|条)\p{Han}{1,6}|[0-9]{3,})$`)

// quotedMembers finds, in rank order, the clause after a name the question
// quotes that lists at least two members (joined by 、), and returns the
// name and that list, as the sentence writes them.
func quotedMembers(question string, sources []Source) (listItem, bool) {
	var names []string
	for _, m := range quotedName.FindAllStringSubmatch(corpus.Normalize(question), -1) {
		if countedSlogan.MatchString(m[1]) {
			names = append(names, m[1])
		}
	}
	if len(names) == 0 {
		return listItem{}, false
	}
	for _, s := range sources {
		for _, sent := range bodySentences(s.Text) {
			for _, name := range names {
				i := strings.Index(sent, name)
				if i < 0 {
					continue
				}
				at := i + len(name)
				rest := sent[at:]
				end := len(rest)
				if k := strings.IndexAny(rest, "；;。"); k >= 0 {
					end = k
				}
				last := strings.LastIndex(rest[:end], "、")
				if last < 0 {
					continue
				}
				if k := strings.IndexAny(rest[last:end], ",，"); k >= 0 {
					end = last + k // "…、深化县域医共体建设,全面完善…": the list ends at its comma
				}
				if strings.ContainsAny(rest[:end], "“\"") {
					continue // "“三个计划”,坚持…、…“五个推进”": the list is the next name's
				}
				from := i
				if strings.HasSuffix(sent[:i], "“") {
					from -= len("“") // the name with its quotes
				}
				return listItem{strings.TrimSpace(sent[from : at+end]), s.N}, true
			}
		}
	}
	return listItem{}, false
}
