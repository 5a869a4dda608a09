package understand

import "testing"

func TestAskedItems(t *testing.T) {
	tests := []struct {
		q  string
		n  int
		ok bool
	}{
		{"副市长提了哪三点要求？", 3, true},
		{"会议提出了哪两个方面的任务", 2, true},
		{"讲话讲了哪几点", 0, false},
		{"主动公开了几条政府信息", 0, false},
		{"下午三点开会讲了什么", 0, false},
		{"家庭医生签约率是多少", 0, false},
	}
	for _, tt := range tests {
		n, ok := AskedItems(tt.q)
		if n != tt.n || ok != tt.ok {
			t.Errorf("%q: got %d %v, want %d %v", tt.q, n, ok, tt.n, tt.ok)
		}
	}
}
