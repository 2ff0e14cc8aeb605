package main

import (
	"context"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/internal/pgtest"
)

// browser is Debian's Chromium, headless, driven over the DevTools
// protocol; it records every console error, uncaught exception and failed
// load of the pages it opens.
type browser struct {
	t        *testing.T
	ctx      context.Context
	mu       sync.Mutex
	problems []string
}

// chromiumPath is INFT_CHROMIUM, else chromium on PATH (make test installs
// it with scripts/ensure-chromium.sh).
func chromiumPath(t *testing.T) string {
	if p := os.Getenv("INFT_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Fatal("no Chromium: run scripts/ensure-chromium.sh (make test does) or set INFT_CHROMIUM")
	return ""
}

func newBrowser(ctx context.Context, t *testing.T) *browser {
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromiumPath(t)), chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true), chromedp.UserDataDir(t.TempDir()), chromedp.WindowSize(1200, 900))
	actx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	bctx, cancelBrowser := chromedp.NewContext(actx)
	t.Cleanup(func() {
		cancelBrowser()
		cancelAlloc()
	})
	b := &browser{t: t, ctx: bctx}
	require.NoError(t, chromedp.Listen(bctx, func(ev any) {
		switch ev := ev.(type) {
		case *runtime.EventConsoleAPICalled:
			if ev.Type == runtime.ConsoleAPICalledTypeError || ev.Type == runtime.ConsoleAPICalledTypeAssert {
				var args []string
				for _, a := range ev.Args {
					args = append(args, firstNonEmpty(a.Description, string(a.Value)))
				}
				b.problem("console.%s: %s", ev.Type, strings.Join(args, " "))
			}
		case *runtime.EventExceptionThrown:
			d := ev.ExceptionDetails
			msg := d.Text
			if d.Exception != nil {
				msg += " " + d.Exception.Description
			}
			b.problem("uncaught: %s (%s:%d)", msg, d.URL, d.LineNumber)
		case *cdplog.EventEntryAdded:
			if ev.Entry.Level == cdplog.EntryLevelError {
				b.problem("log: %s %s", ev.Entry.Text, ev.Entry.URL)
			}
		}
	}))
	// The console and the exceptions come from the runtime domain, failed
	// loads from the log domain.
	_, err := chromedp.Call(bctx, runtime.Enable, cdp.Empty{})
	require.NoError(t, err)
	_, err = chromedp.Call(bctx, cdplog.Enable, cdp.Empty{})
	require.NoError(t, err)
	return b
}

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

func (b *browser) problem(format string, args ...any) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.problems = append(b.problems, fmt.Sprintf(format, args...))
}

// clean fails the test with what went wrong on the pages so far.
func (b *browser) clean(page string) {
	b.t.Helper()
	b.mu.Lock()
	defer b.mu.Unlock()
	require.Empty(b.t, b.problems, "console errors on %s", page)
}

// do runs the steps in the tab, within a minute.
func (b *browser) do(steps ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 60*time.Second)
	defer cancel()
	require.NoError(b.t, chromedp.Do(ctx, steps...))
}

// get runs an action that returns a value.
func get[T any](b *browser, a chromedp.Action[T]) T {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 60*time.Second)
	defer cancel()
	v, err := chromedp.Run(ctx, a)
	require.NoError(b.t, err)
	return v
}

// until evaluates js in the page until it returns true or the time is up.
func (b *browser) until(what, js string, within time.Duration) {
	b.t.Helper()
	deadline := time.Now().Add(within)
	for !get(b, chromedp.Evaluate[bool](js)) {
		if time.Now().After(deadline) {
			b.t.Fatalf("%s: not within %s; the page:\n%.4000s", what, within, get(b, chromedp.OuterHTML(chromedp.CSS("main"))))
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func (b *browser) text(sel string) string {
	b.t.Helper()
	return strings.TrimSpace(get(b, chromedp.Text(chromedp.CSS(sel), chromedp.NodeVisible)))
}

// screenshot saves the page where INFT_SCREENSHOTS says (make screenshots
// writes docs/screenshots), else in the test's directory: it is taken on
// every run, so that a page that cannot be drawn fails the test.
func (b *browser) screenshot(name string) {
	b.t.Helper()
	dir := os.Getenv("INFT_SCREENSHOTS")
	if dir == "" {
		dir = b.t.TempDir()
	}
	png := get(b, chromedp.FullScreenshot(100))
	require.NoError(b.t, os.WriteFile(filepath.Join(dir, name+".png"), png, 0o644))
}

// fitsPhone checks the page at 360 pixels wide: nothing wider than the
// screen, so nothing to scroll sideways.
func (b *browser) fitsPhone(url string) {
	b.t.Helper()
	b.do(chromedp.EmulateViewport(360, 800, chromedp.EmulateScale(2)), chromedp.Navigate(url), chromedp.WaitReady(chromedp.CSS("body")))
	width := get(b, chromedp.Evaluate[int](`document.documentElement.scrollWidth`))
	require.LessOrEqual(b.t, width, 360, "%s is wider than a phone's 360 px", url)
	b.do(chromedp.EmulateViewport(1200, 900))
}

// The pages as people meet them, in Chromium against `inft dev`: the gallery
// shows an image minted while it is open, a generation's progress bar
// reaches 100 %, the marketplace's feed takes a listing live, the dashboard
// refuses a wrong key, shows the API's numbers and retries a failed job;
// every page fits a phone and logs no error.
func TestPagesInBrowser(t *testing.T) {
	t.Parallel()
	db := pgtest.New(t)
	dir := t.TempDir()
	ports := freeAddrs(t)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	const key = "pages-test-admin-key-0123456789abcdef"
	_, info := startDev(t, dir, db.URL, ports, "ADMIN_API_KEY="+key)
	site := strings.TrimSuffix(info.GraphQLURL, "graphql")
	d, err := dialDemo(ctx, info)
	require.NoError(t, err)
	defer d.eth.Close()
	admin := gqlClient{url: info.GraphQLURL, token: key}
	b := newBrowser(ctx, t)

	agent, _, err := d.buyPackage(ctx, d.seller, tierPro)
	require.NoError(t, err)

	// The gallery, open before the image exists, shows it once minted.
	b.do(chromedp.Navigate(site), chromedp.WaitVisible(chromedp.CSS("#gallery")))
	b.until("the page subscribes", `document.getElementById('live').textContent === 'live'`, 10*time.Second)
	first, err := d.requestGeneration(ctx, d.seller, agent, kindImage, "a lighthouse at dawn, oil painting")
	require.NoError(t, err)
	fulfilled := waitFulfilled(ctx, t, d, first)
	card := fmt.Sprintf(`a.card[href="/generations/%s"]`, first)
	b.until("the new image in the gallery", `(() => { const i = document.querySelector('`+card+` img');
		return !!i && i.complete && i.naturalWidth > 0 })()`, 10*time.Second)
	seen := time.Now()
	require.Less(t, seen.Sub(fulfilled), 5*time.Second, "shown within seconds of its fulfilment (indexed at %s)", fulfilled)
	t.Logf("the gallery showed the image %s after the API first said FULFILLED", seen.Sub(fulfilled).Round(time.Millisecond))
	b.clean("/")

	// A generation's page, opened as it starts: the bar moves to 100 %.
	// Its prompt carries markup, which the pages show as text.
	const hostile = `the same lighthouse at night <img src=x onerror="document.title='pwned'">`
	second, err := d.requestGeneration(ctx, d.seller, agent, kindImage, hostile)
	require.NoError(t, err)
	require.Eventually(t, func() bool {
		var out struct{ Generation *struct{ Status string } }
		require.NoError(t, d.api.query(ctx, `query($id: ID!) { generation(requestId: $id) { status } }`, map[string]any{"id": second.String()}, &out))
		return out.Generation != nil
	}, 10*time.Second, 20*time.Millisecond, "the request indexed")
	b.do(chromedp.Navigate(fmt.Sprintf("%sgenerations/%s", site, second)), chromedp.WaitVisible(chromedp.CSS("#progress")))
	var values []int
	deadline := time.Now().Add(60 * time.Second)
	for {
		n, err := strconv.Atoi(get(b, chromedp.AttributeValue(chromedp.CSS("#progress"), "aria-valuenow")).Value)
		require.NoError(t, err)
		if len(values) == 0 || values[len(values)-1] != n {
			values = append(values, n)
		}
		if n == 100 || time.Now().After(deadline) {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	require.Equal(t, 100, values[len(values)-1], "the bar's values: %v", values)
	require.True(t, slicesAny(values, func(v int) bool { return v > 0 && v < 100 }), "the bar moved through the stages: %v", values)
	require.IsIncreasing(t, values, "the bar only moves forward")
	t.Logf("the progress bar showed %v", values)
	b.until("the status and the image", `document.getElementById('status').textContent === 'fulfilled' &&
		!!document.querySelector('#output img') && document.querySelector('#output img').naturalWidth > 0`, 10*time.Second)
	require.Contains(t, b.text("#contributors"), "Agent #"+agent.String())
	require.Equal(t, hostile, b.text(".prompt"), "the prompt as text")
	require.False(t, get(b, chromedp.Evaluate[bool](`document.title === 'pwned' || document.querySelector('img[src="x"]') !== null`)))
	b.screenshot("generation")
	b.clean("/generations/" + second.String())

	// The marketplace's feed takes a listing as it is made.
	b.do(chromedp.Navigate(site+"market"), chromedp.WaitVisible(chromedp.CSS("#feed")))
	b.until("the page subscribes", `document.getElementById('live').textContent === 'live'`, 10*time.Second)
	tok, err := d.token(ctx, first)
	require.NoError(t, err)
	listing, err := d.list(ctx, d.seller, tok.ID, big.NewInt(3e18))
	require.NoError(t, err)
	b.until("the listing in the feed and the table", fmt.Sprintf(`document.querySelector('#feed .listed') !== null &&
		document.querySelector('#listings tr[data-listing="%s"]') !== null`, listing), 15*time.Second)
	require.Contains(t, b.text("#feed"), "listed token #"+tok.ID+" for 3 S")
	require.Equal(t, "3 S", b.text("#floor-GENERATED"), "the floor follows")
	b.screenshot("market")
	// The server's connection to the database drops: listingEvents ends,
	// saying events may have been lost, and the page reads the listings
	// again (a row the API does not have goes; the real ones stay).
	b.do(chromedp.Evaluate[chromedp.Void](`document.getElementById('listings').appendChild(
		Object.assign(document.createElement('tr'), {id: 'phantom'})), undefined`))
	var killed int
	require.NoError(t, db.Get(&killed, `SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE query LIKE 'LISTEN %'`))
	require.Positive(t, killed, "the hub's listening backend")
	b.until("the feed's interruption and the listings read again", fmt.Sprintf(`document.querySelector('#feed .error') !== null &&
		document.getElementById('phantom') === null && document.querySelector('#listings tr[data-listing="%s"]') !== null`, listing), 30*time.Second)
	require.Equal(t, "3 S", b.text("#floor-GENERATED"))
	b.clean("/market")

	// An agent's page.
	b.do(chromedp.Navigate(fmt.Sprintf("%sagents/%s", site, agent)), chromedp.WaitVisible(chromedp.CSS("#credits")))
	require.Contains(t, b.text("h1"), "Agent #"+agent.String())
	b.screenshot("agent")
	b.clean("/agents/" + agent.String())

	// The dashboard: a wrong key is refused and not kept.
	b.do(chromedp.Navigate(site+"dashboard"), chromedp.WaitVisible(chromedp.CSS("#key")),
		chromedp.SendKeys(chromedp.CSS("#key"), "not-the-key"), chromedp.Click(chromedp.CSS("#key-form button")))
	b.until("the refusal", `!document.getElementById('key-error').hidden`, 10*time.Second)
	require.Contains(t, b.text("#key-error"), "The key was refused")
	require.False(t, get(b, chromedp.Evaluate[bool](`sessionStorage.getItem('inft.adminKey') !== null`)), "a refused key is not kept")
	require.True(t, get(b, chromedp.Evaluate[bool](`document.getElementById('board').hidden`)))

	// A job that fails: every provider paused, the request's job fails its
	// attempts and waits out River's backoff.
	require.NoError(t, admin.query(ctx, `mutation { pauseProvider(name: "local") }`, nil, &struct{}{}))
	stuck, err := d.requestGeneration(ctx, d.seller, agent, kindImage, "a storm over the lighthouse")
	require.NoError(t, err)
	var job failedJob
	require.Eventually(t, func() bool {
		for _, j := range operatorStats(ctx, t, admin).FailedJobs {
			if j.RequestID == stuck.String() && j.Attempt >= 2 && j.NextAttemptAt != nil {
				job = j
				return true
			}
		}
		return false
	}, 90*time.Second, 200*time.Millisecond, "the request's job failed twice")

	// The right key: the board shows what the API says.
	b.do(chromedp.SendKeys(chromedp.CSS("#key"), key), chromedp.Click(chromedp.CSS("#key-form button")))
	b.until("the board", `!document.getElementById('board').hidden && document.querySelector('#providers tr') !== null`, 10*time.Second)
	require.Eventually(t, func() bool {
		api := operatorStats(ctx, t, admin)
		type board struct {
			Retried, Pending, Failed string
			Providers                [][]string
		}
		page := get(b, chromedp.Evaluate[board](`({retried: document.getElementById('q-retried').textContent,
			pending: document.getElementById('tx-pending').textContent,
			failed: String(document.querySelectorAll('#failed-jobs tr').length),
			providers: [...document.querySelectorAll('#providers tr')].map(tr => [...tr.children].slice(0, 3).map(td => td.textContent))})`))
		var want [][]string
		for _, p := range api.Providers {
			want = append(want, []string{p.Name, strconv.Itoa(p.Calls), strconv.Itoa(p.Errors)})
		}
		return page.Retried == strconv.Itoa(api.Queue.Retried) && page.Pending == strconv.Itoa(api.Relayer.PendingTransactions) &&
			page.Failed == strconv.Itoa(len(api.FailedJobs)) && fmt.Sprint(page.Providers) == fmt.Sprint(want)
	}, 20*time.Second, 500*time.Millisecond, "the dashboard's numbers are the API's")
	b.until("the charts", `document.querySelectorAll('.charts .uplot').length === 2`, 10*time.Second)
	b.screenshot("dashboard")

	// Retry: the providers back, the button runs the job now, long before
	// River's backoff would.
	require.NoError(t, admin.query(ctx, `mutation { resumeProvider(name: "local") }`, nil, &struct{}{}))
	row := fmt.Sprintf(`#failed-jobs tr[data-request="%s"] button.retry`, stuck)
	b.until("the retry button", `document.querySelector('`+row+`') !== null`, 10*time.Second)
	b.do(chromedp.Click(chromedp.CSS(row)))
	b.until("the retry's result", `document.getElementById('action-result').textContent.includes('queued again')`, 10*time.Second)
	done := waitFulfilled(ctx, t, d, stuck)
	require.True(t, done.Before(*job.NextAttemptAt), "fulfilled at %s, before River's own retry at %s", done, job.NextAttemptAt)
	b.until("the failed job gone from the board", `document.querySelector('`+row+`') === null`, 15*time.Second)

	// Fail: the request is failed on chain with the operator's reason, and
	// refunded; a reason is required.
	require.NoError(t, admin.query(ctx, `mutation { pauseProvider(name: "local") }`, nil, &struct{}{}))
	doomed, err := d.requestGeneration(ctx, d.seller, agent, kindImage, "a lighthouse nobody will see")
	require.NoError(t, err)
	failRow := fmt.Sprintf(`#failed-jobs tr[data-request="%s"]`, doomed)
	b.until("the doomed job on the board", `document.querySelector('`+failRow+`') !== null`, 60*time.Second)
	b.do(chromedp.Click(chromedp.CSS(failRow + " button.fail")))
	require.True(t, get(b, chromedp.Evaluate[bool](`document.querySelector('`+failRow+` input.reason').getAttribute('aria-invalid') === 'true'`)),
		"no reason, no failure")
	b.do(chromedp.SendKeys(chromedp.CSS(failRow+" input.reason"), "the storm took the lighthouse"),
		chromedp.Click(chromedp.CSS(failRow+" button.fail")))
	b.until("the fail's result", `document.getElementById('action-result').textContent.includes('being failed')`, 10*time.Second)
	require.Eventually(t, func() bool {
		var out struct {
			Generation struct{ Status, FailureReason string }
		}
		require.NoError(t, d.api.query(ctx, `query($id: ID!) { generation(requestId: $id) { status failureReason } }`,
			map[string]any{"id": doomed.String()}, &out))
		return out.Generation.Status == "FAILED" && out.Generation.FailureReason == "failed by an operator: the storm took the lighthouse"
	}, 30*time.Second, 100*time.Millisecond, "failed on chain with the reason")
	require.NoError(t, admin.query(ctx, `mutation { resumeProvider(name: "local") }`, nil, &struct{}{}))
	b.clean("/dashboard")

	// The explorer, now with its images, for the README; then every page at
	// a phone's width.
	b.do(chromedp.Navigate(site), chromedp.WaitVisible(chromedp.CSS("#gallery")))
	b.until("the images loaded", `[...document.querySelectorAll('#gallery img')].every(i => i.complete && i.naturalWidth > 0)`, 10*time.Second)
	require.Contains(t, b.text("#gallery"), hostile[:48], "the gallery's caption, as text")
	require.False(t, get(b, chromedp.Evaluate[bool](`document.title === 'pwned' || document.querySelector('img[src="x"]') !== null`)))
	b.screenshot("explorer")
	for _, p := range []string{"", "market", "dashboard", "agents/" + agent.String(), "generations/" + second.String()} {
		b.fitsPhone(site + p)
	}
	b.do(chromedp.EmulateViewport(360, 800, chromedp.EmulateScale(2)), chromedp.Navigate(site), chromedp.WaitVisible(chromedp.CSS("#gallery")))
	b.until("the images loaded", `[...document.querySelectorAll('#gallery img')].every(i => i.complete && i.naturalWidth > 0)`, 10*time.Second)
	b.screenshot("explorer-phone")
	b.clean("every page")

	// A page that does not exist, and a hostile id: clear pages, not errors
	// of the server.
	for path, want := range map[string]int{"nope": 404, "agents/99999": 404, "agents/%00x": 400, "generations/1e9": 400} {
		resp, err := chromedp.RunResponse(b.ctx, chromedp.Navigate(site+path))
		require.NoError(t, err)
		require.EqualValues(t, want, resp.Status, path)
		require.Len(t, get(b, chromedp.Nodes(chromedp.CSS("section.error"))), 1, path)
	}
}

func slicesAny(vs []int, f func(int) bool) bool {
	for _, v := range vs {
		if f(v) {
			return true
		}
	}
	return false
}

// waitFulfilled waits for the API to say the request is fulfilled, and
// returns when it first did.
func waitFulfilled(ctx context.Context, t *testing.T, d *demo, request *big.Int) time.Time {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for {
		var out struct{ Generation struct{ Status string } }
		require.NoError(t, d.api.query(ctx, `query($id: ID!) { generation(requestId: $id) { status } }`, map[string]any{"id": request.String()}, &out))
		if out.Generation.Status == "FULFILLED" {
			return time.Now()
		}
		require.NotEqual(t, "FAILED", out.Generation.Status, "request %s", request)
		require.True(t, time.Now().Before(deadline), "request %s is %s after 60 s", request, out.Generation.Status)
		time.Sleep(50 * time.Millisecond)
	}
}

type failedJob struct {
	RequestID     string
	Attempt       int
	NextAttemptAt *time.Time
}

type opStats struct {
	Providers []struct {
		Name          string
		Calls, Errors int
	}
	Queue      struct{ Retried int }
	Relayer    struct{ PendingTransactions int }
	FailedJobs []failedJob
}

func operatorStats(ctx context.Context, t *testing.T, admin gqlClient) opStats {
	t.Helper()
	var out struct{ OperatorStats opStats }
	require.NoError(t, admin.query(ctx, `{ operatorStats(hours: 24) { providers { name calls errors } queue { retried }
		relayer { pendingTransactions } failedJobs { requestId attempt nextAttemptAt } } }`, nil, &out))
	return out.OperatorStats
}
