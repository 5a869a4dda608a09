package corpus

import "testing"

// National documents and news of them: the place is 全国, the issuer the
// national body, a news report's title the document it reports on; a local
// report that quotes the centre stays local.
func TestNationalDocuments(t *testing.T) {
	tests := []struct {
		name, text           string
		title, place, issuer string
	}{
		{
			name: "news of a national bulletin",
			text: "本报北京8月29日电(记者 某某)国家卫生健康委29日发布的《2023年我国卫生健康事业发展统计公报》显示，全国医疗卫生机构总数107万个。\n" +
				"公报显示，我国卫生资源总量持续增长。全国每千人口执业(助理)医师3.40人。\n",
			title: "2023年我国卫生健康事业发展统计公报", place: NationalPlace, issuer: "国家卫生健康委",
		},
		{
			name:  "a national text naming no body",
			text:  "2024年，我国在疾病控制领域精准发力。\n全国甲乙类传染病报告发病336.7万例。\n全国孕产妇产前检查率98.3%。\n",
			place: NationalPlace,
		},
		{
			name:  "a local report quoting the centre",
			text:  "2023年卫生局工作总结\n今年以来，全区卫生系统认真学习中共中央精神，获评全国文明单位，全国卫生城市复审通过，居全国前列。\n",
			title: "2023年卫生局工作总结",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Parse("n.txt", tt.text, Meta{}, Options{}).Reports[0]
			if tt.title != "" && r.Title != tt.title || r.Place != tt.place || r.Issuer != tt.issuer {
				t.Errorf("title %q place %q issuer %q; want %q %q %q", r.Title, r.Place, r.Issuer, tt.title, tt.place, tt.issuer)
			}
		})
	}
}
