// Package privateserver starts a PostgreSQL or NATS server of a test's
// own, on a free loopback port with its data in a temporary directory,
// for tests that stop, restart or kill the server: they must never touch
// the machine's shared services. It uses the server binaries of the
// Debian packages (/usr/lib/postgresql/*/bin, nats-server); as root,
// PostgreSQL runs as the postgres user. When a binary is missing the test
// is skipped, or failed under CI (internal/servicetest).
//
// Only tests import it.
package privateserver

import (
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/hebel-project/hebel/internal/servicetest"
)

// freePort returns a loopback port no one listens on now.
func freePort(tb testing.TB) int {
	tb.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}

// waitPort waits until something accepts connections on port.
func waitPort(port int, d time.Duration) error {
	deadline := time.Now().Add(d)
	for {
		c, err := net.DialTimeout("tcp", fmt.Sprintf("127.0.0.1:%d", port), time.Second)
		if err == nil {
			c.Close()
			return nil
		}
		if time.Now().After(deadline) {
			return err
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// NATS is a private nats-server with JetStream.
type NATS struct {
	URL  string
	cmd  *exec.Cmd
	dir  string
	port int
}

// StartNATS starts nats-server with JetStream on a free port; maxPayload
// sets its max_payload (0: the default, 1 MB). It is stopped when tb ends.
func StartNATS(tb testing.TB, maxPayload int) *NATS {
	tb.Helper()
	bin, err := exec.LookPath("nats-server")
	if err != nil {
		if _, serr := os.Stat("/usr/sbin/nats-server"); serr == nil {
			bin, err = "/usr/sbin/nats-server", nil
		}
	}
	if err != nil {
		servicetest.Unavailable(tb, "nats-server binary (Debian package nats-server)", err)
	}
	dir := tb.TempDir()
	n := &NATS{dir: dir, port: freePort(tb)}
	conf := fmt.Sprintf("listen: 127.0.0.1:%d\njetstream { store_dir: %q }\n", n.port, filepath.Join(dir, "js"))
	if maxPayload > 0 {
		conf += fmt.Sprintf("max_payload: %d\n", maxPayload)
	}
	confPath := filepath.Join(dir, "nats.conf")
	if err := os.WriteFile(confPath, []byte(conf), 0o644); err != nil {
		tb.Fatal(err)
	}
	n.cmd = exec.Command(bin, "-c", confPath, "-l", filepath.Join(dir, "nats.log"))
	if err := n.cmd.Start(); err != nil {
		tb.Fatalf("starting nats-server: %v", err)
	}
	tb.Cleanup(func() {
		n.cmd.Process.Kill()
		n.cmd.Wait()
	})
	if err := waitPort(n.port, 20*time.Second); err != nil {
		log, _ := os.ReadFile(filepath.Join(dir, "nats.log"))
		tb.Fatalf("nats-server did not start: %v\n%s", err, log)
	}
	n.URL = fmt.Sprintf("nats://127.0.0.1:%d", n.port)
	return n
}

// Postgres is a private PostgreSQL cluster.
type Postgres struct {
	Conn string // connection string of its database postgres, user postgres
	bin  string
	data string
	port int
	as   []string // command prefix that runs a command as the cluster's owner
	log  string
}

// pgBin returns the newest /usr/lib/postgresql/*/bin with pg_ctl.
func pgBin() (string, error) {
	dirs, _ := filepath.Glob("/usr/lib/postgresql/*/bin/pg_ctl")
	if len(dirs) == 0 {
		return "", fmt.Errorf("no /usr/lib/postgresql/*/bin/pg_ctl")
	}
	sort.Slice(dirs, func(i, j int) bool {
		vi, _ := strconv.Atoi(filepath.Base(filepath.Dir(filepath.Dir(dirs[i]))))
		vj, _ := strconv.Atoi(filepath.Base(filepath.Dir(filepath.Dir(dirs[j]))))
		return vi > vj
	})
	return filepath.Dir(dirs[0]), nil
}

// StartPostgres creates a cluster in a temporary directory (trust
// authentication, fsync off: the tests restart it cleanly, they do not
// crash the machine) and starts it on a free port. It is stopped when tb
// ends.
func StartPostgres(tb testing.TB) *Postgres {
	tb.Helper()
	bin, err := pgBin()
	if err != nil {
		servicetest.Unavailable(tb, "PostgreSQL server binaries (Debian package postgresql)", err)
	}
	p := &Postgres{bin: bin, port: freePort(tb)}
	base, err := os.MkdirTemp("", "hebel-pg-")
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { os.RemoveAll(base) })
	p.data = filepath.Join(base, "data")
	p.log = filepath.Join(base, "postgres.log")
	if os.Geteuid() == 0 {
		// PostgreSQL refuses to run as root: hand the directory to the
		// postgres user and run as it.
		u, err := user.Lookup("postgres")
		if err != nil {
			servicetest.Unavailable(tb, "a postgres user to run a private PostgreSQL as", err)
		}
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		if err := os.Chown(base, uid, gid); err != nil {
			tb.Fatal(err)
		}
		p.as = []string{"runuser", "-u", "postgres", "--"}
	}
	if out, err := p.run("initdb", "-D", p.data, "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8", "--locale=C.UTF-8"); err != nil {
		tb.Fatalf("initdb: %v\n%s", err, out)
	}
	if err := p.Start(); err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { p.run("pg_ctl", "-D", p.data, "-m", "immediate", "-w", "stop") })
	p.Conn = fmt.Sprintf("postgres://postgres@127.0.0.1:%d/postgres?sslmode=disable", p.port)
	return p
}

// run runs a PostgreSQL binary as the cluster's owner.
func (p *Postgres) run(name string, args ...string) ([]byte, error) {
	argv := append(append(append([]string{}, p.as...), filepath.Join(p.bin, name)), args...)
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Dir = os.TempDir()
	return cmd.CombinedOutput()
}

// Start starts the stopped server and waits until it accepts
// connections.
func (p *Postgres) Start() error {
	opts := fmt.Sprintf("-p %d -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c fsync=off -c max_connections=60", p.port)
	if out, err := p.run("pg_ctl", "-D", p.data, "-l", p.log, "-o", opts, "-w", "-t", "60", "start"); err != nil {
		log, _ := os.ReadFile(p.log)
		return fmt.Errorf("starting PostgreSQL: %v\n%s\n%s", err, out, log)
	}
	return waitPort(p.port, 30*time.Second)
}

// Stop stops the server the way an operator restarting it would: fast
// mode, which ends the sessions and rolls back open transactions.
func (p *Postgres) Stop() error {
	if out, err := p.run("pg_ctl", "-D", p.data, "-m", "fast", "-w", "-t", "60", "stop"); err != nil {
		return fmt.Errorf("stopping PostgreSQL: %v\n%s", err, strings.TrimSpace(string(out)))
	}
	return nil
}
