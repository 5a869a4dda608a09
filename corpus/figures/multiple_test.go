package figures

import "testing"

// A multiple's base ("是去年同期的5.2倍") is its qualifier, not its label.
func TestMultipleOfItsBase(t *testing.T) {
	s := "本市互联网医院业务诊疗量明显增加,服务总人次是去年同期的5.2倍,处方量是去年同期的11.2倍。"
	for raw, label := range map[string]string{"5.2": "服务总人次", "11.2": "处方量"} {
		if f := figureOf(t, s, raw); f.Label != label || f.Qualifier != "是去年同期" {
			t.Errorf("%s: label %q qualifier %q, want %q and 是去年同期", raw, f.Label, f.Qualifier, label)
		}
	}
}
