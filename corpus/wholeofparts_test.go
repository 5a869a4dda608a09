package corpus

import "testing"

// The parts a sentence opening with 其中 counts, also after its
// semicolons, record the whole of the sentence before they break down.
func TestWholeOfPartsAfterQizhong(t *testing.T) {
	text := "某市出生人口情况\n2022-01-28\n数据显示,2021年,全市共上报出生2425人,同比减少491人。其中:一孩出生1408人,同比减少218人;二孩出生965人,同比减少287人。\n"
	wholes := map[string]string{}
	for _, f := range Parse("t.txt", text, Meta{}, Options{}).Reports[0].Figures {
		wholes[f.Raw] = f.Whole
	}
	if wholes["1408"] != "上报出生" || wholes["965"] != "上报出生" || wholes["2425"] != "" {
		t.Errorf("wholes by value: %v", wholes)
	}
}
