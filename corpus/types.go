package corpus

// Kind tells whether a section reports what was done or plans what will be.
type Kind string

// The two kinds of report text.
const (
	KindSummary Kind = "summary" // 工作总结: what was done
	KindPlan    Kind = "plan"    // 工作计划: what is intended
)

// Periods a report can cover.
const (
	PeriodYear       = "全年"
	PeriodFirstHalf  = "上半年"
	PeriodSecondHalf = "下半年"
)

// Span is a byte range [Start, End) in a document's original text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len is the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Document is one file of the corpus, read and decoded.
type Document struct {
	File     string   `json:"file"`               // path relative to the corpus folder, with forward slashes
	Format   string   `json:"format"`             // txt, md, html, docx, pdf
	Encoding string   `json:"encoding"`           // source encoding the text was decoded from
	Hash     string   `json:"hash"`               // SHA-256 of the file's bytes, hex
	Text     string   `json:"text"`               // the decoded original text; all spans point into it
	Warnings []string `json:"warnings,omitempty"` // problems that did not stop the file from being read
	// Suspect is the first instruction aimed at a language model found in
	// the text (FindInjection), "" when there is none.
	Suspect string `json:"suspect,omitempty"`
	// Access is the access folder the file's sidecar or front matter
	// names (Meta.Access), "" when none; ingest resolves the folder the
	// search uses from it and the file's place (package access).
	Access  string   `json:"access,omitempty"`
	Reports []Report `json:"reports"`
}

// Report is one report inside a document: a file may hold several
// ("篇1" … "篇8"), and a report may stand for near-duplicate reposts of it.
type Report struct {
	ID          string   `json:"id"`    // stable, derived from file and content
	Title       string   `json:"title"` // as written (original script)
	File        string   `json:"file"`
	Year        int      `json:"year"`                 // 0 when unknown (template years such as "20xx年" are unknown)
	PlanYear    int      `json:"plan_year,omitempty"`  // year of the plan part when the report holds one
	Org         string   `json:"org,omitempty"`        // the place the report is about, canonical (南陵县, 四川省); what staff set wins
	Place       string   `json:"place,omitempty"`      // canonical full name of the place the report is about ("四川省", "庆阳市", "南陵县")
	Issuer      string   `json:"issuer,omitempty"`     // issuing body as written ("四川省人民政府", "云阳县卫生健康委员会")
	DocNumber   string   `json:"doc_number,omitempty"` // document number ("川卫发〔2025〕7号")
	Source      string   `json:"source,omitempty"`     // the paper or site a saved page credits ("天津日报")
	Published   string   `json:"published,omitempty"`  // the page's publication date, YYYY-MM-DD
	Period      string   `json:"period"`
	Kind        Kind     `json:"kind"` // dominant kind of the report's sections
	Traditional bool     `json:"traditional,omitempty"`
	Span        Span     `json:"span"`
	Ordinal     int      `json:"ordinal"`                // 1-based place of the report in its file
	Duplicates  []string `json:"duplicates,omitempty"`   // refs ("file#2") of near-duplicate reports this one stands for
	DuplicateOf string   `json:"duplicate_of,omitempty"` // ref of the report that stands for this one
	// Disagreements are the figures on which this report and a version it
	// stands for differ ("label year: X here, Y in ref").
	Disagreements []string  `json:"disagreements,omitempty"`
	Sections      []Section `json:"sections"`
	Chunks        []Chunk   `json:"chunks"`
	Figures       []Figure  `json:"figures"`

	// declaredPlan is the first year of the five-year plan the report's
	// opening declares itself to be (declaredPlanStart), read once when it
	// is built for its years and its figures; not stored.
	declaredPlan int
	// conferenceYear is the year of the work conference the report's
	// opening reports on (leadConference), 0 for none; not stored.
	conferenceYear int
}

// Section is a node of a report's outline (一、 / （一） / 1. / （1） / 一是).
type Section struct {
	Path    []string `json:"path"`    // headings from the top, this section's last
	Heading string   `json:"heading"` // the heading text as written, without its number
	Number  string   `json:"number"`  // the outline number as written ("一、", "（三）", "2.")
	Level   int      `json:"level"`   // 1 for 一、, deeper numbers deeper; 0 for the report's preamble
	Kind    Kind     `json:"kind"`
	Year    int      `json:"year"`
	Span    Span     `json:"span"`            // heading and everything under it
	Body    Span     `json:"body"`            // the text after the heading, before the first subsection
	Place   string   `json:"place,omitempty"` // the place its heading names, else its parent's, else the report's

	// Part is the part of the report the section belongs to: "正文" for the
	// body, "附件1", "附件" or "名词解释" for an annex and what it holds.
	Part string `json:"part"`

	// openings are the first sentences of the body's first paragraphs,
	// read for the section's year and kind when the heading says neither
	// (parsing only).
	openings []string
	// lead is the sentence opening the line a run-in heading stands in,
	// which introduces its items (parsing only; see runInLead).
	lead string
}

// PathString joins the section path the way it is shown to users.
func (s Section) PathString() string { return joinPath(s.Path) }

// Chunk is a passage small enough to embed and quote, inside one section.
type Chunk struct {
	ID      string `json:"id"` // stable: derived from the file and the chunk's normalised text
	Report  string `json:"report"`
	Section string `json:"section"` // section path joined with " > "
	Kind    Kind   `json:"kind"`
	Year    int    `json:"year"`
	Span    Span   `json:"span"`
	Text    string `json:"text"` // original text
	Norm    string `json:"norm"` // Simplified, normalised text for indexing
	// Next is the ID of the chunk that continues this chunk's last
	// paragraph, and Prev of the chunk whose last paragraph this chunk's
	// first continues, when a paragraph too long for one chunk was cut.
	Next string `json:"next,omitempty"`
	Prev string `json:"prev,omitempty"`
	// Suspect marks a passage holding an instruction aimed at a language
	// model (FindInjection): fenced as data, never a figure's only support.
	Suspect bool `json:"suspect,omitempty"`
}

// Figure is one numeric fact: an indicator with its value, unit and year,
// and the sentence it came from. A blank in the original is Missing, never a
// number.
type Figure struct {
	Label     string  `json:"label"`
	Raw       string  `json:"raw,omitempty"` // the value exactly as written
	Value     float64 `json:"value"`
	Unit      string  `json:"unit"`
	Qualifier string  `json:"qualifier,omitempty"`
	Year      int     `json:"year"`
	// Since is the first year of the period of several years the figure
	// totals ("过去五年累计新增…"), 0 for one year's figure; Year is then the
	// period's last.
	Since    int    `json:"since,omitempty"`
	Kind     Kind   `json:"kind"`
	Missing  bool   `json:"missing"`
	Target   bool   `json:"target,omitempty"` // phrased as a goal or requirement
	Base     bool   `json:"base,omitempty"`   // the value a change starts from ("由67.6%提高到70%"): of the year written before it only
	Report   string `json:"report"`
	Section  string `json:"section"`
	Sentence string `json:"sentence"` // original text of the sentence
	// Lead is the opening sentence of the figure's paragraph when the
	// figure stands in a later one and the opening holds no number: the
	// programme the paragraph is about ("我县开展了卫生计生监督“双随机一公开”
	// 工作。" above "今年我县共抽取71家任务"). "" otherwise.
	Lead  string `json:"lead,omitempty"`
	Span  Span   `json:"span"`            // the number and its unit in the document text
	Place string `json:"place,omitempty"` // the place its sentence names before the number, else its section's
	// Suspect marks a figure written in or beside an instruction aimed at
	// a language model (FindInjection): never stated as a fact on its own.
	Suspect bool `json:"suspect,omitempty"`
	// Whole is the label of the figure this one is a part of, written
	// before it ("设置1200张病床,含医疗床位800张": 设置病床), "" for none.
	Whole string `json:"whole,omitempty"`
	// Month is the calendar month a monthly report counts, recorded on
	// its figures whose sentence names no month (reportmonth.go); 0 when
	// unknown.
	Month int `json:"month,omitempty"`
	// AsOf is the day a paragraph opened by one counts its figures up to
	// ("截至2021年8月26日,…。累计接种2013.39万人" → "8月26日"), on the
	// figures of its later sentences that name no day of their own; ""
	// otherwise.
	AsOf string `json:"as_of,omitempty"`
}

// Skipped is a file that was not ingested, with the reason.
type Skipped struct {
	File   string `json:"file"`
	Reason string `json:"reason"`
}
