package corpus

import "testing"

func TestMarkerLevel(t *testing.T) {
	tests := []struct {
		line  string
		level int
		text  string
	}{
		{"第二部分 主要任务", 0, "主要任务"},
		{"四、保障措施", 1, "保障措施"},
		{"（三）建立并实施公共政策健康审查制度", 2, "建立并实施公共政策健康审查制度"},
		{"1.\u2002加强组织领导。各级党委要…", 3, "加强组织领导。各级党委要…"},
		{"2、加强能力建设", 3, "加强能力建设"},
		{"（1）完善机制", 4, "完善机制"},
		{"2023年全县共有床位1200张。", -1, ""},
		{"1.5万人次接受了筛查", -1, ""},
	}
	for _, tt := range tests {
		level, text := MarkerLevel(tt.line)
		if level != tt.level || text != tt.text {
			t.Errorf("MarkerLevel(%q) = %d %q, want %d %q", tt.line, level, text, tt.level, tt.text)
		}
	}
}

func FuzzMarkerLevel(f *testing.F) {
	for _, s := range []string{"四、保障措施", "（三）健全体系", "1.\u2002加强领导。", "（1）完善", "第二部分 任务", "1.5万人次", "①", "附件1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		level, rest := MarkerLevel(line)
		if level < -1 || level > 5 || level == -1 && rest != "" || len(rest) > len(line) {
			t.Fatalf("MarkerLevel(%q) = %d %q", line, level, rest)
		}
	})
}

func TestMarkerNumber(t *testing.T) {
	for line, want := range map[string]int{"12.实施癌症防治行动": 12, "（三）防控重大疾病": 3, "十二、保障措施": 12, "第四章 疫情控制": 4} {
		if n, ok := MarkerNumber(line); !ok || n != want {
			t.Errorf("MarkerNumber(%q) = %d %v, want %d", line, n, ok, want)
		}
	}
	if _, ok := MarkerNumber("保障措施"); ok {
		t.Error("a line with no marker has a number")
	}
}
