package places

import "testing"

// A county the text names in full once (平潭县第十八届人民代表大会) is the
// place its bare short form names elsewhere ("为平潭擘画的蓝图"); a bare
// county short form in a text that never names the county stays unread.
func TestBareCountyOfOneNamedInFull(t *testing.T) {
	text := "在平潭县第十八届人民代表大会第三次会议上。坚定沿着为平潭擘画的宏伟蓝图，平潭经济稳步增长。"
	n := 0
	for _, m := range Find(text) {
		if m.Place.Name == "平潭县" {
			n++
		}
	}
	if n != 3 {
		t.Errorf("平潭县 found %d times in %q, want 3: %+v", n, text, Find(text))
	}
	for _, m := range Find("坚定沿着为平潭擘画的宏伟蓝图，平潭经济稳步增长。") {
		if m.Place.Name == "平潭县" {
			t.Errorf("bare short form read with no full name: %+v", m)
		}
	}
}
