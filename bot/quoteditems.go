package bot

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/corpus/figures"
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
				n := sloganCount(name)
				if from, ok := membersBefore(sent, i, n); ok {
					// "以党建工作、医疗服务能力、公共卫生服务水平和生育支持服务
					// “四个提升年”为抓手": the members lead the name.
					end := at + strings.IndexAny(sent[at:]+"。", ",，；;。")
					return listItem{strings.TrimSpace(sent[from:end]), s.N}, true
				}
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
				if listedItems(rest[:end]) < n {
					continue // "“四个提升年”为抓手,谋划好、实施好…": no members of it
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

// sloganCount is how many members a counted slogan's name says it has
// ("四个提升年": 4), 0 when it says none in words ("12345").
func sloganCount(name string) int {
	end := strings.IndexFunc(name, func(r rune) bool { return !strings.ContainsRune(sloganNumerals, r) })
	if end <= 0 {
		return 0
	}
	return figures.ChineseNumber(name[:end])
}

// sloganNumerals write a slogan's count.
const sloganNumerals = "一二三四五六七八九十两"

// membersBefore finds the members of a counted slogan named at i listed
// right before it in its clause ("以A、B、C和D“四个提升年”为抓手"): ok when
// they are at least n (n ≥ 2), from being where the clause starts.
func membersBefore(sent string, i, n int) (from int, ok bool) {
	if n < 2 {
		return 0, false
	}
	if k := strings.LastIndexAny(sent[:i], ",，；;。：:"); k >= 0 {
		_, size := utf8.DecodeRuneInString(sent[k:])
		from = k + size
	}
	if listedItems(strings.TrimSuffix(sent[from:i], "“")) < n {
		return 0, false
	}
	return from, true
}

// listedItems counts the items a run of words lists: the parts between 、
// and a last one joined by 和, 及, 与 or 以及.
func listedItems(s string) int {
	n := strings.Count(s, "、")
	if n == 0 {
		return 0
	}
	last := s[strings.LastIndex(s, "、"):]
	for _, j := range []string{"以及", "和", "及", "与"} {
		if strings.Contains(last, j) {
			n++
			break
		}
	}
	return n + 1
}
