package indicators

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func top(text string) string {
	ms := MatchText(text)
	if len(ms) == 0 {
		return ""
	}
	return ms[0].Indicator.ID
}

func ids(ms []Match) []string {
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = m.Indicator.ID
	}
	return out
}

// TestConfusionPairs: look-alike indicators stay apart in both directions.
func TestConfusionPairs(t *testing.T) {
	cases := []struct {
		text, want string
		never      []string // must not appear among the matches at all
	}{
		{"传染病报告发病率", "notifiable_disease_incidence", []string{"notifiable_disease_cases"}},
		{"报告传染病病例数", "notifiable_disease_cases", []string{"notifiable_disease_incidence"}},
		{"全年报告传染病病例8350例", "notifiable_disease_cases", []string{"notifiable_disease_incidence"}},
		{"今年传染病发病率比去年高吗", "notifiable_disease_incidence", []string{"notifiable_disease_cases"}},
		{"乙肝疫苗接种率", "hepb_vaccination_rate", []string{"covid_booster_rate"}},
		{"新冠疫苗加强针接种率", "covid_booster_rate", []string{"hepb_vaccination_rate", "nip_vaccination_rate"}},
		{"新冠疫苗加强针打了多少", "covid_booster_rate", []string{"hepb_vaccination_rate"}},
		{"南京专科医院有几家？", "specialty_hospitals", []string{"tcm_hospitals", "tertiary_hospitals"}},
		{"中医院有几家", "tcm_hospitals", []string{"specialty_hospitals"}},
		{"新报告的艾滋病感染者比去年同期少了多少", "hiv_new_reported", []string{"hiv_living"}},
		{"新报告感染者4364例", "hiv_new_reported", []string{"hiv_living"}},
		{"现存活艾滋病感染者有多少", "hiv_living", []string{"hiv_new_reported"}},
		{"床位数", "beds_total", []string{"beds_per_1000"}},
		{"河南首批省级健康乡镇一共评了多少个", "healthy_town_count", []string{"healthy_county_count"}},
		{"省级健康县区建了几个", "healthy_county_count", []string{"healthy_town_count"}},
		{"推动全人群签约率提升至55%以上", "family_doctor_signing_rate", nil},
		{"重点人群签约率提升至85%以上", "key_group_signing_rate", nil},
		{"病床周转次数", "bed_turnover", []string{"bed_occupancy_rate"}},
		{"看病花的钱里面老百姓自己掏腰包的占几成", "oop_share", nil},
		{"门急诊总诊疗量", "outpatient_emergency_visits", []string{"emergency_visits"}},
		{"医院合计的编制床位是多少张", "beds_approved", []string{"beds_total"}},
		{"每千人口床位数", "beds_per_1000", []string{"beds_total"}},
		// A count after a per-head mark that keeps its name from being
		// matched whole (拥有) is counted per head.
		{"每千人拥有卫生技术人员", "health_technicians_per_1000", []string{"health_technicians"}},
		{"每千人拥有执业医师", "physicians_per_1000", []string{"physicians"}},
		{"全市医疗卫生机构床位数达到多少张", "beds_total", []string{"beds_per_1000"}},
		{"门诊人次", "outpatient_emergency_visits", []string{"outpatient_cost_per_visit"}},
		{"次均门诊费用", "outpatient_cost_per_visit", []string{"outpatient_emergency_visits"}},
		{"门诊次均费用", "outpatient_cost_per_visit", nil},
		{"次均门诊费用是多少", "outpatient_cost_per_visit", nil},
		{"看个门诊平均花多少钱", "outpatient_cost_per_visit", nil},
		{"人均预期寿命", "life_expectancy", []string{"healthy_life_expectancy"}},
		{"健康预期寿命", "healthy_life_expectancy", []string{"life_expectancy"}},
		// Another age group is another indicator.
		{"丽水去年14岁以下小孩的死亡率是多少？", "", []string{"under5_mortality"}},
		{"5岁以下小孩的死亡率", "under5_mortality", nil},
		{"小孩一周岁内没了的，每千个有几个", "infant_mortality", nil},
		{"婴儿死亡率", "infant_mortality", []string{"neonatal_mortality", "death_rate"}},
		{"新生儿死亡率", "neonatal_mortality", []string{"infant_mortality"}},
		{"孕产妇死亡率", "maternal_mortality", []string{"maternal_system_mgmt_rate"}},
		{"孕产妇系统管理率", "maternal_system_mgmt_rate", []string{"maternal_mortality"}},
		{"重点人群家庭医生签约率", "key_group_signing_rate", []string{"family_doctor_signing_rate"}},
		{"每千人口执业（助理）医师数", "physicians_per_1000", []string{"physicians"}},
		{"执业（助理）医师数", "physicians", []string{"physicians_per_1000"}},
		{"每千人口医师数", "physicians_per_1000", nil},
		{"每千人口注册护士数", "nurses_per_1000", []string{"physicians_per_1000"}},
		{"个人卫生支出占卫生总费用比重", "oop_share", []string{"total_health_expenditure"}},
		{"卫生总费用", "total_health_expenditure", []string{"oop_share"}},
		{"高血压患者规范管理率", "hypertension_mgmt_rate", []string{"hypertension_prevalence"}},
		{"高血压患病率", "hypertension_prevalence", []string{"hypertension_mgmt_rate"}},
		{"养老床位数", "elderly_care_beds", []string{"beds_total"}},
		{"常住人口城镇化率", "urbanization_rate", []string{"resident_population"}},
		{"城镇居民人均可支配收入", "urban_income", []string{"disposable_income", "rural_income"}},
		{"65岁及以上老年人健康管理率", "elderly_health_mgmt_rate", []string{"aged65_share"}},
		// The brief's lay wordings.
		{"看一次门诊要花多少钱", "outpatient_cost_per_visit", nil},
		{"一个医生要管多少人", "physicians_per_1000", nil},
		{"医生多不多", "physicians_per_1000", nil},
		{"打了疫苗的孩子占多少", "nip_vaccination_rate", nil},
		{"能活多少岁", "life_expectancy", nil},
		{"生孩子死了多少妈妈", "maternal_mortality", nil},
		{"家庭医生签了多少", "family_doctor_signing_rate", nil},
		{"床位够不够", "beds_per_1000", nil},
	}
	for _, c := range cases {
		ms := MatchText(c.text)
		got := ids(ms)
		if c.want != "" && (len(got) == 0 || got[0] != c.want) {
			t.Errorf("MatchText(%q) = %v, want %s first", c.text, got, c.want)
		}
		for _, n := range c.never {
			for _, g := range got {
				if g == n {
					t.Errorf("MatchText(%q) = %v, must not hold %s", c.text, got, n)
				}
			}
		}
	}
}

// TestFigureLabels: labels as corpus/figures extracts them (from
// corpus/samples/004 and ../shared/devdocs), with their unit.
func TestFigureLabels(t *testing.T) {
	cases := []struct{ label, want string }{
		{"家庭医生总签约率", "family_doctor_signing_rate"},
		{"家医签约总数", "family_doctor_signed_people"},
		{"传染病病例", "notifiable_disease_cases"},
		{"人均预期寿命", "life_expectancy"},
		{"人均预期寿命预计", "life_expectancy"},
		{"千人口床位数", "beds_per_1000"},
		{"每千人口执业医师", "physicians_per_1000"},
		{"每千人口注册护士", "nurses_per_1000"},
		{"每万人口全科医生", "gps_per_10000"},
		{"卫生技术人员", "health_technicians"},
		{"医疗卫生机构总数", "institutions_total"},
		{"医院", "hospitals"},
		{"65岁及以上老年人数", "aged65_population"},
		{"地区生产总值", "gdp"},
		{"人均地区生产总值", "gdp_per_capita"},
		{"人均生产总值", "gdp_per_capita"},
		{"城乡居民人均可支配收入", "disposable_income"},
		{"居民人均可支配收入", "disposable_income"},
		{"农村居民人均可支配收入", "rural_income"},
		{"常住人口城镇化率", "urbanization_rate"},
		{"城镇化率", "urbanization_rate"},
		{"城镇调查失业率", "unemployment_rate"},
		{"基本医保参保率", "insurance_coverage_rate"},
		{"基本养老保险参保率", "pension_coverage_rate"},
		{"每千人口托位数", "childcare_places_per_1000"},
		{"每千人托位", "childcare_places_per_1000"},
		{"农村卫生厕所普及率", "rural_sanitary_toilet_rate"},
		{"卫生户厕普及率", "rural_sanitary_toilet_rate"},
		{"居民健康素养水平", "health_literacy"},
		{"健康细胞建设覆盖率", "health_cells_coverage"},
		{"养老床位数", "elderly_care_beds"},
		{"养老床位", "elderly_care_beds"},
		{"护理型养老床位占比", "nursing_bed_share"},
		{"养老机构护理型床位占比", "nursing_bed_share"},
		{"城乡居民基本医保人均补助标准", "resident_insurance_subsidy"},
		{"一般公共预算收入", "public_budget_revenue"},
		{"地方一般公共预算收入", "public_budget_revenue"},
		{"空气优良天数率", "air_quality_rate"},
		{"城市空气质量优良天数比率", "air_quality_rate"},
		{"森林覆盖率", "forest_coverage"},
		{"农村自来水普及率", "rural_tap_water_rate"},
		{"城乡居民收入比", "urban_rural_income_ratio"},
		{"人均体育场地面积", "sports_area_per_capita"},
		{"新增国家特扶", "special_family_support"},
		{"新增国家奖扶", "rural_family_reward"},
		{"罚没款", "fines_amount"},
		{"全年共实施行政处罚", "admin_penalty_cases"},
		// Labels that are no indicator of the catalogue.
		{"行政诉讼案件", ""},
		{"资金使用率", ""},
		{"完成率", ""},
		{"受理办件", ""},
		{"有效派车", ""},
		{"会诊病人", ""},
		{"柔性引进高层次人才", ""},
		{"召开意识形态领域分析研判会", ""},
	}
	for _, c := range cases {
		if got := top(c.label); got != c.want {
			t.Errorf("MatchText(%q) top = %q, want %q (all: %v)", c.label, got, c.want, ids(MatchText(c.label)))
		}
	}
}

func TestSame(t *testing.T) {
	cases := []struct {
		a, b string
		want bool
	}{
		{"门诊次均费用", "次均门诊费用", true},
		{"门诊病人次均医药费用", "次均门诊费用", true},
		{"家庭医生签约率", "家庭医生总签约率", true},
		// A label written in Traditional script is compared in Simplified.
		{"家庭醫生簽約率", "家庭医生总签约率", true},
		{"每千人口執業（助理）醫師數", "每千人口执业医师", true},
		{"嬰兒死亡率", "新生儿死亡率", false},
		{"每千人口执业（助理）医师数", "每千人口执业医师", true},
		{"千人口床位数", "每千人口医疗卫生机构床位数", true},
		{"城乡居民人均可支配收入", "居民人均可支配收入", true},
		{"传染病病例", "报告传染病病例数", true},
		{"床位数", "每千人口床位数", false},
		{"每千常住人口医疗卫生机构床位数", "每千常住人口医院床位数", false},
		{"传染病报告发病率", "报告传染病病例数", false},
		{"乙肝疫苗接种率", "新冠疫苗加强针接种率", false},
		{"门诊人次", "次均门诊费用", false},
		{"婴儿死亡率", "新生儿死亡率", false},
		{"人均预期寿命", "健康预期寿命", false},
		{"完成率", "完成率", true},
		// A kind of the thing counted is another figure; the area's own
		// words before the name are not a kind.
		{"医院", "民族医院", false},
		{"医院", "专科医院", false},
		{"厦门全市居民平均期望寿命", "人均预期寿命", true},
		{"四川省人均预期寿命", "人均预期寿命", true},
		{"完成率", "资金使用率", false},
		// A table's part of a measure is neither the measure nor the part.
		{"卫生技术人员数：其中注册护士", "卫生技术人员数", false},
		{"卫生机构床位数：其中医院、卫生院", "医院数", false},
		{"卫生技术人员数：其中注册护士", "卫生技术人员数：其中注册护士", true},
		{"", "", false},
	}
	for _, c := range cases {
		if got := Same(c.a, c.b); got != c.want {
			t.Errorf("Same(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
		if got := Same(c.b, c.a); got != c.want {
			t.Errorf("Same(%q, %q) = %v, want %v (not symmetric)", c.b, c.a, got, c.want)
		}
	}
}

func TestPerPopulationName(t *testing.T) {
	// A count's name after a per-head mark is the per-head indicator's.
	cases := []struct{ text, want string }{
		{"千人均医疗机构床位数", "beds_per_1000"},
		{"千人均床位数", "beds_per_1000"},
		{"千人均执业医师", "physicians_per_1000"},
		{"医疗机构床位数", "beds_total"},
		{"全市人口和医疗机构床位数", "beds_total"},
	}
	for _, c := range cases {
		ms := MatchText(c.text)
		if len(ms) == 0 || ms[0].Indicator.ID != c.want {
			t.Errorf("MatchText(%q) = %v, want %s first", c.text, ms, c.want)
		}
	}
}

func TestOffsets(t *testing.T) {
	cases := []struct{ text, want, span string }{
		{"请问2023年次均门诊费用是多少？", "outpatient_cost_per_visit", "次均门诊费用"},
		{"２０２３年 每千人口执业（助理）医师数", "physicians_per_1000", "每千人口执业（助理）医师数"},
		{"全年报告传染病病例8350例，发病率下降", "notifiable_disease_cases", "报告传染病病例"},
		// Traditional characters, read as Simplified, offsets in the original.
		{"2012年,全省嬰兒死亡率為7.25‰", "infant_mortality", "嬰兒死亡率"},
		{"孕産婦死亡率為24.35/10萬", "maternal_mortality", "孕産婦死亡率"},
	}
	for _, c := range cases {
		ms := MatchText(c.text)
		if len(ms) == 0 || ms[0].Indicator.ID != c.want {
			t.Errorf("MatchText(%q) = %v, want %s", c.text, ids(ms), c.want)
			continue
		}
		if got := c.text[ms[0].Start:ms[0].End]; got != c.span {
			t.Errorf("MatchText(%q) span %q, want %q", c.text, got, c.span)
		}
	}
}

func TestMatchTextEdges(t *testing.T) {
	for _, s := range []string{"", "率", "？？？", "2023年", strings.Repeat("的", 50), "\xff\xfe"} {
		if ms := MatchText(s); len(ms) != 0 {
			t.Errorf("MatchText(%q) = %v, want none", s, ids(ms))
		}
	}
}

func FuzzMatchText(f *testing.F) {
	for _, s := range []string{"次均门诊费用是多少", "每千人口执业（助理）医师数", "看个门诊平均花多少钱",
		"２０２３年床位够不够", "\xff婴儿死亡率", "传染病病例8350例"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ms := MatchText(s)
		for i, m := range ms {
			if m.Start < 0 || m.End > len(s) || m.Start >= m.End {
				t.Fatalf("MatchText(%q): bad span %d..%d", s, m.Start, m.End)
			}
			if utf8.ValidString(s) && !utf8.ValidString(s[m.Start:m.End]) {
				t.Fatalf("MatchText(%q): span %d..%d cuts a rune", s, m.Start, m.End)
			}
			if i > 0 && ms[i-1].Score < m.Score {
				t.Fatalf("MatchText(%q): not sorted by score", s)
			}
			if m.Via != ViaName && m.Via != ViaAlias && m.Via != ViaLay {
				t.Fatalf("MatchText(%q): via %q", s, m.Via)
			}
		}
		_ = Same(s, "次均门诊费用")
	})
}

var benchQuestions = []string{
	"看个门诊平均花多少钱", "2023年家庭医生签约率是多少？", "我们县医生够不够用", "去年在慢性病防控方面做了哪些工作",
}

func BenchmarkMatchQuestion(b *testing.B) {
	MatchText("warm up")
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		MatchText(benchQuestions[i%len(benchQuestions)])
	}
}

var benchLabels = []string{"家庭医生总签约率", "每千人口执业医师", "传染病病例", "资金使用率", "城乡居民人均可支配收入"}

func BenchmarkMatchLabel(b *testing.B) {
	MatchText("warm up")
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		MatchText(benchLabels[i%len(benchLabels)])
	}
}

func BenchmarkMatchSentence(b *testing.B) {
	s := "全年报告传染病病例8350例，完成率100%，发现学校疑似流感样聚集性疫情34起，家庭医生总签约率为50.2%，高于省市要求。"
	MatchText("warm up")
	b.ReportAllocs()
	for b.Loop() {
		MatchText(s)
	}
}

// Life expectancy asked by its lay word alone ("寿命", "人能活多少岁"),
// never the healthy life expectancy its look-alike names.
func TestLifeExpectancyByLayWord(t *testing.T) {
	for _, q := range []string{"给寿命定的目标 岁", "人能活 岁", "寿命 岁"} {
		if got := top(q); got != "life_expectancy" {
			t.Errorf("top(%q) = %q, want life_expectancy", q, got)
		}
	}
	if got := top("健康预期寿命"); got != "healthy_life_expectancy" {
		t.Errorf("top(健康预期寿命) = %q", got)
	}
}

// "人均" before a lay wording of an indicator named per head (人均预期寿命)
// is that name's own, so the wording is a whole, sure match even in a long
// question.
func TestPerHeadBeforeLayWordOfAPerHeadName(t *testing.T) {
	ms := MatchText("十四五规划里，到时候人均能活到多少岁算达标？")
	if len(ms) == 0 || ms[0].Indicator.ID != "life_expectancy" || ms[0].Score < 1 {
		t.Errorf("MatchText = %+v, want life_expectancy with a score of at least 1", ms)
	}
}

// "大医院" alone names the tertiary hospitals, not every hospital.
func TestBigHospitalsAreTertiary(t *testing.T) {
	if got := top("县医院跟外面多少家大医院连上了远程看病"); got != "tertiary_hospitals" {
		t.Errorf("top = %q, want tertiary_hospitals", got)
	}
}

// Births asked in spoken words ("一年生了多少小孩").
func TestBirthsBySpokenWords(t *testing.T) {
	for _, q := range []string{"全国去年一年生了多少小孩", "一年生了 小孩"} {
		if got := top(q); got != "births" {
			t.Errorf("top(%q) = %q, want births", q, got)
		}
	}
}

// A mother's death in childbirth said as "出事" ("当妈的生孩子出事的比例")
// is the maternal mortality rate.
func TestMaternalDeathAsMishap(t *testing.T) {
	for _, q := range []string{"沈阳当妈的生孩子出事的比例，到2020年降到多少了", "产妇出事的有几个"} {
		if got := top(q); got != "maternal_mortality" {
			t.Errorf("top(%q) = %q, want maternal_mortality", q, got)
		}
	}
}

// Primary-care institutions called "乡镇社区村这一级的看病点".
func TestPrimaryCarePointsInSpeech(t *testing.T) {
	if got := top("黑龙江全省规划了多少家乡镇社区村这一级的看病点"); got != "primary_care_institutions" {
		t.Errorf("top = %q, want primary_care_institutions", got)
	}
}

// Speech counts 回 for 次: "住一回医院要掏多少钱" asks the cost of a stay.
func TestSpokenVariants(t *testing.T) {
	ms := MatchText("佛山去年住一回医院平均要掏多少钱？")
	if len(ms) == 0 || ms[0].Indicator.ID != "inpatient_cost_per_stay" || ms[0].Score < 1 {
		t.Errorf("MatchText = %+v, want inpatient_cost_per_stay exactly", ms)
	}
}

// Where a measure is, said in speech between the institution and it
// ("乡镇卫生院里的床位"), does not part the name the catalogue knows.
func TestWhereInSpeechDoesNotPartTheName(t *testing.T) {
	for q, want := range map[string]string{"乡镇卫生院里的床位有多少张": "thc_beds", "乡镇卫生院里面的床位": "thc_beds"} {
		if ms := MatchText(q); len(ms) == 0 || ms[0].Indicator.ID != want {
			t.Errorf("MatchText(%q) = %v, want %s first", q, ms, want)
		}
	}
}

// A statistics report's own wording of a standard measure names it
// (诊疗总次数 is 总诊疗人次数), so a change in percent of it answers a
// question about the measure.
func TestReportWordingsOfVisits(t *testing.T) {
	for _, label := range []string{"各医疗机构诊疗总次数", "全市诊疗总次数"} {
		if ms := MatchText(label); len(ms) == 0 || ms[0].Indicator.ID != "visits_total" {
			t.Errorf("MatchText(%q) = %v, want visits_total first", label, ms)
		}
	}
	if ms := MatchText("医院的床住得有多满"); len(ms) == 0 || ms[0].Indicator.ID != "bed_occupancy_rate" {
		t.Errorf("MatchText(医院的床住得有多满) = %v, want bed_occupancy_rate first", ms)
	}
}

// "托位总数" is the count of childcare places, not of beds, though it
// shares 位总数 with 床位总数.
func TestChildcarePlacesTotal(t *testing.T) {
	if got := top("托位总数"); got != "childcare_places" {
		t.Errorf("top(托位总数) = %q, want childcare_places", got)
	}
}

// Family-doctor teams are counted as teams, not doctors.
func TestFamilyDoctorTeams(t *testing.T) {
	for _, q := range []string{"多少支家庭医生队伍", "组建家庭医生团队"} {
		if got := top(q); got != "family_doctor_teams" {
			t.Errorf("top(%q) = %q, want family_doctor_teams", q, got)
		}
	}
}

// Village doctors and nurses by the words of speech.
func TestVillageDoctorsAndNursesInSpeech(t *testing.T) {
	for q, want := range map[string]string{"村里那些赤脚医生、卫生员加起来有多少": "village_doctors", "穿白大褂打针护理的有多少人": "nurses"} {
		if got := top(q); got != want {
			t.Errorf("top(%q) = %q, want %q", q, got, want)
		}
	}
}

// Online booking by its report names and in speech.
func TestOnlineBooking(t *testing.T) {
	for _, q := range []string{"线上预约率", "网上挂号的人占了多大比例"} {
		if got := top(q); got != "appointment_rate" {
			t.Errorf("top(%q) = %q, want appointment_rate", q, got)
		}
	}
}

// "报告死亡率" of an age group in a death-cause report is a death rate,
// not the notifiable diseases' one.
func TestReportedDeathRateOfAnAgeGroup(t *testing.T) {
	if got := top("0-14岁儿童报告死亡率"); got != "death_rate" {
		t.Errorf("MatchText(0-14岁儿童报告死亡率) = %s, want death_rate", got)
	}
	if got := top("传染病报告死亡率"); got == "death_rate" {
		t.Errorf("传染病报告死亡率 read as the death rate")
	}
}

// Second-hand smoke among non-smokers is its own indicator, not the
// smoking rate the word 抽烟 would name.
func TestSecondHandSmokeIsNotSmoking(t *testing.T) {
	for q, want := range map[string]string{"不抽烟的人里头，有多大比例会吸到别人的二手烟": "secondhand_smoke_rate", "抽烟的人占多少": "smoking_rate"} {
		if got := top(q); got != want {
			t.Errorf("top(%q) = %q, want %s", q, got, want)
		}
	}
}

// 社区医院 is an institution of its own standard (社区医院基本标准), not
// any community health service centre.
func TestCommunityHospitalsAreTheirOwn(t *testing.T) {
	for q, want := range map[string]string{"甘肃那边现在建成多少家社区医院了": "community_hospitals", "社区卫生服务中心有几个": "community_health_centers"} {
		if got := top(q); got != want {
			t.Errorf("top(%q) = %q, want %s", q, got, want)
		}
	}
}

// The share of outpatients who booked ahead, asked in staff's words.
func TestAppointmentRateInStaffWords(t *testing.T) {
	if got := top("门诊病人预约的比例有多少"); got != "appointment_rate" {
		t.Errorf("top = %q, want appointment_rate", got)
	}
}

// Of those who fell ill, the share who died is the case fatality rate.
func TestCaseFatalityInStaffWords(t *testing.T) {
	if got := top("得了甲乙类传染病的人里，最后没救过来的占多大比例"); got != "case_fatality_rate" {
		t.Errorf("top = %q, want case_fatality_rate", got)
	}
}
