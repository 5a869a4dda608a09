package bot

import "testing"

// The level of government a question names ranks a label of that level
// above one of another level; a label naming none is neither.
func TestLevelRelation(t *testing.T) {
	cases := []struct {
		topic, label string
		want         int
	}{
		{"州级的危重孕产妇和新生儿救治中心建", "建成州级危重孕产妇和新生儿救治中心", 1},
		{"州级的危重孕产妇和新生儿救治中心建", "县级危重孕产妇和新生儿救治中心", -1},
		{"州级的危重孕产妇和新生儿救治中心建", "危重孕产妇救治中心", 0},
		{"危重孕产妇救治中心", "县级危重孕产妇和新生儿救治中心", 0},
		// The level that organised a thing: 国家集采 is 国家组织, not 省组织.
		{"从2019年底搞国家集采到去年年底落实国家集采药品", "落实执行国家组织集采药品", 1},
		{"从2019年底搞国家集采到去年年底落实国家集采药品", "省组织集采药品", -1},
	}
	for _, c := range cases {
		if got := levelRelation(c.topic, c.label); got != c.want {
			t.Errorf("levelRelation(%q, %q) = %d, want %d", c.topic, c.label, got, c.want)
		}
	}
}
