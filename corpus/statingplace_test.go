package corpus

import "testing"

// A place that opens a sentence by stating what follows ("例如,石家庄市明确,
// 到今年4月底要完成401万人的首剂次接种") is the place of the targets it states,
// not the page's, and they are targets (made-up news).
func TestStatingPlaceOfItsTargets(t *testing.T) {
	text := "上海有序推进疫苗接种\n3月24日,上海市卫生健康系统有序推进新冠疫苗接种工作,累计接种245.8万人。一些城市已经拟定了接种覆盖率目标。例如,石家庄市明确,到今年4月底要完成401万人的首剂次接种。\n"
	for _, f := range Parse("t.txt", text, Meta{}, Options{}).Reports[0].Figures {
		switch f.Raw {
		case "401":
			if f.Place != "石家庄市" || !f.Target {
				t.Errorf("%s = 401万人: place %q target %v, want 石家庄市's target", f.Label, f.Place, f.Target)
			}
		case "245.8":
			if f.Place != "上海市" {
				t.Errorf("%s = 245.8万人: place %q, want 上海市", f.Label, f.Place)
			}
		}
	}
}
