package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	nethttp "net/http"
	"sync"
	"time"

	"github.com/spf13/cobra"

	"github.com/hebel-project/hebel"
	hebelhttp "github.com/hebel-project/hebel/http"
)

// Defaults of 'hebel serve'.
const (
	defaultAddr     = "127.0.0.1:8080"
	shutdownTimeout = 10 * time.Second // how long requests in flight may finish after SIGINT
)

func (m *Main) newServeCommand() *cobra.Command {
	var rf readFlags
	var addr string
	cmd := &cobra.Command{
		Use:   "serve [--addr HOST:PORT]",
		Short: "Serve the JSON API: stored documents, extraction and leverage",
		Long: `Serve answers HTTP requests until interrupted (SIGINT or SIGTERM), then lets
the requests in flight finish:

  GET  /healthz
  GET  /api/docs?lang=&limit=&offset=     stored documents, newest first, with the total
  GET  /api/docs/{id}                     a stored record (unique id prefix allowed)
  POST /api/extract[?store=1&source=URL]  the record of the body (Content-Type text/html: HTML)
  GET  /api/leverage/{A}/{B}?year=        as 'hebel leverage A B --format json'

Errors are JSON, {"error": "message"}. The world data (the bundle plus what
'hebel data load' stored) is read at the first leverage request.`,
		Example: `  hebel serve --addr 127.0.0.1:8080
  curl -s --data-binary @examples/seed-article.de.txt -H 'Content-Type: text/plain' 'localhost:8080/api/extract?store=1'
  curl -s localhost:8080/api/leverage/CHN/PRK?year=2014`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			x, err := rf.extractor(nil)
			if err != nil {
				return err
			}
			store, closeStore, err := m.openStore(cmd)
			if err != nil {
				return err
			}
			defer closeStore()
			logger := slog.New(slog.NewTextHandler(m.Stderr, nil))
			s := &hebelhttp.Server{
				RecordStore: store,
				Extract:     x.ExtractBytes,
				World:       sync.OnceValues(func() (*hebel.World, error) { return m.loadWorld(cmd) }),
				Logger:      logger,
				MaxBody:     rf.maxBytes,
			}
			return m.serve(cmd.Context(), addr, s.Handler(), logger)
		},
	}
	rf.register(cmd)
	cmd.Flags().StringVar(&addr, "addr", defaultAddr, "listen on this host:port (port 0: any free port)")
	return cmd
}

// serve listens on addr and serves h until ctx is done, then shuts down
// gracefully. It prints the address it listens on to stderr.
func (m *Main) serve(ctx context.Context, addr string, h nethttp.Handler, logger *slog.Logger) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("listening on %s: %w", addr, err)
	}
	srv := &nethttp.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		IdleTimeout:       2 * time.Minute,
		ErrorLog:          slog.NewLogLogger(logger.Handler(), slog.LevelWarn),
	}
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
