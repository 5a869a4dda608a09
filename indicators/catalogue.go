package indicators

import (
	"bytes"
	_ "embed"
	"fmt"
	"regexp"
	"sync"

	"go.yaml.in/yaml/v3"
)

//go:embed catalogue.yaml
var catalogueYAML []byte

// Indicator is one standard statistics indicator.
type Indicator struct {
	ID         string   // stable ASCII slug, e.g. "physicians_per_1000"
	Name       string   // official name, e.g. "每千人口执业（助理）医师数"
	Aliases    []string // official alternative names and abbreviations
	Lay        []string // wordings staff use in chat
	Units      []string // units it is given in, most usual first
	Domain     string   // 健康水平, 医疗资源, 医疗服务, 公共卫生, 妇幼, 疾控 …
	Definition string   // one-line definition
	// NotConfused lists words naming nearby, different indicators that must
	// not be taken for this one (床位数 for 每千人口床位数).
	NotConfused []string
	// Parts name what a total is made of, as reports name them, for a
	// report that gives the parts and not the total (妇幼保健机构,
	// 疾病预防控制机构 … of 专业公共卫生机构). Alternatives for one part
	// are separated by "/" ("专科疾病防治机构/专科疾病机构").
	Parts []string
	// Whole is the id of the total this indicator is a part of (医疗卫生机构
	// 床位数 of 医院床位数): a report that gives only the total answers a
	// question about the part with it, said to be the total.
	Whole string
}

// Domains lists the domains an indicator may belong to.
var Domains = []string{"健康水平", "医疗资源", "医疗服务", "药品", "公共卫生", "妇幼", "疾控",
	"职业健康", "中医药", "医保", "卫生费用", "人口家庭", "养老托育", "经济社会", "卫生监督"}

type entry struct {
	ID      string   `yaml:"id"`
	Name    string   `yaml:"name"`
	Units   []string `yaml:"units"`
	Domain  string   `yaml:"domain"`
	Def     string   `yaml:"def"`
	Aliases []string `yaml:"aliases"`
	Lay     []string `yaml:"lay"`
	Not     []string `yaml:"not"`
	Parts   []string `yaml:"parts"`
	Whole   string   `yaml:"whole"`
}

var (
	loadOnce sync.Once
	cat      *catalogue
)

// catalogue is the parsed data plus the matcher's index over it.
type catalogue struct {
	list   []Indicator
	byID   map[string]int
	byName map[string]int
	idx    *index
}

func get() *catalogue {
	loadOnce.Do(func() {
		c, err := parseCatalogue(catalogueYAML)
		if err != nil {
			// The data is embedded and checked by TestCatalogue: a broken file
			// is a build defect, not a runtime condition.
			panic(err)
		}
		cat = c
	})
	return cat
}

var idPattern = regexp.MustCompile(`^[a-z][a-z0-9_]*$`)

func parseCatalogue(data []byte) (*catalogue, error) {
	var entries []entry
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&entries); err != nil {
		return nil, fmt.Errorf("indicators: catalogue.yaml: %w", err)
	}
	domains := map[string]bool{}
	for _, d := range Domains {
		domains[d] = true
	}
	c := &catalogue{byID: make(map[string]int, len(entries)), byName: make(map[string]int, len(entries))}
	for i, e := range entries {
		switch {
		case !idPattern.MatchString(e.ID):
			return nil, fmt.Errorf("indicators: entry %d: bad id %q", i, e.ID)
		case e.Name == "":
			return nil, fmt.Errorf("indicators: %s: no name", e.ID)
		case len(e.Units) == 0:
			return nil, fmt.Errorf("indicators: %s: no units", e.ID)
		case !domains[e.Domain]:
			return nil, fmt.Errorf("indicators: %s: unknown domain %q", e.ID, e.Domain)
		case e.Def == "":
			return nil, fmt.Errorf("indicators: %s: no definition", e.ID)
		}
		if _, dup := c.byID[e.ID]; dup {
			return nil, fmt.Errorf("indicators: duplicate id %s", e.ID)
		}
		c.byID[e.ID] = len(c.list)
		c.byName[e.Name] = len(c.list)
		c.list = append(c.list, Indicator{
			ID: e.ID, Name: e.Name, Aliases: e.Aliases, Lay: e.Lay, Units: e.Units,
			Domain: e.Domain, Definition: e.Def, NotConfused: e.Not, Parts: e.Parts, Whole: e.Whole,
		})
	}
	for _, ind := range c.list {
		if _, ok := c.byID[ind.Whole]; ind.Whole != "" && (!ok || ind.Whole == ind.ID) {
			return nil, fmt.Errorf("indicators: %s: whole %q is no other indicator", ind.ID, ind.Whole)
		}
	}
	c.idx = buildIndex(c.list)
	return c, nil
}

// All returns every indicator in catalogue order. The slice is a copy; the
// string slices inside are shared and must not be modified.
func All() []Indicator {
	return append([]Indicator(nil), get().list...)
}

// ByName returns the indicator with the given official name.
func ByName(name string) (Indicator, bool) {
	c := get()
	i, ok := c.byName[name]
	if !ok {
		return Indicator{}, false
	}
	return c.list[i], true
}

// ByID returns the indicator with the given id.
func ByID(id string) (Indicator, bool) {
	c := get()
	i, ok := c.byID[id]
	if !ok {
		return Indicator{}, false
	}
	return c.list[i], true
}
