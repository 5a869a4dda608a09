package retrieval

import (
	"slices"

	"github.com/weaviate/weaviate-go-client/v5/weaviate/filters"

	"github.com/healthbot/healthbot/corpus"
)

// wvWhere is the Weaviate filter of a search among documents of kind doc:
// the filters the embedded index applies (filterQuery, vecFilter: any of
// the years, the kind, organisation and file), and none of the access
// folders hidden.
func wvWhere(doc string, f corpus.Filters, hidden []string) *filters.WhereBuilder {
	text := func(path, value string, op filters.WhereOperator) *filters.WhereBuilder {
		return filters.Where().WithPath([]string{path}).WithOperator(op).WithValueText(value)
	}
	ops := []*filters.WhereBuilder{text(wvDoc, doc, filters.Equal)}
	if len(f.Years) > 0 {
		var years []*filters.WhereBuilder
		for _, y := range f.Years {
			years = append(years, filters.Where().WithPath([]string{wvYear}).WithOperator(filters.Equal).WithValueInt(int64(y)))
		}
		if len(years) == 1 {
			ops = append(ops, years[0])
		} else {
			ops = append(ops, filters.Where().WithOperator(filters.Or).WithOperands(years))
		}
	}
	if f.Kind != "" {
		ops = append(ops, text(wvKind, string(f.Kind), filters.Equal))
	}
	if f.Org != "" {
		ops = append(ops, text(wvOrg, f.Org, filters.Equal))
	}
	if f.File != "" {
		ops = append(ops, text(wvFile, f.File, filters.Equal))
	}
	for _, k := range hidden {
		ops = append(ops, text(wvAccess, k, filters.NotEqual))
	}
	if len(ops) == 1 {
		return ops[0]
	}
	return filters.Where().WithOperator(filters.And).WithOperands(ops)
}

// hiddenFolders lists the access folders of a whose files r may not read,
// sorted: the folder-level form of Index.hiddenFiles, the same files.
func hiddenFolders(a Access, r corpus.Readable) []string {
	if r.All {
		return nil
	}
	var out []string
	for _, key := range a.Files {
		if !r.Allows(key) && !slices.Contains(out, key) {
			out = append(out, key)
		}
	}
	slices.Sort(out)
	return out
}

// wvByKeys is the filter of the documents of kind doc with any of keys.
func wvByKeys(doc string, keys []string) *filters.WhereBuilder {
	return filters.Where().WithOperator(filters.And).WithOperands([]*filters.WhereBuilder{
		filters.Where().WithPath([]string{wvDoc}).WithOperator(filters.Equal).WithValueText(doc),
		filters.Where().WithPath([]string{wvID}).WithOperator(filters.ContainsAny).WithValueText(keys...),
	})
}
