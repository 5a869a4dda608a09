package bot

import "testing"

// The public a measure serves ("让老百姓就近看病") is no aspect asked of
// it, and a paragraph on an aspect of something else ("异地就医" under
// social insurance) is no answer: the items found for 强基层 stay.
func TestAspectOfTheThingAsked(t *testing.T) {
	items := []listItem{{"织牢基层网底。", 1}, {"实施医疗卫生强基工程，高质量建设紧密型县域医共体，常态化开展“千名医师下基层”巡诊。", 1}}
	sources := []Source{{N: 1, Text: "持续完善社保网络。加快社会保险扩面提质，方便异地就医结算。\n兜牢民生底线。加强基层群众救助帮扶。"}}
	if got, found := askedAspect("福建今年强基层、让老百姓就近看病准备咋弄？", items, sources); found {
		t.Errorf("aspect found: %v", got)
	}
	// The aspect of the thing itself still answers.
	sources = []Source{{N: 1, Text: "推进基层首诊。强基工程让群众就近就医，基层诊疗量占比提高。"}}
	if _, found := askedAspect("福建今年强基层、让老百姓就近看病准备咋弄？", items, sources); !found {
		t.Error("the aspect of 强基 itself not found")
	}
}
