package http

import (
	"log/slog"
	"net"
	nethttp "net/http"
	"time"
)

// Timeouts bound how long one connection may hold the server: a client
// that sends its headers or body slowly, or reads the answer slowly, is
// cut off instead of holding a connection and a goroutine for ever.
type Timeouts struct {
	ReadHeader time.Duration // to read the request headers
	Read       time.Duration // to read the whole request, body included
	Write      time.Duration // from the end of the headers to the end of the answer (exports extend it)
	Idle       time.Duration // a kept-alive connection waiting for the next request
}

// Defaults of Timeouts. A 20 MiB body at 1 MiB/s takes 20 s to send, and
// extraction of such a body about 5 s.
const (
	DefaultReadHeaderTimeout = 10 * time.Second
	DefaultReadTimeout       = 60 * time.Second
	DefaultWriteTimeout      = 2 * time.Minute
	DefaultIdleTimeout       = 2 * time.Minute
	// ExportWriteTimeout replaces the write timeout for the export
	// routes, which stream the whole store.
	ExportWriteTimeout = 30 * time.Minute
)

// DefaultTimeouts returns the default timeouts.
func DefaultTimeouts() Timeouts {
	return Timeouts{
		ReadHeader: DefaultReadHeaderTimeout,
		Read:       DefaultReadTimeout,
		Write:      DefaultWriteTimeout,
		Idle:       DefaultIdleTimeout,
	}
}

// NewHTTPServer returns a net/http server for h with the timeouts t and
// a header size limit, logging its own errors (bad TLS, accept errors)
// to logger at warning level.
func NewHTTPServer(h nethttp.Handler, t Timeouts, logger *slog.Logger) *nethttp.Server {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	return &nethttp.Server{
		Handler:           h,
		ReadHeaderTimeout: t.ReadHeader,
		ReadTimeout:       t.Read,
		WriteTimeout:      t.Write,
		IdleTimeout:       t.Idle,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(logger.Handler(), slog.LevelWarn),
	}
}

// IsLoopback reports whether the listen address addr (host:port) accepts
// connections from this machine only: a loopback IP or "localhost". An
// empty host ("":8080, every interface) is not loopback.
func IsLoopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		host = addr
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
