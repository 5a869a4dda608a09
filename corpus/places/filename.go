package places

import (
	_ "embed"
	"path/filepath"
	"strings"
	"sync"
	"unicode/utf8"
)

// pinyinTSV is made by internal/pinyingen from divisions.tsv (see there).
//
//go:embed pinyin.tsv
var pinyinTSV string

// genreWords are pinyin words that name a kind of document in file names
// and also spell a place: "yiyuan" is 医院 far more often than 沂源县,
// "shishi" 实施 than 石狮市, "jianghua" 讲话 than 江华.
var genreWords = map[string]bool{"yiyuan": true, "shishi": true, "jianghua": true}

var (
	pinyinOnce sync.Once
	byPinyin   map[string][]int32 // toneless pinyin → entries
)

func pinyinIndex() map[string][]int32 {
	pinyinOnce.Do(func() {
		g := get()
		byCode := map[string][]int32{}
		for i, e := range g.entries {
			byCode[e.Code] = append(byCode[e.Code], int32(i))
		}
		byPinyin = map[string][]int32{}
		for _, line := range strings.Split(pinyinTSV, "\n") {
			code, forms, ok := strings.Cut(line, "\t")
			if !ok || strings.HasPrefix(line, "#") {
				continue
			}
			for _, f := range strings.Split(forms, ",") {
				byPinyin[f] = append(byPinyin[f], byCode[code]...)
			}
		}
	})
	return byPinyin
}

// FromFileName is the place a file's name spells in pinyin, as files are
// often named ("13_chongqing-yunyang-xinwen_2024.docx" is 云阳县 of 重庆市;
// "02_x44-taian-gongzuohuiyi_2025.txt" 泰安市). Each run of letters that
// spells places is read; one spelling several places share is settled by
// another word of the name (yunyang beside chongqing), else by the highest
// level if only one place of it has that spelling (lishui: 丽水市, not
// 溧水区). The deepest place found is returned when all the places read lie
// one within another; ok is false when the name spells none, or places
// that do not. A spelling of a place the file's text names by a name
// several places share (朝阳区 for chaoyang) is that name's, and stays
// ambiguous: not the one 朝阳市 the spelling alone would give (text is
// called only then: reading it costs a pass over the report). With an
// outer place (the one the text is about, "" for none), only places within
// it are read (baoshan of a text on 上海市 is 宝山区, not 保山市).
func FromFileName(name string, text func() string, outer string) (Place, bool) {
	base := strings.ToLower(strings.TrimSuffix(filepath.Base(name), filepath.Ext(name)))
	idx := pinyinIndex()
	g := get()
	// The places the text names: by code when it tells which, by name
	// when it does not (朝阳区 alone); read only for a spelling several
	// places share.
	var named map[string]bool
	textNames := func() map[string]bool {
		if named == nil {
			named = map[string]bool{}
			for _, m := range Find(text()) {
				if m.Place.Code != "" {
					named[m.Place.Code] = true
				} else {
					named[m.Place.Name] = true
				}
			}
		}
		return named
	}
	var sets [][]int32
	for _, w := range strings.FieldsFunc(base, func(r rune) bool { return r < 'a' || r > 'z' }) {
		if len(w) < 4 || genreWords[w] {
			continue
		}
		cs := idx[w]
		if len(cs) > 1 {
			textNames()
		}
		var inText []int32
		for _, c := range cs {
			if named[g.entries[c].Code] || named[g.entries[c].Name] {
				inText = append(inText, c)
			}
		}
		if len(inText) == 0 && len(cs) > 1 {
			// No place of the spelling named as a place, but one's short
			// form written in the text ("龙岗中心医院" for longgang: 龙岗区,
			// not 龙港市).
			for _, c := range cs {
				if short := g.entries[c].Short; utf8.RuneCountInString(short) >= 2 && strings.Contains(text(), short) {
					inText = append(inText, c)
				}
			}
		}
		if len(inText) > 0 {
			cs = inText
		}
		if outer != "" {
			var in []int32
			for _, c := range cs {
				// The outer place's own spelling stays (jilin of a text on
				// 吉林省 is 吉林省, not its city 吉林市).
				if p := g.entries[c].Place; p.Name == outer || p.Province == outer || p.Parent == outer {
					in = append(in, c)
				}
			}
			cs = in
		}
		if len(cs) > 0 {
			sets = append(sets, cs)
		}
	}
	var found []Place
	for i, cs := range sets {
		if p, ok := settle(g, cs, sets, i); ok {
			found = append(found, p)
		}
	}
	if len(found) == 0 {
		return Place{}, false
	}
	deepest := found[0]
	for _, p := range found[1:] {
		switch {
		case p.In(deepest):
			deepest = p
		case p.Name == deepest.Name || deepest.In(p):
		default:
			return Place{}, false // two places that are not one within the other
		}
	}
	return deepest, true
}

// settle picks the place one spelling names: the one within (or holding)
// a place another word of the name spells, else the only one of the
// highest level.
func settle(g *gazetteer, cs []int32, sets [][]int32, self int) (Place, bool) {
	if len(cs) == 1 {
		return g.entries[cs[0]].Place, true
	}
	var related []int32
	for _, c := range cs {
		p := g.entries[c].Place
		for j, other := range sets {
			if j == self {
				continue
			}
			for _, o := range other {
				if q := g.entries[o].Place; p.In(q) || q.In(p) {
					related = append(related, c)
				}
			}
		}
	}
	if len(related) > 0 {
		cs = related
	}
	best, n := int32(-1), 0
	for _, c := range cs {
		switch {
		case best < 0 || g.entries[c].Level < g.entries[best].Level:
			best, n = c, 1
		case g.entries[c].Level == g.entries[best].Level && g.entries[c].Code != g.entries[best].Code:
			n++
		}
	}
	if n != 1 {
		return Place{}, false
	}
	return g.entries[best].Place, true
}
