package http

import (
	"testing"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/leverage"
)

// TestProvenanceHref: a claim or relation a leverage source cites (numbered
// from 1) links to its item on the document's page (numbered from 0); a
// dataset row links to its URL only when that is http(s).
func TestProvenanceHref(t *testing.T) {
	for _, tt := range []struct {
		src  leverage.Source
		want string
	}{
		{leverage.Source{ClaimID: "sha256:ab#claim-3"}, "/docs/sha256:ab#claim-2"},
		{leverage.Source{ClaimID: "sha256:ab#relation-1"}, "/docs/sha256:ab#relation-0"},
		{leverage.Source{ClaimID: "sha256:ab#claim-0"}, "/docs/sha256:ab"},
		{leverage.Source{Prov: hebel.Provenance{Dataset: leverage.NewsDataset, File: "sha256:cd", Row: 2}}, "/docs/sha256:cd"},
		{leverage.Source{Prov: hebel.Provenance{Dataset: "comtrade", URL: "https://comtrade.un.org/x"}}, "https://comtrade.un.org/x"},
		{leverage.Source{Prov: hebel.Provenance{Dataset: "x", URL: "javascript:alert(1)"}}, ""},
	} {
		if got := provenanceHref(tt.src); got != tt.want {
			t.Errorf("provenanceHref(%+v) = %q, want %q", tt.src, got, tt.want)
		}
	}
}
