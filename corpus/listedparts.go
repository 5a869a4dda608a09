package corpus

import (
	"regexp"

	"github.com/healthbot/healthbot/corpus/places"
)

// listedPart is an item of a list that names a place by its short form,
// its count right after ("、东源7人", "、龙川11人"); group 1 the name.
var listedPart = regexp.MustCompile(`、\s*(\p{Han}{2,3}?)\s*[0-9]`)

// minListedAreaParts is how many of an area's parts such a list must name
// for the text to be about the area.
const minListedAreaParts = 3

// areaOfListedParts is the area whose parts a text lists by their short
// names with a count each ("其中源城计划招生6人、东源7人、和平7人、龙川11人、
// 紫金7人、连平8人": 河源市), when it names at least minListedAreaParts of
// one area's and no other area's; "" otherwise. A city's paper that never
// writes the city's name ("今年我市…") is still that city's.
func areaOfListedParts(body string) string {
	parents := map[string]map[string]bool{}
	for _, m := range listedPart.FindAllStringSubmatch(body, -1) {
		p, ok := places.Lookup(m[1])
		if !ok || p.Parent == "" || p.Level != places.County {
			continue
		}
		if parents[p.Parent] == nil {
			parents[p.Parent] = map[string]bool{}
		}
		parents[p.Parent][p.Name] = true
	}
	area := ""
	for parent, parts := range parents {
		if len(parts) < minListedAreaParts {
			continue
		}
		if area != "" {
			return "" // two areas' parts: a list of places, about neither
		}
		area = parent
	}
	return area
}
