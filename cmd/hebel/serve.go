package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	nethttp "net/http"
	"time"

	"github.com/spf13/cobra"

	"github.com/hebel-project/hebel"
	"github.com/hebel-project/hebel/dataset"
	hebelhttp "github.com/hebel-project/hebel/http"
)

// Defaults of 'hebel serve'.
const (
	envToken        = "HEBEL_TOKEN" // the token writes need on a non-loopback address
	defaultAddr     = "127.0.0.1:8080"
	shutdownTimeout = 10 * time.Second // how long requests in flight may finish after SIGINT
)

func (m *Main) newServeCommand() *cobra.Command {
	var rf readFlags
	var addr string
	var allowWrites bool
	var hosts []string
	cmd := &cobra.Command{
		Use:   "serve [--addr HOST:PORT] [--allow-writes]",
		Short: "Serve the web UI and the JSON API (read-only unless --allow-writes)",
		Long: `Serve answers HTTP requests until interrupted (SIGINT or SIGTERM), then lets
the requests in flight finish. The web UI is at /, the JSON API under /api/,
described by the OpenAPI document /api/openapi.json:

  GET  /api/docs?lang=&actor=&type=&from=&to=&limit=&offset=   stored documents, newest first
  GET  /api/docs/{id}                     a stored record (id, or a unique prefix of at least 8 hex digits)
  GET  /api/docs/{id}/report              the leverage report of a stored article
  GET  /api/records?…                     whole records, paged
  GET  /api/search?q=&actor=&lang=&type=&from=&to=   full text with facets
  GET  /api/actors?q=&type=   /api/actors/{id}   /api/relations?…   /api/graph?…
  GET  /api/leverage/{A}/{B}?year=&headroom=   /api/rank/{A}   /api/whatif?cut=A:B:CHANNELS
  POST /api/extract[?store=1&source=URL]  the record of the body (Content-Type text/plain or text/html)

Errors are JSON, {"error": "message"}. The world data (the bundle plus what
'hebel data load' stored) is read at the first leverage request.

Safe by default: the server listens on 127.0.0.1; it answers only requests
whose Host is an IP address, localhost or a name given with --host (no DNS
rebinding); it refuses cross-origin POSTs from web pages; and it writes
nothing (POST /api/extract?store=1, the UI's ingest) unless started with
--allow-writes. On an address other than loopback, --allow-writes also needs
a token in $` + envToken + `, which writers send as "Authorization: Bearer TOKEN".`,
		Example: `  hebel serve --addr 127.0.0.1:8080
  hebel serve --allow-writes
  curl -s --data-binary @examples/seed-article.de.txt -H 'Content-Type: text/plain' 'localhost:8080/api/extract?store=1'
  curl -s localhost:8080/api/leverage/CHN/PRK?year=2014
  ` + envToken + `=$(openssl rand -hex 16) hebel serve --addr 0.0.0.0:8080 --host hebel.example.org --allow-writes`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			token := m.Getenv(envToken)
			if allowWrites && !hebelhttp.IsLoopback(addr) && token == "" {
				return usagef("--allow-writes on %s, which is not a loopback address, needs a token in $%s", addr, envToken)
			}
			x, err := rf.extractor(nil)
			if err != nil {
				return err
			}
			st, err := m.openDB(cmd)
			if err != nil {
				return err
			}
			defer st.Close()
			logger := slog.New(slog.NewTextHandler(m.Stderr, nil))
			// Search and actors need a store that implements them; on
			// one that does not, those routes answer 501.
			search, _ := st.Records.(hebel.SearchStore)
			actors, _ := st.Records.(hebel.ActorStore)
			s := &hebelhttp.Server{
				RecordStore:  st.Records,
				SearchStore:  search,
				ActorStore:   actors,
				FigureStore:  st.Figures,
				Extract:      x.ExtractBytes,
				World:        func() (*hebel.World, error) { return m.loadWorld(cmd) },
				WorldVersion: func(ctx context.Context) (string, error) { return worldVersion(ctx, st) },
				StateName:    dataset.CountryName,
				Logger:       logger,
				MaxBody:      rf.maxBytes,
				AllowWrites:  allowWrites,
				Token:        token,
				Hosts:        hosts,
			}
			return m.serve(cmd.Context(), addr, s.Handler(), logger)
		},
	}
	rf.register(cmd)
	cmd.Flags().StringVar(&addr, "addr", defaultAddr, "listen on this host:port (port 0: any free port)")
	cmd.Flags().BoolVar(&allowWrites, "allow-writes", false, "let requests store documents (POST /api/extract?store=1, the UI's ingest)")
	cmd.Flags().StringArrayVar(&hosts, "host", nil, "also answer requests for this host name (repeatable); IP addresses and localhost always work")
	return cmd
}

// serve listens on addr and serves h until ctx is done, then shuts down
// gracefully. It prints the address it listens on to stderr.
func (m *Main) serve(ctx context.Context, addr string, h nethttp.Handler, logger *slog.Logger) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("listening on %s: %w", addr, err)
	}
	srv := hebelhttp.NewHTTPServer(h, hebelhttp.DefaultTimeouts(), logger)
	fmt.Fprintf(m.Stderr, "%s: serving on http://%s\n", programName, ln.Addr())
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serving on %s: %w", ln.Addr(), err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("shutting down: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, nethttp.ErrServerClosed) {
		return err
	}
	fmt.Fprintf(m.Stderr, "%s: stopped\n", programName)
	return nil
}
