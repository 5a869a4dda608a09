package figures

import "testing"

// "此次", "本次" say which round a count is of, not what it counts: a label
// opening with one is the thing counted ("此次共为全县1053名监护人…发放监护
// 补贴72万元" counts 监护人).
func TestThisTimeIsNoPartOfALabel(t *testing.T) {
	cases := []struct{ sentence, raw, want string }{
		{"据统计,此次共为全县1053名监护人(包括协助监护人),发放监护补贴72万元。", "1053", "监护人"},
		{"本次义诊群众560人次。", "560", "义诊群众"},
	}
	for _, c := range cases {
		if f := figureOf(t, c.sentence, c.raw); f.Label != c.want {
			t.Errorf("%s: %s labelled %q, want %q", c.sentence, c.raw, f.Label, c.want)
		}
	}
}
