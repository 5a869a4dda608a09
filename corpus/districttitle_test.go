package corpus

import "testing"

// A title naming a district by its short form ("健康思明") makes the
// report the district's, though the text names its city more often.
func TestDistrictShortFormInTitle(t *testing.T) {
	text := "健康思明行动实施方案\n为贯彻落实《厦门市人民政府关于印发健康厦门行动实施方案的通知》精神，结合厦门市部署和我区实际，制定本方案。\n一、总体要求\n到2025年，全区居民健康素养水平不低于30%。\n"
	r := Parse("t.txt", text, Meta{}, Options{}).Reports[0]
	if r.Place != "思明区" {
		t.Errorf("place %q, want 思明区", r.Place)
	}
}
