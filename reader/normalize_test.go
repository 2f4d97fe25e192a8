package reader

import "testing"

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"a", "a"},
		{"a\r\nb\rc\n", "a\nb\nc"},
		{"a  \t\nb\u00a0\n", "a\nb"},
		{"a\n\n\n\nb", "a\n\nb"},
		{"a\n\nb", "a\n\nb"},
		{"a\n \n \nb", "a\n\nb"},
		{"\n\n  \tindented first\n  indented second", "indented first\n  indented second"},
		{"x\x00y\x07z\u009b", "xyz"},
		{"tab\tinside", "tab\tinside"},
		{"\ufeffBOM", "BOM"},
		{"e\u0301", "é"},
		{"Ang\u212bstr\u00f6m", "AngÅström"},
		{"line\u2028sep\u2029para\fpage", "line\nsep\npara\npage"},
		{"bad \xff byte", "bad \ufffd byte"},
	}
	for _, tt := range tests {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if got := Normalize(tt.want); got != tt.want {
			t.Errorf("Normalize is not idempotent on %q: %q", tt.want, got)
		}
	}
}

func TestDetectFormat(t *testing.T) {
	tests := []struct{ name, data, want string }{
		{"a.html", "plain words", "html"},
		{"a.HTM", "", "html"},
		{"a.xhtml", "", "html"},
		{"a.txt", "<!DOCTYPE html><p>x", "html"},
		{"-", "  \n<html lang=de>", "html"},
		{"-", "<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">", "html"},
		{"-", "<!-- c --><HEAD><title>", "html"},
		{"-", "<p>no markers</p>", "text"},
		{"-", "Text about <html> tags", "text"},
		{"a.md", "# Title", "text"},
	}
	for _, tt := range tests {
		if got := detectFormat(tt.name, []byte(tt.data)); got != tt.want {
			t.Errorf("detectFormat(%q, %q) = %q, want %q", tt.name, tt.data, got, tt.want)
		}
	}
}
