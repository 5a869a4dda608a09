package bot

import "testing"

// A town, township or village the gazetteer does not hold, written before
// an indicator, is where it is asked, not a kind of it; the kinds of place
// such names also end in are kinds.
func TestTownIsNoModifier(t *testing.T) {
	for topic, want := range map[string]string{
		"探沂镇常住人口":   "",
		"柳林乡孕产妇死亡率": "",
		"农村孕产妇死亡率":  "农村",
	} {
		if got := askedModifier(topic); got != want {
			t.Errorf("askedModifier(%q) = %q, want %q", topic, got, want)
		}
	}
}

func TestWithoutTowns(t *testing.T) {
	for topic, want := range map[string]string{
		"探沂镇常住人口":    "常住人口",
		"双庄街道服务人口":   "服务人口",
		"农村乡镇卫生院床位":  "农村乡镇卫生院床位",
		"城镇居民医保参保率":  "城镇居民医保参保率",
		"柳林乡家庭医生签约率": "家庭医生签约率",
	} {
		if got := withoutTowns(topic); got != want {
			t.Errorf("withoutTowns(%q) = %q, want %q", topic, got, want)
		}
	}
}

// Which one is pointed at ("那家") and to whom something is done ("就医给")
// are no kinds of the measure asked.
func TestPointersAndRecipientsAreNoModifiers(t *testing.T) {
	for _, topic := range []string{"河下那家社区医院门诊人次", "跨省异地就医给参保人少垫的钱"} {
		if got := askedModifier(topic); got != "" {
			t.Errorf("askedModifier(%q) = %q, want none", topic, got)
		}
	}
}
