package http_test

import (
	"fmt"
	"io"
	"log/slog"
	nethttp "net/http"
	"net/http/httptest"
	"os"
	"slices"
	"strconv"
	"sync"
	"testing"
	"time"

	hhttp "github.com/hebel-project/hebel/http"
)

// TestLoadLeverage is a load test of /api/leverage/{A}/{B} on loopback,
// run only with HEBEL_LOADTEST=1 (it takes about a minute and both
// cores): after one request that builds the shared model, 20 clients ask
// for HEBEL_LOADTEST_REQUESTS requests each (default 100) and the test
// reports the median, p90 and p99 latency, once for one pair asked again
// and again and once for pairs that change with every request (each
// computed on the shared model the first time it is asked).
//
//	HEBEL_LOADTEST=1 go test -run LoadLeverage -v ./http
func TestLoadLeverage(t *testing.T) {
	if os.Getenv("HEBEL_LOADTEST") == "" {
		t.Skip("load test: set HEBEL_LOADTEST=1 to run it")
	}
	perClient := 100
	if v, err := strconv.Atoi(os.Getenv("HEBEL_LOADTEST_REQUESTS")); err == nil && v > 0 {
		perClient = v
	}
	const clients = 20
	srv := &hhttp.Server{World: testWorld, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}
	ts := httptest.NewServer(srv.Handler())
	defer ts.Close()
	client := &nethttp.Client{Transport: &nethttp.Transport{MaxIdleConnsPerHost: clients}, Timeout: time.Minute}
	get := func(path string) (time.Duration, error) {
		start := time.Now()
		resp, err := client.Get(ts.URL + path)
		if err != nil {
			return 0, err
		}
		_, err = io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 && resp.StatusCode != 404 {
			return 0, fmt.Errorf("%s: status %d", path, resp.StatusCode)
		}
		return time.Since(start), err
	}
	first, err := get("/api/leverage/CHN/PRK")
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("first request (builds the model): %v", first.Round(time.Millisecond))
	states := []string{"CHN", "PRK", "RUS", "DEU", "USA", "FRA", "GBR", "JPN", "KOR", "IND", "BRA", "AUS", "TUR", "IRN", "EGY",
		"POL", "UKR", "BLR", "KAZ", "VNM", "THA", "IDN", "PAK", "NGA", "ZAF", "MEX", "CAN", "ITA", "ESP", "SAU"}
	for _, mode := range []string{"one pair", "changing pairs"} {
		lat := make([]time.Duration, 0, clients*perClient)
		var mu sync.Mutex
		var wg sync.WaitGroup
		var failed error
		start := time.Now()
		for c := range clients {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := range perClient {
					path := "/api/leverage/CHN/PRK"
					if mode != "one pair" {
						n := c*perClient + i
						a, b := states[n%len(states)], states[(n/len(states)+1+n)%len(states)]
						if a == b {
							b = states[(n+7)%len(states)]
						}
						path = "/api/leverage/" + a + "/" + b
					}
					d, err := get(path)
					mu.Lock()
					if err != nil && failed == nil {
						failed = err
					}
					lat = append(lat, d)
					mu.Unlock()
				}
			}()
		}
		wg.Wait()
		if failed != nil {
			t.Fatal(failed)
		}
		slices.Sort(lat)
		q := func(p float64) time.Duration { return lat[int(p*float64(len(lat)-1))].Round(100 * time.Microsecond) }
		t.Logf("%s: %d requests from %d clients in %v: median %v, p90 %v, p99 %v, max %v", mode, len(lat), clients,
			time.Since(start).Round(time.Millisecond), q(0.5), q(0.9), q(0.99), lat[len(lat)-1].Round(time.Millisecond))
		if mode == "one pair" && q(0.99) > 50*time.Millisecond {
			t.Errorf("p99 %v over 50 ms", q(0.99))
		}
	}
}
