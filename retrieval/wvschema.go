package retrieval

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"

	"github.com/weaviate/weaviate/entities/models"

	"github.com/healthbot/healthbot/corpus"
)

// Properties of the objects of a Weaviate collection. Every object is one
// of the documents of wvDoc*; the filter fields are those of the embedded
// index's keyword documents (keyword.go) plus the access folder, kept as
// whole values (field tokenization) so that a filter is an exact match.
const (
	wvDoc    = "doc" // wvDocChunk, wvDocFigure or wvDocGen
	wvID     = "key" // a chunk's id, a figure's id, a generation record's part
	wvYear   = "year"
	wvKind   = "kind"
	wvOrg    = "org"
	wvFile   = "file"
	wvAccess = "access" // the file's access folder, "" for none
	// wvKeyword holds the keyword index's terms of the document, separated
	// by spaces and searched as such (whitespace tokenization): the CJK
	// bigrams of its text, and, prefixed, its single characters (chunks)
	// or its label's bigrams (figures), see wvobjects.go.
	wvKeyword = "kw"
	// wvRecord is what a hit is shown from: a chunk's text and metadata,
	// a figure's record, a generation's records, as JSON. Not indexed.
	wvRecord = "record"
	// wvBlob is binary data of a generation record (the IDF). Not indexed.
	wvBlob = "blob"
)

// Kinds of objects (wvDoc).
const (
	wvDocChunk  = "chunk"
	wvDocFigure = "figure"
	wvDocGen    = "generation"
)

// wvClass is the definition of the collection of one generation.
func wvClass(name string, replicas int) *models.Class {
	yes, no := true, false
	exact := func(name, dataType string) *models.Property {
		p := &models.Property{Name: name, DataType: []string{dataType}, IndexFilterable: &yes, IndexSearchable: &no}
		if dataType == "text" {
			p.Tokenization = models.PropertyTokenizationField
		}
		return p
	}
	stored := func(name, dataType string) *models.Property {
		p := &models.Property{Name: name, DataType: []string{dataType}, IndexFilterable: &no}
		if dataType == "text" {
			p.IndexSearchable = &no
		}
		return p
	}
	return &models.Class{
		Class:       name,
		Description: "healthbot index generation",
		Properties: []*models.Property{
			exact(wvDoc, "text"), exact(wvID, "text"), exact(wvYear, "int"), exact(wvKind, "text"),
			exact(wvOrg, "text"), exact(wvFile, "text"), exact(wvAccess, "text"),
			{Name: wvKeyword, DataType: []string{"text"}, Tokenization: models.PropertyTokenizationWhitespace, IndexFilterable: &no, IndexSearchable: &yes},
			stored(wvRecord, "text"), stored(wvBlob, "blob"),
		},
		// Vectors come from the configured embedder (they are the
		// embedded index's): the cosine of normalised vectors ranks as the
		// embedded index's dot product does.
		Vectorizer:        "none",
		VectorIndexType:   "hnsw",
		VectorIndexConfig: map[string]any{"distance": "cosine"},
		InvertedIndexConfig: &models.InvertedIndexConfig{
			// bleve's BM25 parameters; no stop words (the terms are bigrams).
			Bm25:      &models.BM25Config{K1: 1.2, B: 0.75},
			Stopwords: &models.StopwordConfig{Preset: "none"},
		},
		ReplicationConfig: &models.ReplicationConfig{Factor: int64(replicas)},
		// Objects live in tenants, one per access folder (wvTenantOf):
		// a search reads only the tenants of the folders its asker may
		// read, and a tenant's shard can be made inactive and active
		// again, which writes what a publish wrote out of memory into
		// segments on disk before the alias names the collection (see
		// Weaviate.settle).
		MultiTenancyConfig: &models.MultiTenancyConfig{Enabled: true},
	}
}

// wvPublicTenant holds the documents of files in no access folder, which
// everyone reads, and the generation's records.
const wvPublicTenant = "public"

// wvTenantOf is the tenant of the documents of access folder key: the
// public tenant for none, else one named after a hash of the folder
// (tenant names are ASCII; folder names often Chinese).
func wvTenantOf(key string) string {
	if key == "" {
		return wvPublicTenant
	}
	sum := sha256.Sum256([]byte(key))
	return "folder-" + hex.EncodeToString(sum[:10])
}

// wvTenants are the tenants of a generation whose access record is a:
// the public one and one per access folder holding files, sorted.
func wvTenants(a Access) []string {
	out := []string{wvPublicTenant}
	for _, key := range a.Files {
		if t := wvTenantOf(key); !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	slices.Sort(out)
	return out
}

// wvReadable are the tenants of a whose documents r may read: the public
// one and those of the folders r reads.
func wvReadable(a Access, r corpus.Readable) []string {
	hidden := hiddenFolders(a, r)
	var out []string
	for _, t := range wvTenants(a) {
		if !slices.ContainsFunc(hidden, func(k string) bool { return wvTenantOf(k) == t }) {
			out = append(out, t)
		}
	}
	return out
}
