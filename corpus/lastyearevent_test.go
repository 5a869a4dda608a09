package corpus

import "testing"

// A news report with no date line opens on its event's day and year; its
// "截至去年年底" is the year before, whether or not a headline stands above.
func TestLastYearOfANewsEvent(t *testing.T) {
	for _, text := range []string{
		"为庆祝国际护士节,5月11日,云溪省2024年国际护士节庆祝大会在省人民医院举办。\n记者了解到,截至去年年底,全省注册护士总数已经达到33.54万人;每千人口注册护士达到4.01人。\n",
		"护士节大会召开\n5月11日,云溪省2024年国际护士节庆祝大会举办。\n据了解,截至去年底,每千人口注册护士达到4.01人。\n",
	} {
		r := Parse("x.txt", text, Meta{}, Options{}).Reports[0]
		found := false
		for _, f := range r.Figures {
			if f.Raw == "4.01" {
				found = true
				if f.Year != 2023 {
					t.Errorf("%s: year %d, want 2023", f.Label, f.Year)
				}
			}
		}
		if !found {
			t.Errorf("4.01 not read from %q", text)
		}
	}
}
