package corpus

import "testing"

// News of visitors who came to learn (来…考察) is the host's, though the
// visitors' place leads the title; a paragraph opening with a county and
// going on with 全县 is that county's (made-up news after a real page).
func TestHostOfAVisit(t *testing.T) {
	text := "邵阳市隆回县来新田考察交流健康县建设工作\n来源:新田新闻网 2023-07-13 10:47:57\n" +
		"7月11日至12日,邵阳市隆回县健康县建设工作考察组一行10人,来新田学习交流健康县建设工作。\n" +
		"2021年以来,新田县通过一系列创新实践,健康县建设取得了积极成效。全县居民健康素养水平从2021年的26.26%提升到2022年的31.33%,成人吸烟率从2021年的22.5%下降到2022年的18%。\n"
	r := Parse("06_xintian.txt", text, Meta{}, Options{}).Reports[0]
	if r.Place != "新田县" {
		t.Errorf("place %q, want 新田县 (the host)", r.Place)
	}
	for _, f := range r.Figures {
		if f.Raw == "18" && f.Place != "新田县" {
			t.Errorf("成人吸烟率18%% placed in %q, want 新田县", f.Place)
		}
	}
}

// A county's own title leading with its name stays the county's.
func TestCountyTitleWithoutVisit(t *testing.T) {
	text := "隆回县召开健康县建设推进会\n2023-07-13\n会议指出,全县居民健康素养水平提升到31.33%。\n"
	if r := Parse("t.txt", text, Meta{}, Options{}).Reports[0]; r.Place != "隆回县" {
		t.Errorf("place %q, want 隆回县", r.Place)
	}
}
