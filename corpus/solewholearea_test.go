package corpus

import "testing"

// A news story naming its county once, deep in its first sentence ("…,今年
// 年初以来,濮阳县以人民群众…"), and then its whole area ("全县新增城镇就业
// 3715人") is that county's; a text naming two places, or its place
// without its whole area, gives no such place.
func TestSoleWholeArea(t *testing.T) {
	text := "本报讯 为让发展更有“温度”、幸福更有“质感”,今年年初以来,濮阳县以人民群众对美好生活的向往作为出发点,扎实做好民生实事。\n就业形势更加稳固。1至4月,全县新增城镇就业3715人。\n"
	if got := Parse("t.txt", text, Meta{}, Options{}).Reports[0].Place; got != "濮阳县" {
		t.Errorf("place %q, want 濮阳县", got)
	}
	for body, want := range map[string]string{
		"今年以来,濮阳县扎实做好民生实事。全县新增就业3715人。":     "濮阳县",
		"今年以来,濮阳县和清丰县扎实做好民生实事。全县新增就业3715人。": "",
		"今年以来,濮阳县扎实做好民生实事。新增就业3715人。":       "",
	} {
		if got := soleWholeArea(body); got != want {
			t.Errorf("soleWholeArea(%q) = %q, want %q", body, got, want)
		}
	}
}
