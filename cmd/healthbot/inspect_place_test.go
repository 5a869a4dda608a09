package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// inspect shows each report's place, issuer and document number, and the
// place of its sections and figures.
func TestInspectPlace(t *testing.T) {
	file := filepath.Join(t.TempDir(), "notice.txt")
	text := "关于印发庆阳市2024年卫生健康工作要点的通知\n庆卫发〔2024〕3号\n各县（区）卫生健康局：\n" +
		"现将工作要点印发给你们，请认真贯彻落实。\n庆阳市卫生健康委员会\n2024年2月1日\n" +
		"一、主要目标\n全市人均预期寿命达到78岁。环县新建卫生院2所。\n"
	if err := os.WriteFile(file, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCLI(t, nil, "inspect", "--json", file)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var got struct {
		Reports []struct {
			Place, Issuer, Org string
			DocNumber          string `json:"doc_number"`
			Sections           []struct{ Path, Place string }
			Figures            []struct{ Label, Place string }
		}
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Reports) != 1 {
		t.Fatalf("%d reports", len(got.Reports))
	}
	r := got.Reports[0]
	if r.Place != "庆阳市" || r.Org != "庆阳市" || r.Issuer != "庆阳市卫生健康委员会" || r.DocNumber != "庆卫发〔2024〕3号" {
		t.Errorf("place %q, org %q, issuer %q, doc number %q", r.Place, r.Org, r.Issuer, r.DocNumber)
	}
	if len(r.Sections) == 0 || r.Sections[0].Place != "庆阳市" {
		t.Errorf("sections %+v", r.Sections)
	}
	places := map[string]string{}
	for _, f := range r.Figures {
		switch {
		case strings.Contains(f.Label, "人均预期寿命"):
			places["life"] = f.Place
		case strings.Contains(f.Label, "卫生院"):
			places["clinics"] = f.Place
		}
	}
	if places["life"] != "庆阳市" || places["clinics"] != "环县" {
		t.Errorf("figure places %v in %+v", places, r.Figures)
	}
	code, out, _ = runCLI(t, nil, "inspect", file)
	if code != 0 || !strings.Contains(out, "place 庆阳市, issuer 庆阳市卫生健康委员会, document number 庆卫发〔2024〕3号") {
		t.Errorf("text output:\n%s", out)
	}
}
