// Command apiload measures the latency of the main GET routes of a
// running 'hebel serve': for each route it sends a bounded number of
// requests from a number of concurrent clients and prints p50, p95, p99
// and the maximum as a Markdown table. It talks only to loopback
// addresses and stops by itself (a request count per route and a time
// budget for the whole run).
//
//	hebel --db bench.db serve --addr 127.0.0.1:8099 &
//	go run ./bench/apiload -url http://127.0.0.1:8099 -c 20 -n 400
//
// Ids to ask for (a document, an actor, a figure) are read from the list
// routes first; each route is warmed up with a few requests (the first
// leverage request builds the model) before it is measured, and the
// warm-up's slowest request is reported as "cold".
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	base := flag.String("url", "http://127.0.0.1:8080", "the server (a loopback address)")
	clients := flag.Int("c", 20, "concurrent clients")
	n := flag.Int("n", 400, "requests per route")
	budget := flag.Duration("budget", 5*time.Minute, "time budget of the whole run")
	pair := flag.String("pair", "CHN/PRK", "the leverage pair A/B")
	only := flag.String("only", "", "measure only the routes whose name contains this")
	flag.Parse()
	if err := run(*base, *clients, *n, *budget, *pair, *only); err != nil {
		fmt.Fprintln(os.Stderr, "apiload:", err)
		os.Exit(1)
	}
}

type route struct {
	name    string
	targets []string // requests cycle through these
}

func run(base string, clients, n int, budget time.Duration, pair, only string) error {
	u, err := url.Parse(base)
	if err != nil {
		return err
	}
	if ip := net.ParseIP(u.Hostname()); u.Hostname() != "localhost" && (ip == nil || !ip.IsLoopback()) {
		return fmt.Errorf("%s is not a loopback address", base)
	}
	ctx, cancel := context.WithTimeout(context.Background(), budget)
	defer cancel()
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: clients}, Timeout: 60 * time.Second}

	var docs struct {
		Documents []struct{ ID string } `json:"documents"`
		Total     int                   `json:"total"`
	}
	if err := getJSON(ctx, client, base+"/api/docs?limit=50", &docs); err != nil {
		return err
	}
	var actors struct {
		Actors []struct{ ID string } `json:"actors"`
	}
	if err := getJSON(ctx, client, base+"/api/actors?type=country&limit=10", &actors); err != nil {
		return err
	}
	var figs struct {
		Figures []struct{ ID string } `json:"figures"`
	}
	if err := getJSON(ctx, client, base+"/api/figures?limit=20", &figs); err != nil {
		return err
	}
	if len(docs.Documents) == 0 || len(actors.Actors) == 0 || len(figs.Figures) == 0 {
		return fmt.Errorf("the store needs documents, countries and figures (found %d, %d, %d)", len(docs.Documents), len(actors.Actors), len(figs.Figures))
	}
	var docIDs, actorIDs, figIDs []string
	for _, d := range docs.Documents {
		docIDs = append(docIDs, "/api/docs/"+d.ID)
	}
	for _, a := range actors.Actors {
		actorIDs = append(actorIDs, url.PathEscape(a.ID))
	}
	for _, f := range figs.Figures {
		figIDs = append(figIDs, "/api/figures/"+f.ID)
	}
	prefix := func(p string, ids []string, suffix string) []string {
		out := make([]string, len(ids))
		for i, id := range ids {
			out[i] = p + id + suffix
		}
		return out
	}
	routes := []route{
		{"docs list", []string{"/api/docs", "/api/docs?lang=de&limit=20", "/api/docs?offset=100&limit=50"}},
		{"doc by id", docIDs},
		{"search", []string{"/api/search?q=Regierung", "/api/search?q=government&lang=en", "/api/search?q=Sanktion*",
			"/api/search?q=%22North+Korea%22", "/api/search?actor=" + actorIDs[0]}},
		{"actors", []string{"/api/actors", "/api/actors?type=country", "/api/actors?q=an&limit=20"}},
		{"actor", prefix("/api/actors/", actorIDs, "")},
		{"relations", []string{"/api/relations", "/api/relations?actor=" + actorIDs[0], "/api/relations?type=alliance&limit=20"}},
		{"graph", []string{"/api/graph", "/api/graph?actor=" + actorIDs[0]}},
		{"figures", []string{"/api/figures", "/api/figures?min_estimates=2", "/api/figures?actor=" + actorIDs[0]}},
		{"figure", figIDs},
		{"timeline", prefix("/api/timeline/", actorIDs, "")},
		{"leverage " + pair, []string{"/api/leverage/" + pair}},
	}
	fmt.Printf("%d documents; %d clients, %d requests per route\n\n", docs.Total, clients, n)
	fmt.Println("| route | requests | cold | p50 | p95 | p99 | max | errors |")
	fmt.Println("|---|---:|---:|---:|---:|---:|---:|---:|")
	for _, rt := range routes {
		if only != "" && !strings.Contains(rt.name, only) {
			continue
		}
		// Warm up: every target once, one at a time.
		var cold time.Duration
		for _, t := range rt.targets {
			d, err := get(ctx, client, base+t)
			if err != nil {
				return fmt.Errorf("%s: %w", t, err)
			}
			cold = max(cold, d)
		}
		lat, errs := measure(ctx, client, base, rt.targets, clients, n)
		if len(lat) == 0 {
			return fmt.Errorf("%s: no answer (time budget spent?)", rt.name)
		}
		sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
		fmt.Printf("| %s | %d | %s | %s | %s | %s | %s | %d |\n", rt.name, len(lat), ms(cold),
			ms(pct(lat, 50)), ms(pct(lat, 95)), ms(pct(lat, 99)), ms(lat[len(lat)-1]), errs)
	}
	return nil
}

// measure sends n requests cycling through targets from clients
// goroutines and returns the latencies of the successful ones.
func measure(ctx context.Context, client *http.Client, base string, targets []string, clients, n int) ([]time.Duration, int) {
	var (
		next int64 = -1
		mu   sync.Mutex
		lat  = make([]time.Duration, 0, n)
		errs int
		wg   sync.WaitGroup
	)
	for c := 0; c < clients; c++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := atomic.AddInt64(&next, 1)
				if i >= int64(n) || ctx.Err() != nil {
					return
				}
				d, err := get(ctx, client, base+targets[int(i)%len(targets)])
				mu.Lock()
				if err != nil {
					errs++
				} else {
					lat = append(lat, d)
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	return lat, errs
}

// get sends one GET and reads the whole answer; a status other than 200
// is an error.
func get(ctx context.Context, client *http.Client, target string) (time.Duration, error) {
	req, err := http.NewRequestWithContext(ctx, "GET", target, nil)
	if err != nil {
		return 0, err
	}
	start := time.Now()
	resp, err := client.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	if _, err := io.Copy(io.Discard, resp.Body); err != nil {
		return 0, err
	}
	d := time.Since(start)
	if resp.StatusCode != http.StatusOK {
		return d, fmt.Errorf("status %d", resp.StatusCode)
	}
	return d, nil
}

func getJSON(ctx context.Context, client *http.Client, target string, v any) error {
	req, err := http.NewRequestWithContext(ctx, "GET", target, nil)
	if err != nil {
		return err
	}
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		b, _ := io.ReadAll(io.LimitReader(resp.Body, 300))
		return fmt.Errorf("GET %s: %d %s", target, resp.StatusCode, b)
	}
	return json.NewDecoder(resp.Body).Decode(v)
}

// pct returns the p-th percentile of the sorted latencies (nearest rank).
func pct(sorted []time.Duration, p int) time.Duration {
	i := (len(sorted)*p + 99) / 100
	if i < 1 {
		i = 1
	}
	return sorted[i-1]
}

func ms(d time.Duration) string { return fmt.Sprintf("%.1f ms", float64(d)/float64(time.Millisecond)) }
