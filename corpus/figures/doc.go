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
// The extractor is a single hand-written scanner over one sentence. It
// works the same on Simplified and Traditional text (keywords are matched
// on a normalised copy; labels keep the original script) and on full-width
// digits and punctuation. It prefers precision to recall: years, dates,
// clock times, document numbers, ordinals, list markers, identifiers and
// numbers inside names are never figures, Chinese numerals are ignored,
// and a plain number without a unit is kept only when a clear label
// precedes it and nothing follows it in its clause.
package figures
