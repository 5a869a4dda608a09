package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"go.yaml.in/yaml/v3"
)

// SidecarSuffix ends the name of the file staff write beside a document to
// set or correct its metadata: "2023总结.meta.yaml" for "2023总结.docx"
// (or "2023总结.docx.meta.yaml").
const SidecarSuffix = ".meta.yaml"

// IsSidecar reports whether a file name is a metadata sidecar, not a document.
func IsSidecar(name string) bool { return strings.HasSuffix(strings.ToLower(name), SidecarSuffix) }

// SidecarPaths lists where the sidecar of path may be, in order of preference.
func SidecarPaths(path string) []string {
	ext := filepath.Ext(path)
	return []string{strings.TrimSuffix(path, ext) + SidecarSuffix, path + SidecarSuffix}
}

// loadSidecar reads the sidecar of path if there is one. A sidecar that
// cannot be read or has unknown keys is an error naming the file.
func loadSidecar(path string) (Meta, string, error) {
	for _, p := range SidecarPaths(path) {
		data, err := os.ReadFile(p)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return Meta{}, p, fmt.Errorf("read sidecar %s: %w", p, err)
		}
		m, err := parseMeta(data)
		if err != nil {
			return Meta{}, p, fmt.Errorf("sidecar %s: %w", p, err)
		}
		return m, p, nil
	}
	return Meta{}, "", nil
}

// parseMeta decodes sidecar or front-matter YAML strictly.
func parseMeta(data []byte) (Meta, error) {
	var m Meta
	if len(bytes.TrimSpace(data)) == 0 {
		return m, nil
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&m); err != nil {
		return Meta{}, fmt.Errorf("%w (known keys: title, year, plan_year, org, kind, period, access)", err)
	}
	return m, m.validate()
}

func (m Meta) validate() error {
	switch m.Kind {
	case "", KindSummary, KindPlan:
	default:
		return fmt.Errorf("kind must be summary or plan, got %q", m.Kind)
	}
	switch m.Period {
	case "", PeriodYear, PeriodFirstHalf, PeriodSecondHalf:
	default:
		return fmt.Errorf("period must be 全年, 上半年 or 下半年, got %q", m.Period)
	}
	if m.Year != 0 && (m.Year < 1949 || m.Year > 2100) {
		return fmt.Errorf("year %d is not plausible", m.Year)
	}
	if m.PlanYear != 0 && (m.PlanYear < 1949 || m.PlanYear > 2100) {
		return fmt.Errorf("plan_year %d is not plausible", m.PlanYear)
	}
	return nil
}

// frontMatter finds a Markdown front-matter block ("---" lines at the very
// start) and returns its YAML and the span it occupies in text.
func frontMatter(text string) (string, Span, bool) {
	if !strings.HasPrefix(text, "---\n") {
		return "", Span{}, false
	}
	end := strings.Index(text[4:], "\n---")
	if end < 0 {
		return "", Span{}, false
	}
	body := text[4 : 4+end]
	close := 4 + end + len("\n---")
	if nl := strings.IndexByte(text[close:], '\n'); nl >= 0 {
		close += nl + 1
	} else {
		close = len(text)
	}
	return body, Span{0, close}, true
}

// merge lays the fields set in o over m.
func (m Meta) merge(o Meta) Meta {
	if o.Title != "" {
		m.Title = o.Title
	}
	if o.Year != 0 {
		m.Year = o.Year
	}
	if o.PlanYear != 0 {
		m.PlanYear = o.PlanYear
	}
	if o.Org != "" {
		m.Org = o.Org
	}
	if o.Kind != "" {
		m.Kind = o.Kind
	}
	if o.Period != "" {
		m.Period = o.Period
	}
	if o.Access != "" {
		m.Access = o.Access
	}
	return m
}
