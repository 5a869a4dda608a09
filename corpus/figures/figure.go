package figures

// Figure is one numeric fact found in a sentence.
type Figure struct {
	// Label is the indicator phrase the number measures, in the script of
	// the original ("家庭医生总签约率", "传染病病例", "培训"). Never empty.
	Label string
	// Raw is the value exactly as written ("50.2", "1,353", "５０．２";
	// for "1.2万人" it is "1.2" and 万 goes to Unit). A range such as
	// "5-8个百分点" is kept whole ("5-8"). Raw is "" when Missing.
	Raw string
	// Value is the numeric value of Raw: full-width digits and thousands
	// separators are normalised, a multiplier such as 万 is not applied
	// (it is part of Unit), and a range yields its upper bound. 0 when
	// Missing.
	Value float64
	// Unit is the unit as written, normalised to Simplified characters and
	// half-width symbols: "%", "‰", "元", "万元", "人", "万人次", "个百分点",
	// "例", "家", "ml" …; a bare multiplier stays as written ("万"). The
	// approximation words 余/多 between number and unit go to Qualifier
	// ("310余人" is Unit "人"). "" when the number has no unit.
	Unit string
	// Qualifier holds the modifiers around the number as written, several
	// joined with " " in text order: "达到", "约", "近", "超过", "不低于",
	// ">", "≥", "累计", "较上年提高", "同比下降", "增长", "余", "多", "以上",
	// "以内", "左右" …; "" if none.
	Qualifier string
	// Year is the explicit year the sentence states for the figure: the
	// last year written before it ("2023年，…投入1353万元" → 2023; a range
	// "2020年-2022年" → 2022). A comparison base ("较2015年增长50%") or a
	// blank year ("xx年", "*年") gives 0, as does no year at all.
	Year int
	// Missing reports a template blank in place of the number ("___例",
	// "＿＿%", "*人次", "xx家", "××万元", "5______人"). Such a figure has a
	// Unit and a Label but never a value.
	Missing bool
	// Target reports that the sentence phrases the figure as a goal
	// ("力争", "确保", "目标", "要求", "计划", "不低于", "控制在…以内"). It is
	// a hint only; whether a figure belongs to a summary or a plan is
	// decided from the document's sections.
	Target bool
	// Deadline reports that the goal is only a deadline opening the
	// clause ("到2020年，…达到"), which a review uses for what was reached.
	Deadline bool
	// Base reports the value a change starts from ("由67.6%提高到70%",
	// "从0.5个增至4.8个"): it is not a figure of the year the sentence is
	// about, only of the year written before it, if any.
	Base bool
	// Whole is the label of the figure this one is a part of, written after
	// "其中" ("本土病例" of "本土病例320例，其中确诊病例264例"); "" for any
	// other figure.
	Whole string
	// Start and End are the byte offsets, within the sentence, of the
	// number (or blank) together with its unit: sentence[Start:End] is
	// e.g. "500余万元" or "___%".
	Start, End int
}
