package main

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/healthbot/healthbot/corpus"
)

// inspectCmd shows how files are understood.
type inspectCmd struct {
	JSON  bool     `name:"json" help:"Print one JSON object."`
	Files []string `arg:"" optional:"" help:"The files to read." placeholder:"FILE"`
}

func (c *inspectCmd) run(ctx context.Context, e *env) error {
	if len(c.Files) == 0 {
		return usageError("name at least one file")
	}
	out := inspectFiles(ctx, e.readOptions(), c.Files)
	if c.JSON {
		return writeJSON(e.stdout, out)
	}
	printInspection(e.stdout, out)
	return nil
}

// inspection is the JSON printed by inspect --json.
type inspection struct {
	Reports []inspectedReport `json:"reports"`
	Skipped []corpus.Skipped  `json:"skipped"`
}

type inspectedReport struct {
	Title       string             `json:"title"`
	File        string             `json:"file"`
	Ordinal     int                `json:"ordinal"`
	Format      string             `json:"format"`
	Encoding    string             `json:"encoding"`
	Year        int                `json:"year"`
	PlanYear    int                `json:"plan_year"`
	Org         string             `json:"org"`
	Place       string             `json:"place"`
	Issuer      string             `json:"issuer"`
	DocNumber   string             `json:"doc_number"`
	Source      string             `json:"source,omitempty"`
	Published   string             `json:"published,omitempty"`
	Period      string             `json:"period"`
	Kind        corpus.Kind        `json:"kind"`
	Traditional bool               `json:"traditional"`
	Duplicates  []string           `json:"duplicates"`
	DuplicateOf string             `json:"duplicate_of,omitempty"`
	Warnings    []string           `json:"warnings,omitempty"`
	Suspect     string             `json:"suspect,omitempty"` // an instruction aimed at a language model found in the text
	Sections    []inspectedSection `json:"sections"`
	Chunks      []inspectedChunk   `json:"chunks"`
	Figures     []inspectedFigure  `json:"figures"`
}

type inspectedSection struct {
	Path  string      `json:"path"`
	Level int         `json:"level"`
	Kind  corpus.Kind `json:"kind"`
	Year  int         `json:"year"`
	Place string      `json:"place"`
}

type inspectedChunk struct {
	ID      string      `json:"id"`
	Section string      `json:"section"`
	Kind    corpus.Kind `json:"kind"`
	Year    int         `json:"year"`
	Start   int         `json:"start"`
	End     int         `json:"end"`
	Text    string      `json:"text"`
}

type inspectedFigure struct {
	Label     string      `json:"label"`
	Value     *float64    `json:"value"` // null when the original left it blank
	Raw       string      `json:"raw,omitempty"`
	Unit      string      `json:"unit"`
	Qualifier string      `json:"qualifier"`
	Year      int         `json:"year"`
	Since     int         `json:"since,omitempty"` // first year of the period it totals
	Kind      corpus.Kind `json:"kind"`
	Missing   bool        `json:"missing"`
	Section   string      `json:"section"`
	Sentence  string      `json:"sentence"`
	Place     string      `json:"place"`
}

// inspectFiles reads the named files as ingest would and reports what was
// understood, with near-duplicates marked across the files given.
func inspectFiles(ctx context.Context, opts corpus.ReadOptions, files []string) inspection {
	var docs []*corpus.Document
	out := inspection{Reports: []inspectedReport{}, Skipped: []corpus.Skipped{}}
	for _, f := range files {
		name := filepath.ToSlash(f)
		doc, err := corpus.ReadFile(ctx, f, name, opts)
		if err != nil {
			reason, ok := corpus.IsSkip(err)
			if !ok {
				reason = "cannot be read: " + err.Error()
			}
			out.Skipped = append(out.Skipped, corpus.Skipped{File: name, Reason: reason})
			continue
		}
		docs = append(docs, &doc)
	}
	corpus.Dedupe(docs)
	for _, d := range docs {
		for _, r := range d.Reports {
			out.Reports = append(out.Reports, describeReport(d, r))
		}
	}
	return out
}

func describeReport(d *corpus.Document, r corpus.Report) inspectedReport {
	ir := inspectedReport{
		Title: r.Title, File: r.File, Ordinal: r.Ordinal, Format: d.Format, Encoding: d.Encoding,
		Year: r.Year, PlanYear: r.PlanYear, Org: r.Org, Place: r.Place, Issuer: r.Issuer, DocNumber: r.DocNumber, Source: r.Source, Published: r.Published,
		Period: r.Period, Kind: r.Kind,
		Traditional: r.Traditional, Duplicates: r.Duplicates, DuplicateOf: r.DuplicateOf,
		Warnings: d.Warnings,
		Suspect:  d.Suspect,
		Sections: []inspectedSection{}, Chunks: []inspectedChunk{}, Figures: []inspectedFigure{},
	}
	if ir.Duplicates == nil {
		ir.Duplicates = []string{}
	}
	for _, s := range r.Sections {
		if s.Level == 0 {
			continue
		}
		ir.Sections = append(ir.Sections, inspectedSection{Path: s.PathString(), Level: s.Level, Kind: s.Kind, Year: s.Year, Place: s.Place})
	}
	for _, c := range r.Chunks {
		ir.Chunks = append(ir.Chunks, inspectedChunk{ID: c.ID, Section: c.Section, Kind: c.Kind, Year: c.Year, Start: c.Span.Start, End: c.Span.End, Text: c.Text})
	}
	for _, f := range r.Figures {
		f := f
		fig := inspectedFigure{Label: f.Label, Raw: f.Raw, Unit: f.Unit, Qualifier: f.Qualifier, Year: f.Year, Since: f.Since, Kind: f.Kind, Missing: f.Missing, Section: f.Section, Sentence: f.Sentence, Place: f.Place}
		if !f.Missing {
			fig.Value = &f.Value
		}
		ir.Figures = append(ir.Figures, fig)
	}
	return ir
}

// printInspection writes a readable outline of each report.
func printInspection(w io.Writer, in inspection) {
	for _, r := range in.Reports {
		fmt.Fprintf(w, "%s#%d  %s\n", safe(r.File), r.Ordinal, safe(r.Title))
		fmt.Fprintf(w, "  format %s, encoding %s, year %s, org %s, period %s, kind %s", safe(r.Format), safe(r.Encoding), yearText(r.Year), safe(orNone(r.Org)), r.Period, r.Kind)
		if r.PlanYear != 0 {
			fmt.Fprintf(w, ", plan year %d", r.PlanYear)
		}
		if r.Traditional {
			fmt.Fprint(w, ", Traditional Chinese")
		}
		fmt.Fprintln(w)
		fmt.Fprintf(w, "  place %s, issuer %s, document number %s\n", safe(orNone(r.Place)), safe(orNone(r.Issuer)), safe(orNone(r.DocNumber)))
		if r.Source != "" || r.Published != "" {
			fmt.Fprintf(w, "  source %s, published %s\n", safe(orNone(r.Source)), safe(orNone(r.Published)))
		}
		if r.DuplicateOf != "" {
			fmt.Fprintf(w, "  near-duplicate of %s: not indexed separately\n\n", safe(r.DuplicateOf))
			continue
		}
		if len(r.Duplicates) > 0 {
			fmt.Fprintf(w, "  stands for: %s\n", strings.Join(safeAll(r.Duplicates), ", "))
		}
		if r.Suspect != "" {
			fmt.Fprintf(w, "  ⚠ holds instructions aimed at a language model (%q): its passages are fenced as data\n", r.Suspect)
		}
		for _, warn := range r.Warnings {
			fmt.Fprintf(w, "  warning: %s\n", safe(warn))
		}
		fmt.Fprintf(w, "  %d sections, %d chunks, %d figures\n", len(r.Sections), len(r.Chunks), len(r.Figures))
		for _, s := range r.Sections {
			fmt.Fprintf(w, "  %s%s [%s %s]\n", strings.Repeat("  ", s.Level-1), safe(lastPart(s.Path)), s.Kind, yearText(s.Year))
		}
		for _, f := range r.Figures {
			value := f.Raw + f.Unit
			if f.Missing {
				value = "（空白）" + f.Unit
			}
			place := ""
			if f.Place != "" && f.Place != r.Place {
				place = " " + f.Place
			}
			when := yearText(f.Year)
			if f.Since > 0 {
				when = fmt.Sprintf("%d—%d", f.Since, f.Year)
			}
			fmt.Fprintf(w, "  figure: %s = %s %s [%s %s%s]\n", safe(f.Label), safe(value), safe(f.Qualifier), f.Kind, when, safe(place))
		}
		fmt.Fprintln(w)
	}
	for _, s := range in.Skipped {
		fmt.Fprintf(w, "skipped %s: %s\n", safe(s.File), safe(s.Reason))
	}
}

func lastPart(path string) string {
	if i := strings.LastIndex(path, " > "); i >= 0 {
		return path[i+3:]
	}
	return path
}

func yearText(y int) string {
	if y == 0 {
		return "unknown"
	}
	return fmt.Sprint(y)
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}
