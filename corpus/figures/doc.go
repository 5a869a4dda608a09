// Package figures extracts numeric facts from sentences of Chinese
// health-bureau work reports (工作总结 summaries and 工作计划 plans).
//
// Every number that measures something ("家庭医生总签约率为50.2%",
// "报告传染病病例8350例", "投入500余万元购置…") becomes a Figure: the
// indicator phrase it measures (Label), the value as written (Raw) and
// parsed (Value), its unit, the modifiers around it (Qualifier), the year
// it refers to, whether it is a template blank ("___例", "xx家") and
// whether the sentence phrases it as a goal. Downstream code answers a
// question such as "2023年家庭医生签约率是多少？" by looking these facts up
// instead of generating text.
//
// Extract is a hand-written scanner over one sentence; it allocates no
// regular expressions and never panics. It works the same on Simplified
// and Traditional text and on full-width digits and punctuation: keywords
// are matched on a folded copy of the sentence, while Label and Raw are
// cut from the original.
//
// # What is a figure
//
// A run of digits (with ASCII thousands separators and a decimal part), a
// range ("5-8", "5至8"), or a template blank (underscores, asterisks,
// "xx", "××", or digits running into a blank such as "5______"),
// followed by a unit. Units are matched longest first ("万人次" before
// "万人", "个百分点" before "个", "例次" before "例"); 余/多 written
// between number and unit become qualifiers ("500余万元" is 500, 万元,
// 余). Never figures: years ("2023年", "2020届", "二〇二三年", "xx年"),
// month/day/clock numbers, "第3", list markers ("1.", "(2)"), numbers in
// 《titles》 and 〔2023〕 document numbers, numbers touching letters, '+',
// '/', ':' or '·' ("ev71", "1+6+N", "10:30", "3·24"), versions and dotted
// dates, and age brackets naming a group ("65岁以上老人"). Chinese numerals
// are ignored. A number without a unit is kept only when a label of its
// own precedes it, nothing follows it in its clause and it does not look
// like a year, a phone number or an identifier ("性别比为108").
//
// # Labels
//
// The label is found in this order:
//
//  1. The phrase before the number, back to the clause boundary (，；：
//     、 or an opening parenthesis), not reaching into the previous
//     figure; parenthetical remarks are dropped. Qualifiers and linking
//     verbs next to the number (为, 达到, 共, 累计, 分别为, 控制在 …) are
//     skipped, then context is trimmed from the start (dates, "全年",
//     "全县", "我县", "其中", "截至…", "一是", prepositions, and reporting
//     verbs such as 报告/完成 before a noun) and particles from the end.
//     "A、B、C" before a shared value stays one list: with 分别 its items
//     go to the following values in order, with 均 (or when every item is
//     a rate) each item gets the value.
//  2. When that phrase is empty, is only an action verb ("培训", "投入"),
//     or ends in 的, the object written after the number is used, joined
//     to the verb ("成立8个名医工作室" → "成立名医工作室", "投入107万元
//     购置盆地康复仪" → "投入购置盆地康复仪"). The same holds for a
//     classifier followed by a short noun ("建立省内外88名外埠专家库" →
//     "外埠专家库").
//  3. A clause with only a comparison ("比上年提高___个百分点", "同比下降
//     18.8%") inherits the label of the previous figure of the sentence.
//  4. Failing all that: a skipped content verb, a worded qualifier, or —
//     for a figure standing alone ("1,353万元") — a generic name for its
//     unit (金额, 比例, 人数 …). Otherwise the number is dropped.
//
// Labels longer than 16 runes are cut from the left after a natural
// boundary (的, 和, 对, 、 …).
//
// # Year, qualifiers and goals
//
// Year is the last year written before the figure in the sentence; a
// range counts by its last year, a blank year resets it to 0, and a
// comparison base ("较2015年增长") does not count. Qualifiers are collected
// as written in text order: before the number (达到, 约, 近, 超过, 不低于,
// >, ≥, 累计, and comparison phrases such as 较上年提高 or 同比下降), between
// number and unit (余, 多) and after the unit (以上, 以内, 左右). Target is
// set when a goal word (力争, 确保, 目标, 要求, 计划, 不低于, 控制在 …) or a
// deadline clause ("到2025年，") occurs before the figure in the sentence.
package figures
