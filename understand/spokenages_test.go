package understand

import "testing"

func TestWriteAges(t *testing.T) {
	cases := map[string]string{
		"柘荣县八十岁往上的老人有多少": "柘荣县80岁以上的老人有多少",
		"六十五周岁以上老人健康管理率": "65周岁以上老人健康管理率",
		"十四岁朝下的小孩":       "14岁以下的小孩",
		"60岁往上的老人":       "60岁以上的老人",
		"65岁以上老年人":       "65岁以上老年人", // as reports write it
		"孩子几岁能打":         "孩子几岁能打",   // no age named
		"十四五期间新增床位":      "十四五期间新增床位",
		// Young ages and ages before which something happens stay: the
		// indicator catalogue's lay words say them so.
		"两岁的娃娃":    "两岁的娃娃",
		"一岁以内的小娃娃": "一岁以内的小娃娃",
		"七十岁前死于慢病": "七十岁前死于慢病",
	}
	for in, want := range cases {
		if got := WriteAges(in); got != want {
			t.Errorf("WriteAges(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzWriteAges(f *testing.F) {
	for _, s := range []string{"八十岁往上", "六十五周岁", "60岁朝下", "百岁老人", "零岁"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		once := WriteAges(s)
		if twice := WriteAges(once); twice != once {
			t.Errorf("WriteAges not idempotent: %q → %q → %q", s, once, twice)
		}
	})
}
