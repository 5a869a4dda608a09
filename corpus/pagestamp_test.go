package corpus

import "testing"

// A reprint page: spam above everything, a headline, a breadcrumb carrying
// the page's stamp, and pinyin after some characters. The headline is the
// title, the stamp dates the page (not the 2010 its story starts in), and
// the place the headline names is the report's, pinyin or not.
func TestReprintPageStampTitleAndPlace(t *testing.T) {
	text := "精品视频,最新中文字幕大全,热门推荐免费在线观看高清完整版,欢迎来看\n\n" +
		"财经门户网_财经资讯\n\n" +
		"鎮(zhèn)江市居民健康素養(yǎng)水平提升至35%\n\n" +
		"當前位置:财经门户网_财经资讯 讓金融離得更近>資訊 > 社會 > 正文  2023-03-21 08:15:02 來源:某某网\n\n" +
		"3月20日,鎮(zhèn)江市召開健康促進工作會議。自2010年啟動健康城市建設以來,各項工作取得成效。" +
		"2022年全市居民健康素養(yǎng)水平達到35%,完成宮頸癌篩查8.1萬人。\n"
	doc := Parse("x.txt", text, Meta{}, Options{})
	if len(doc.Reports) != 1 {
		t.Fatalf("%d reports", len(doc.Reports))
	}
	r := doc.Reports[0]
	if r.Title != "鎮江市居民健康素養水平提升至35%" {
		t.Errorf("title %q", r.Title)
	}
	if r.Year != 2023 {
		t.Errorf("year %d, want 2023 (the page's stamp)", r.Year)
	}
	if r.Place != "镇江市" {
		t.Errorf("place %q", r.Place)
	}
	found := false
	for _, f := range r.Figures {
		if f.Value == 8.1 {
			found = true
			if f.Year != 2022 || f.Kind != KindSummary {
				t.Errorf("screening figure %+v, want a 2022 summary", f)
			}
		}
	}
	if !found {
		t.Errorf("no screening figure in %+v", r.Figures)
	}
}

// A notice whose title line carries spam ("…办公室足球直播,…印发…的通知")
// is titled by the plan's own line below; its "发布时间:" line (page
// furniture) dates it, not the start of a change ("由2015年的").
func TestSpammedNoticeTitleAndPublishedYear(t *testing.T) {
	text := "分享到:\n\n某市人民政府办公室体育直播,赛事直播360印发某市“十四五”国民健康规划的通知\n\n" +
		"发布时间:2022-12-05 16:30\n\n各县(市、区)人民政府:\n\n《某市“十四五”国民健康规划》已经市政府同意,现印发给你们,请认真贯彻落实。\n\n" +
		"某市“十四五”国民健康规划\n\n为全面落实健康中国战略,制定本规划,规划期为2021-2025年。\n\n一、发展背景\n\n" +
		"婴儿死亡率由2015年的3.68‰降低到2020年的2.44‰,且低于全省4.03‰的平均水平。\n"
	r := Parse("规划.txt", text, Meta{}, Options{}).Reports[0]
	if r.Title != "某市“十四五”国民健康规划" {
		t.Errorf("title %q", r.Title)
	}
	if r.Year != 2022 {
		t.Errorf("year %d, want 2022 (published)", r.Year)
	}
}

// The start of a change ("由2015年的") is never the year a text is about.
func TestChangeStartIsNoTextYear(t *testing.T) {
	r := Parse("情况.txt", "某县卫生健康工作情况\n婴儿死亡率由2015年的3.68‰降低到2.44‰。\n", Meta{}, Options{}).Reports[0]
	if r.Year == 2015 {
		t.Errorf("year %d from the start of a change", r.Year)
	}
}

// A forum repost: ads above, the thread's title before "[复制链接]", the
// post's date below. The title is the thread's; its year (1949) and the
// country it compares with are the story's, not the page's: the page is of
// its post date and of the city its headline opens with.
func TestForumThreadRepost(t *testing.T) {
	text := "某某民生网\n\n主题:57730 | 回复:1496203\n\n免费获取 4 份设计方案\n\n四家正规装修公司,专业设计师为您免费服务\n\n" +
		"芜湖人均预期寿命超过80岁!1949年全国仅35岁,变化从何而来? [复制链接] qrcode\n\n查看: 53285 | 回复: 32\n\n某网友\n" +
		"发表于: 2020-12-23 12:13 | 只看该作者\n\n" +
		"12月22日,市政府新闻办召开卫生健康发展主要成就专场新闻发布会。至十三五末,我市人均预期寿命指标达到了80.6岁(根据国家卫健委发布的统计公报,2019年我国居民人均预期寿命达到77.3岁)。\n" +
		"全市医疗机构数从2015年的1392家增加到目前的1708家,芜湖市民在家门口就能享受名院名医的诊疗服务。\n"
	r := Parse("帖子.txt", text, Meta{}, Options{}).Reports[0]
	if r.Title != "芜湖人均预期寿命超过80岁!1949年全国仅35岁,变化从何而来?" {
		t.Errorf("title %q", r.Title)
	}
	if r.Year != 2020 || r.PlanYear != 0 && r.PlanYear < r.Year {
		t.Errorf("year %d plan year %d, want 2020 and none before it", r.Year, r.PlanYear)
	}
	if r.Place != "芜湖市" {
		t.Errorf("place %q", r.Place)
	}
}
