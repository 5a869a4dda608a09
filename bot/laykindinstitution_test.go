package bot_test

import (
	"strings"
	"testing"
)

// A kind of institution asked in lay words ("乡下镇上的卫生院") is what the
// question counts, not one township's institution whose figure it asks:
// of a bulletin's beds, the township health centres' (农村乡（镇）卫生院
// 床位11456张), not every institution's (卫生机构床位57848张).
func TestLayKindOfInstitutionIsWhatIsCounted(t *testing.T) {
	b := botOver(t, map[string]string{
		"洛阳市2023年统计公报.txt": "2023年洛阳市国民经济和社会发展统计公报\n十一、卫生健康\n" +
			"年末共有卫生机构4985个，床位57848张；其中医院、卫生院316个，床位54229张。农村乡（镇）共有卫生院153个，床位11456张，卫生技术人员7410人。\n",
	})
	a := ask(t, b, nil, "洛阳2023年乡下镇上的卫生院一共有多少张床？")
	if !strings.HasPrefix(a.Text, "根据资料") || !strings.Contains(strings.SplitN(a.Text, "\n", 2)[0], "11456张") {
		t.Errorf("want 11456张 first: %s", a.Text)
	}
}
