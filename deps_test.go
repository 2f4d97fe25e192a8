package hebel_test

import (
	"bufio"
	"bytes"
	"os/exec"
	"strings"
	"testing"
)

// module is this module's import path.
const module = "github.com/hebel-project/hebel"

// libraryHome names, for each third-party library, the one package of
// Hebel allowed to import it (STYLE.md: "A third-party library lives in
// exactly one package").
var libraryHome = map[string]string{
	"github.com/markusmobius/go-trafilatura": "htmltext",
	"github.com/markusmobius/go-htmldate":    "htmltext",
	"github.com/pemistahl/lingua-go":         "langid",
	"modernc.org/sqlite":                     "sqlite",
	"github.com/jackc/pgx":                   "postgres",
	"gonum.org/v1/gonum":                     "leverage",
	"github.com/spf13/cobra":                 "cmd/hebel",
	"github.com/nats-io/nats.go":             "natsqueue",
	"github.com/chromedp":                    "http", // its browser tests only
}

// extractors may not import each other; pipeline passes results between them.
var extractors = []string{"entity", "quantity", "quote", "relation", "claim", "timex"}

// concreteStores may be imported only by cmd/hebel (and their own tests).
var concreteStores = []string{"sqlite", "postgres"}

// TestImportRules checks the arrows of STYLE.md with `go list`.
func TestImportRules(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("go command not found")
	}
	out, err := exec.Command("go", "list", "-f", `{{.ImportPath}}{{range .Imports}} {{.}}{{end}}`, "./...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	pkgs := map[string][]string{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) == 0 {
			continue
		}
		pkgs[strings.TrimPrefix(strings.TrimPrefix(f[0], module), "/")] = f[1:]
	}
	if len(pkgs) < 3 {
		t.Fatalf("go list found only %d packages", len(pkgs))
	}
	local := func(imp string) (string, bool) {
		if imp == module {
			return "", true
		}
		if strings.HasPrefix(imp, module+"/") {
			return strings.TrimPrefix(imp, module+"/"), true
		}
		return "", false
	}
	isStd := func(imp string) bool { return !strings.Contains(strings.SplitN(imp, "/", 2)[0], ".") }
	for pkg, imps := range pkgs {
		for _, imp := range imps {
			lp, isLocal := local(imp)
			switch {
			case pkg == "":
				if !isStd(imp) && !strings.HasPrefix(imp, "golang.org/x/text") {
					t.Errorf("root package imports %s: it may import only the standard library and golang.org/x/text", imp)
				}
			case isLocal && strings.HasPrefix(lp, "cmd/"):
				t.Errorf("%s imports %s: nothing imports a command", pkg, imp)
			case isLocal && (pkg == "lang/de" && lp == "lang/en" || pkg == "lang/en" && lp == "lang/de"):
				t.Errorf("%s imports %s: language packs never import each other", pkg, lp)
			case pkg == "chart" && !isStd(imp) && imp != module:
				t.Errorf("chart imports %s: it draws plain values and may import only the standard library and the root package", imp)
			case isLocal && pkg == "lang" && strings.HasPrefix(lp, "lang/"):
				t.Errorf("lang imports %s: the profile type must not know its languages", lp)
			}
			if isLocal && contains(extractors, top(pkg)) && contains(extractors, top(lp)) && top(pkg) != top(lp) {
				t.Errorf("extractor %s imports extractor %s: pass results through pipeline", pkg, lp)
			}
			if isLocal && contains(concreteStores, top(lp)) && !strings.HasPrefix(pkg, "cmd/") && top(pkg) != top(lp) {
				t.Errorf("%s imports the concrete store %s: only cmd/hebel wires stores", pkg, lp)
			}
			for lib, home := range libraryHome {
				if (imp == lib || strings.HasPrefix(imp, lib+"/")) && pkg != home {
					t.Errorf("%s imports %s: only package %s may", pkg, lib, home)
				}
			}
		}
	}
}

func top(pkg string) string { return strings.SplitN(pkg, "/", 2)[0] }

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestPackageDocs checks that every package says what it is for.
func TestPackageDocs(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("go command not found")
	}
	out, err := exec.Command("go", "list", "-f", `{{.ImportPath}}|{{.Doc}}`, "./...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		pkg, doc, _ := strings.Cut(line, "|")
		if strings.TrimSpace(doc) == "" {
			t.Errorf("package %s has no doc comment", pkg)
		}
	}
}
