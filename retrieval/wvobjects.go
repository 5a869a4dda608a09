package retrieval

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"sync"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/go-openapi/strfmt"
	"github.com/google/uuid"
	"github.com/philippgille/chromem-go"
	"github.com/weaviate/weaviate/entities/models"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/understand"
)

// Objects of a Weaviate collection and the passages, figures and records
// they hold. Keyword matching is the embedded index's: the terms a
// document is indexed under are those bleve's analyzers give it (CJK
// bigrams, single characters), stored pre-tokenised in one property that
// Weaviate splits on spaces only, so a question's terms, analysed the same
// way, match exactly what they match in the embedded index. The terms of
// a chunk's single characters and of a figure's label are told apart by a
// prefix (bleve keeps them in fields of their own).
const (
	wvCharPrefix  = "c:" // a chunk's single character (bleve's chars field)
	wvLabelPrefix = "l:" // a term of a figure's label (bleve's label field)
)

// Weaviate scales a term's score by how often the query repeats it (its
// idf times the count), which gives the embedded query's boosts: a bigram
// counts wvBigramRepeat times, a single character wvCharRepeat times (0.3
// of a bigram, as charsBoost), a figure's label term labelBoost times its
// sentence's, the bigrams of a plan's part named structureBoost times more.
const (
	wvBigramRepeat = 10
	wvCharRepeat   = 3
)

// wvAnalyzers are the keyword index's analyzers: bigrams ("cjk") and
// single characters (charsAnalyzer).
var wvAnalyzers = sync.OnceValue(func() [2]analysis.Analyzer {
	m := keywordMapping()
	return [2]analysis.Analyzer{m.AnalyzerNamed("cjk"), m.AnalyzerNamed(charsAnalyzer)}
})

// appendTerms appends the terms a analyses text into, each with prefix,
// separated by spaces.
func appendTerms(b *strings.Builder, a analysis.Analyzer, text, prefix string, times int) {
	for _, t := range a.Analyze([]byte(text)) {
		for range times {
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(prefix)
			b.Write(t.Term)
		}
	}
}

// chunkTerms is what a chunk is indexed under: the bigrams of its title,
// section path and text (as keywordDocs indexes its text field), then its
// single characters, prefixed. norm is fieldNorm, the normalised section
// path and text.
func chunkTerms(title, norm string) string {
	a := wvAnalyzers()
	text := corpus.Normalize(title) + "\n" + norm
	var b strings.Builder
	appendTerms(&b, a[0], text, "", 1)
	appendTerms(&b, a[1], text, wvCharPrefix, 1)
	return b.String()
}

// figureTerms is what a figure is indexed under: the bigrams of its
// sentence, then those of its label, prefixed.
func figureTerms(label, sentence string) string {
	a := wvAnalyzers()
	var b strings.Builder
	appendTerms(&b, a[0], corpus.Normalize(sentence), "", 1)
	appendTerms(&b, a[0], corpus.Normalize(label), wvLabelPrefix, 1)
	return b.String()
}

// chunkQuery is the keyword query of a question's search text, textQuery's
// terms with their boosts as repetitions: its bigrams, the bigrams of a
// plan's part it names, and its rare single characters.
func chunkQuery(text string, rare func(string) bool) string {
	a := wvAnalyzers()
	var b strings.Builder
	appendTerms(&b, a[0], text, "", wvBigramRepeat)
	for _, w := range understand.StructureWords(text) {
		appendTerms(&b, a[0], w, "", structureBoost*wvBigramRepeat)
	}
	seen := map[rune]bool{}
	for _, r := range text {
		if !seen[r] && r >= 0x2E80 && rare(string(r)) {
			seen[r] = true
			appendTerms(&b, a[1], string(r), wvCharPrefix, wvCharRepeat)
		}
	}
	return b.String()
}

// figureQuery is the keyword query of a figure look-up: the text's bigrams
// against the sentence, and labelBoost times against the label.
func figureQuery(norm string) string {
	a := wvAnalyzers()
	var b strings.Builder
	appendTerms(&b, a[0], norm, "", 1)
	appendTerms(&b, a[0], norm, wvLabelPrefix, labelBoost)
	return b.String()
}

// wvChunkRecord is a chunk's wvRecord: its text and metadata (chunkMetadata
// and fieldNorm), as the chunk file holds them.
type wvChunkRecord struct {
	Text string            `json:"text"`
	Meta map[string]string `json:"meta"`
}

// wvNamespace makes object ids: Weaviate wants UUIDs, the index has ids.
var wvNamespace = uuid.MustParse("6b0f3d4e-2f0a-5c1e-9a57-1e1b4c8a9d20")

// wvUUID is the object id of a document of kind doc with key.
func wvUUID(doc, key string) strfmt.UUID {
	return strfmt.UUID(uuid.NewSHA1(wvNamespace, []byte(doc+"\x00"+key)).String())
}

// chunkObject is the object of a chunk with its vector; access is its
// file's access folder.
func chunkObject(class string, d chromem.Document, vec []float32, access string) (*models.Object, error) {
	rec, err := json.Marshal(wvChunkRecord{Text: d.Content, Meta: d.Metadata})
	if err != nil {
		return nil, err
	}
	year, _ := strconv.Atoi(d.Metadata[fieldYear])
	return &models.Object{
		Class:  class,
		Tenant: wvTenantOf(access),
		ID:     wvUUID(wvDocChunk, d.ID),
		Properties: map[string]any{
			wvDoc: wvDocChunk, wvID: d.ID, wvYear: year, wvKind: d.Metadata[fieldKind], wvOrg: d.Metadata[fieldOrg],
			wvFile: d.Metadata[fieldFile], wvAccess: access, wvKeyword: chunkTerms(d.Metadata["title"], d.Metadata[fieldNorm]),
			wvRecord: string(rec),
		},
		Vector: models.C11yVector(vec),
	}, nil
}

// chunkFromObject is the record of a chunk object's properties.
func chunkFromObject(props map[string]any) (chromem.Document, error) {
	id, _ := props[wvID].(string)
	raw, _ := props[wvRecord].(string)
	var rec wvChunkRecord
	if err := json.Unmarshal([]byte(raw), &rec); err != nil || id == "" {
		return chromem.Document{}, fmt.Errorf("weaviate: chunk %q has no readable record", id)
	}
	if rec.Meta == nil {
		rec.Meta = map[string]string{}
	}
	return chromem.Document{ID: id, Content: rec.Text, Metadata: rec.Meta}, nil
}

// figureObject is the object of a figure: key is its id in the keyword
// index, record its figureRecord; access maps files to their access
// folders.
func figureObject(class, key string, record []byte, access map[string]string) (*models.Object, error) {
	var rec figureRecord
	if err := json.Unmarshal(record, &rec); err != nil {
		return nil, fmt.Errorf("figure %s: %w", key, err)
	}
	return &models.Object{
		Class:  class,
		Tenant: wvTenantOf(access[rec.File]),
		ID:     wvUUID(wvDocFigure, key),
		Properties: map[string]any{
			wvDoc: wvDocFigure, wvID: key, wvYear: rec.Figure.Year, wvKind: string(rec.Figure.Kind), wvOrg: rec.Org,
			wvFile: rec.File, wvAccess: access[rec.File], wvKeyword: figureTerms(rec.Figure.Label, figureText(rec.Figure)),
			wvRecord: string(record),
		},
	}, nil
}

// wvGenRecord is the record of a generation: what the embedded index
// reads from its generation folder besides the chunks and figures.
type wvGenRecord struct {
	// Generation is the name of the index folder's generation this
	// collection was published from; BuiltAt its manifest's.
	Generation string   `json:"generation"`
	Manifest   Manifest `json:"manifest"`
	Access     Access   `json:"access"`
	// Chars and Docs are the keyword index's character statistics
	// (charStats).
	Chars map[string]uint64 `json:"chars"`
	Docs  uint64            `json:"docs"`
	// Parts says how many wvBlob parts hold each of the generation's
	// binary records: wvBlobIDF, the local embedder's IDF (none for
	// another embedder), and wvBlobStats, the keyword index's term
	// statistics (wvrescore.go).
	Parts map[string]int `json:"parts"`
	// Objects is how many objects the collection holds, this one too:
	// a publish checks it before the alias is switched.
	Objects int `json:"objects"`
}

// Keys of the generation's objects: its record, and the parts of its
// binary records (the name, a dash and the part's number).
const (
	wvGenKey    = "generation"
	wvBlobIDF   = "idf"
	wvBlobStats = "stats"
)

// blobKey is the key of part i of the binary record name.
func blobKey(name string, i int) string { return name + "-" + strconv.Itoa(i) }

// genObjects are the objects of a generation's record and of its binary
// records (name -> data), each cut into parts of at most partBytes; they
// set rec.Parts.
func genObjects(class string, rec wvGenRecord, blobs map[string][]byte, partBytes int) ([]*models.Object, error) {
	var out []*models.Object
	rec.Parts = map[string]int{}
	for name, data := range blobs {
		for i := 0; i*partBytes < len(data); i++ {
			key := blobKey(name, i)
			out = append(out, &models.Object{
				Class: class, Tenant: wvPublicTenant, ID: wvUUID(wvDocGen, key),
				Properties: map[string]any{wvDoc: wvDocGen, wvID: key, wvBlob: data[i*partBytes : min(len(data), (i+1)*partBytes)]},
			})
			rec.Parts[name]++
		}
	}
	rec.Objects += len(out) + 1
	data, err := json.Marshal(rec)
	if err != nil {
		return nil, err
	}
	out = append(out, &models.Object{
		Class: class, Tenant: wvPublicTenant, ID: wvUUID(wvDocGen, wvGenKey),
		Properties: map[string]any{wvDoc: wvDocGen, wvID: wvGenKey, wvRecord: string(data)},
	})
	return out, nil
}
