package bot

// runOnListReaders read the lists a report runs on inside its sentences,
// each for a question asking for those things, tried in this order: items
// between semicolons after a numbered announcement (semicolonItems), items
// after a colon (colonItems), a set listed after its number and 分别是
// (listedSetItems), a set named by its number (namedCountItems).
var runOnListReaders = []func(question string, sources []Source) ([]listItem, bool){
	semicolonItems, colonItems, listedSetItems, namedCountItems,
}

// runOnListItems is the first list a reader of runOnListReaders finds in
// sources for the question.
func runOnListItems(question string, sources []Source) ([]listItem, bool) {
	for _, read := range runOnListReaders {
		if items, ok := read(question, sources); ok {
			return items, true
		}
	}
	return nil, false
}
