package segment

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/hebel-project/hebel/lang/de"
	"github.com/hebel-project/hebel/lang/en"
)

func TestDebug(t *testing.T) {
	text := os.Getenv("SEGTEXT")
	if text == "" {
		t.Skip()
	}
	p := de.Profile
	if os.Getenv("SEGLANG") == "en" {
		p = en.Profile
	}
	for _, s := range Split(text, p) {
		var b []string
		for _, tk := range s.Tokens {
			b = append(b, tk.Text(text)+"/"+tk.Kind.String()[:2])
		}
		fmt.Printf("%q\n   %s\n", s.Text(text), strings.Join(b, " "))
	}
}

func TestDumpNews(t *testing.T) {
	if os.Getenv("SEGDUMP") == "" {
		t.Skip()
	}
	for _, f := range newsFiles(t) {
		for _, s := range Split(f.text, f.p) {
			fmt.Printf("%s\t%s\n", f.name, s.Text(f.text))
		}
	}
}
