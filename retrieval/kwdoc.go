package retrieval

import (
	"fmt"
	"sync"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/document"
	index "github.com/blevesearch/bleve_index_api"
)

// A keyword document is built here field by field, the fields the index
// mapping makes of a keywordDoc (the same names, order, options and
// values: TestKeywordDocumentMatchesMapping), so that bleve need not walk
// the struct by reflection; its text fields are analysed by analyzeFast
// when it handles their text, and a figure's sentence, shared by the
// figures read from it, is analysed once for them all.

// kwField is how one field of the mapping is made.
type kwField struct {
	name     string
	opts     index.FieldIndexingOptions
	analyzer analysis.Analyzer
	text     int // kwKeyword, kwBigrams or kwChars
}

const (
	kwKeyword = iota // the value is one term (or stored only)
	kwBigrams        // the "cjk" analyzer
	kwChars          // charsAnalyzer
)

// kwLayout is the fields of a keyword document, in the mapping's order,
// and the fields left out of the composite _all field.
type kwLayout struct {
	fields   []kwField
	excluded []string
}

// keywordLayout reads the layout from the index mapping, once.
var keywordLayout = sync.OnceValue(func() kwLayout {
	m := keywordMapping()
	doc := document.NewDocument("layout")
	full := keywordDoc{Type: "t", Text: "t", Chars: "t", Label: "t", Year: "t", Kind: "t", Org: "t", File: "t", Record: "t"}
	if err := m.MapDocument(doc, full); err != nil {
		panic(err) // static configuration: cannot fail
	}
	var l kwLayout
	l.excluded = []string{"_id"}
	cjk, chars := m.AnalyzerNamed("cjk"), m.AnalyzerNamed(charsAnalyzer)
	for _, f := range doc.Fields {
		tf, ok := f.(*document.TextField)
		if !ok {
			panic(fmt.Sprintf("keyword field %s is a %T", f.Name(), f))
		}
		kf := kwField{name: f.Name(), opts: f.Options(), analyzer: tf.Analyzer()}
		switch kf.analyzer {
		case cjk:
			kf.text = kwBigrams
		case chars:
			kf.text = kwChars
		}
		l.fields = append(l.fields, kf)
		l.excluded = append(l.excluded, f.Name())
	}
	return l
})

// value returns d's value of the field named name.
func (d *keywordDoc) value(name string) string {
	switch name {
	case fieldType:
		return d.Type
	case fieldText:
		return d.Text
	case fieldChars:
		return d.Chars
	case fieldLabel:
		return d.Label
	case fieldYear:
		return d.Year
	case fieldKind:
		return d.Kind
	case fieldOrg:
		return d.Org
	case fieldFile:
		return d.File
	case "record":
		return d.Record
	}
	panic("keyword field " + name + " unknown")
}

// keywordDocument is the bleve document of d.
func keywordDocument(id string, d *keywordDoc) *document.Document {
	l := keywordLayout()
	doc := document.NewDocument(id)
	doc.Fields = make([]document.Field, 0, len(l.fields))
	for _, f := range l.fields {
		v := d.value(f.name)
		if f.text == kwKeyword {
			doc.AddField(document.NewTextFieldCustom(f.name, []uint64{}, []byte(v), f.opts, f.analyzer))
			continue
		}
		tf := &kwTextField{name: f.name, text: v, opts: f.opts, bigrams: f.text == kwBigrams, analyzer: f.analyzer}
		if f.name == fieldText && d.textTerms != nil && d.textTerms.text == v {
			tf.shared = d.textTerms
		}
		doc.AddField(tf)
	}
	doc.AddField(document.NewCompositeFieldWithIndexingOptions("_all", true, []string{}, l.excluded, index.IndexField|index.IncludeTermVectors))
	doc.SetIndexed()
	return doc
}

// kwShared is the analysis of a text several documents hold (a figure's
// sentence), made once by whichever of them is analysed first.
type kwShared struct {
	text  string
	once  sync.Once
	terms kwTerms
}

// kwTextField is a text field of a keyword document: a document.Field
// whose analysis is that of bleve's TextField with the field's analyzer.
type kwTextField struct {
	name     string
	text     string
	opts     index.FieldIndexingOptions
	bigrams  bool              // the "cjk" analyzer, else charsAnalyzer
	analyzer analysis.Analyzer // for text analyzeFast does not handle
	shared   *kwShared
	terms    kwTerms
}

var _ document.Field = (*kwTextField)(nil)

// Analyze analyses the field's text.
func (f *kwTextField) Analyze() {
	if f.shared != nil {
		f.shared.once.Do(func() { f.shared.terms = f.analyze() })
		f.terms = f.shared.terms
		return
	}
	f.terms = f.analyze()
}

func (f *kwTextField) analyze() kwTerms {
	if t, ok := analyzeFast(f.text, f.bigrams); ok {
		return t
	}
	tokens := f.analyzer.Analyze([]byte(f.text)) // a copy: the filters change it in place
	return kwTerms{length: len(tokens), freqs: analysis.TokenFrequency(tokens, []uint64{}, f.opts)}
}

func (f *kwTextField) Name() string                        { return f.name }
func (f *kwTextField) ArrayPositions() []uint64            { return []uint64{} }
func (f *kwTextField) Options() index.FieldIndexingOptions { return f.opts }
func (f *kwTextField) Value() []byte                       { return []byte(f.text) }
func (f *kwTextField) NumPlainTextBytes() uint64           { return uint64(len(f.text)) }
func (f *kwTextField) EncodedFieldType() byte              { return 't' }
func (f *kwTextField) AnalyzedLength() int                 { return f.terms.length }

// AnalyzedTokenFrequencies returns the terms; they may be shared with
// other documents' fields, and bleve only reads them (it merges the
// frequencies of fields of the same name within one document, which a
// keyword document never has).
func (f *kwTextField) AnalyzedTokenFrequencies() index.TokenFrequencies { return f.terms.freqs }

// Size estimates the field's memory, as bleve's fields do.
func (f *kwTextField) Size() int {
	n := 64 + len(f.name) + len(f.text)
	if f.shared == nil && f.terms.freqs != nil {
		n += f.terms.freqs.Size()
	}
	return n
}
