// Command load is `make bench`: it starts, on 127.0.0.1, the floor server
// and promptgate (in-memory counters, and Redis counters when a
// redis-server is given), drives each with ghz — 50 concurrent calls on one
// connection, after a warm-up — and prints one table of throughput,
// latency, server CPU per call and Redis round trips (EVALSHA) per call, each row beside
// its ratio to the floor measured in the same run.
package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"text/tabwriter"
	"time"
)

type config struct {
	promptgate  string
	floor       string
	ghz         string
	redisServer string
	payloads    string
	calls       int
	warmup      int
	concurrency int
	timeout     time.Duration
	only        string
	profile     string
	profileRow  string
	variants    int
	decisionLog bool
	rounds      int
}

func main() {
	var c config
	flag.StringVar(&c.promptgate, "promptgate", "bin/promptgate", "promptgate binary")
	flag.StringVar(&c.floor, "floor", "bin/floor", "floor server binary")
	flag.StringVar(&c.ghz, "ghz", "bin/ghz", "ghz binary")
	flag.StringVar(&c.redisServer, "redis-server", "", "redis-server binary; empty leaves out the Redis rows")
	flag.StringVar(&c.payloads, "payloads", "bench/payloads", "directory of request payloads")
	flag.IntVar(&c.calls, "n", 20000, "calls per row")
	flag.IntVar(&c.warmup, "warmup", 2000, "warm-up calls per server and payload, not measured")
	flag.IntVar(&c.concurrency, "c", 50, "concurrent calls, on one connection")
	flag.DurationVar(&c.timeout, "timeout", 60*time.Second, "bound on one row's run")
	flag.StringVar(&c.only, "only", "", "run only rows whose name holds this")
	flag.IntVar(&c.rounds, "rounds", 3, "times the whole table is run; each figure is the median over the rounds, each ratio the median of the rounds' ratios")
	flag.IntVar(&c.variants, "variants", 4096, "copies of each payload file, each from a different user, so that calls differ as real ones do; 0 sends the files as they are")
	flag.BoolVar(&c.decisionLog, "decision-log", true, "promptgate writes its decision lines, as in production, to a file in the run's temporary directory; false turns them off")
	flag.StringVar(&c.profile, "cpuprofile", "", "write a CPU profile of promptgate under the load of --profile-row to this file")
	flag.StringVar(&c.profileRow, "profile-row", "promptgate CheckPrompt 1KiB", "the row whose load --cpuprofile profiles")
	flag.Parse()
	if err := run(context.Background(), c, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "load:", err)
		os.Exit(1)
	}
}

// server is a process under test.
type server struct {
	name string
	addr string // gRPC address
	http string // promptgate's HTTP address, for profiles
	cmd  *exec.Cmd
}

// row is one measured line of the table.
type row struct {
	name     string
	target   *server
	call     string
	payload  string
	floorRow string // the row this one is compared with; empty for a floor row
	redis    *redisProc
}

type result struct {
	rps, p50, p99 float64 // calls/s, ms, ms
	count, errors int
	cpuPer10k     float64 // server CPU seconds per 10,000 calls
	redisPerCall  float64
}

func run(ctx context.Context, c config, out io.Writer) error {
	dir, err := os.MkdirTemp("", "promptgate-bench")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	data := filepath.Join(dir, "data.json")
	// The benchmark measures screening, not refusals: the default tenant's
	// limits are raised out of the way (they are still charged).
	if err := os.WriteFile(data, []byte(`{"promptgate":{"tenants":{"default":{"requests_per_minute":1000000000,"requests_per_day":1000000000}}}}`), 0o600); err != nil {
		return err
	}

	floor, err := startFloor(ctx, c.floor)
	if err != nil {
		return err
	}
	defer stop(floor)
	logTo := func(name string) []string {
		if !c.decisionLog {
			return []string{"--decision-log", "off"}
		}
		return []string{"--decision-log", filepath.Join(dir, name+"-decisions.log")}
	}
	mem, err := startPromptgate(ctx, c.promptgate, "promptgate", data, logTo("promptgate")...)
	if err != nil {
		return err
	}
	defer stop(mem)
	servers := map[string]*server{"floor": floor, "promptgate": mem}
	var redis *redisProc
	if c.redisServer != "" {
		if redis, err = startRedis(ctx, c.redisServer, dir); err != nil {
			return err
		}
		defer redis.stop()
		withRedis, err := startPromptgate(ctx, c.promptgate, "promptgate+redis", data, append(logTo("promptgate-redis"), "--redis", "redis://"+redis.addr)...)
		if err != nil {
			return err
		}
		defer stop(withRedis)
		servers["promptgate+redis"] = withRedis
	}

	const (
		checkPrompt   = "promptgate.v1.GuardService.CheckPrompt"
		checkResponse = "promptgate.v1.GuardService.CheckResponse"
		authzCheck    = "envoy.service.auth.v3.Authorization.Check"
	)
	rows := []row{
		{name: "floor CheckPrompt 1KiB", target: floor, call: checkPrompt, payload: "checkprompt_1k.json"},
		{name: "promptgate CheckPrompt 1KiB", target: mem, call: checkPrompt, payload: "checkprompt_1k.json", floorRow: "floor CheckPrompt 1KiB"},
		{name: "floor CheckPrompt 8KiB", target: floor, call: checkPrompt, payload: "checkprompt_8k.json"},
		{name: "promptgate CheckPrompt 8KiB", target: mem, call: checkPrompt, payload: "checkprompt_8k.json", floorRow: "floor CheckPrompt 8KiB"},
		{name: "floor CheckResponse 1KiB", target: floor, call: checkResponse, payload: "checkresponse_1k.json"},
		{name: "promptgate CheckResponse 1KiB", target: mem, call: checkResponse, payload: "checkresponse_1k.json", floorRow: "floor CheckResponse 1KiB"},
		{name: "floor ext_authz 1KiB", target: floor, call: authzCheck, payload: "authz_1k.json"},
		{name: "promptgate ext_authz 1KiB", target: mem, call: authzCheck, payload: "authz_1k.json", floorRow: "floor ext_authz 1KiB"},
		{name: "floor ext_authz 8KiB", target: floor, call: authzCheck, payload: "authz_8k.json"},
		{name: "promptgate ext_authz 8KiB", target: mem, call: authzCheck, payload: "authz_8k.json", floorRow: "floor ext_authz 8KiB"},
	}
	if r := servers["promptgate+redis"]; r != nil {
		rows = append(rows, row{name: "promptgate+redis CheckPrompt 1KiB", target: r, call: checkPrompt, payload: "checkprompt_1k.json",
			floorRow: "floor CheckPrompt 1KiB", redis: redis})
	}

	// Each round runs every row once, a floor row just before the rows
	// measured against it, so that a ratio compares runs minutes apart at
	// most; the rounds' medians smooth out a machine whose speed drifts.
	results := map[string][]result{}
	for round := 0; round < max(c.rounds, 1); round++ {
		for _, r := range rows {
			if c.only != "" && !strings.Contains(r.name, c.only) && !strings.Contains(r.floorRow, c.only) && !isFloorOf(rows, r.name, c.only) {
				continue
			}
			res, err := runRow(ctx, c, r, dir, floor, round == 0)
			if err != nil {
				return err
			}
			results[r.name] = append(results[r.name], res)
		}
	}
	printTable(out, c, rows, results)
	return nil
}

// runRow warms the row's server up and measures the row once; profile
// says whether this is the run --cpuprofile profiles.
func runRow(ctx context.Context, c config, r row, dir string, floor *server, profile bool) (result, error) {
	payload, err := variedPayload(filepath.Join(c.payloads, r.payload), dir, c.variants)
	if err != nil {
		return result{}, fmt.Errorf("%s: %w", r.name, err)
	}
	if _, err := runGhz(ctx, c, r.target.addr, r.call, payload, c.warmup); err != nil {
		return result{}, fmt.Errorf("%s: warm-up: %w", r.name, err)
	}
	var stopProfile func() error
	if profile && c.profile != "" && r.name == c.profileRow && r.target != floor {
		stopProfile, err = startProfile(r.target, c.profile)
		if err != nil {
			return result{}, err
		}
	}
	cpu0, err := cpuSeconds(r.target.cmd.Process.Pid)
	if err != nil {
		return result{}, err
	}
	var redis0 int64
	if r.redis != nil {
		if redis0, err = r.redis.commands(); err != nil {
			return result{}, err
		}
	}
	res, err := runGhz(ctx, c, r.target.addr, r.call, payload, c.calls)
	if err != nil {
		return result{}, fmt.Errorf("%s: %w", r.name, err)
	}
	cpu1, err := cpuSeconds(r.target.cmd.Process.Pid)
	if err != nil {
		return result{}, err
	}
	if stopProfile != nil {
		if err := stopProfile(); err != nil {
			return result{}, err
		}
	}
	res.cpuPer10k = (cpu1 - cpu0) / float64(res.count) * 10000
	if r.redis != nil {
		redis1, err := r.redis.commands()
		if err != nil {
			return result{}, err
		}
		res.redisPerCall = float64(redis1-redis0) / float64(res.count)
	}
	return res, nil
}

func isFloorOf(rows []row, name, only string) bool {
	for _, r := range rows {
		if r.floorRow == name && strings.Contains(r.name, only) {
			return true
		}
	}
	return false
}

func printTable(out io.Writer, c config, rows []row, results map[string][]result) {
	fmt.Fprintf(out, "%d calls a row, %d concurrent on one connection, after %d warm-up calls; ratios are to the floor row in the same round\n", c.calls, c.concurrency, c.warmup)
	fmt.Fprintf(out, "%d rounds: each figure is the median of the rounds', each ratio the median of the rounds' ratios (listed in brackets)\n", max(c.rounds, 1))
	if c.variants > 0 {
		fmt.Fprintf(out, "payloads sent in %d variants, each from its own user: promptgate's rule cache cannot answer a call whole from an earlier one\n", c.variants)
	}
	fmt.Fprintln(out)
	tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "row\tRPS\tp50 ms\tp99 ms\tp99/p50\terrors\tCPU s/10k\tEVALSHA/call\tRPS ratio\ttail ratio\t")
	var notes []string
	for _, r := range rows {
		rs, ok := results[r.name]
		if !ok {
			continue
		}
		pick := func(f func(result) float64) float64 {
			v := make([]float64, len(rs))
			for i, res := range rs {
				v[i] = f(res)
			}
			return median(v)
		}
		errs := 0
		for _, res := range rs {
			errs += res.errors
		}
		ratio, tail, redis := "", "", ""
		if fs, ok := results[r.floorRow]; ok && r.floorRow != "" && len(fs) == len(rs) {
			ratios, tails := make([]float64, len(rs)), make([]float64, len(rs))
			for i := range rs {
				ratios[i] = rs[i].rps / fs[i].rps
				tails[i] = (rs[i].p99 / rs[i].p50) / (fs[i].p99 / fs[i].p50)
			}
			ratio = fmt.Sprintf("%.2f", median(ratios))
			tail = fmt.Sprintf("%.2f", median(tails))
			if len(rs) > 1 {
				notes = append(notes, fmt.Sprintf("%s: RPS ratio by round %s, tail ratio by round %s", r.name, list(ratios), list(tails)))
			}
		}
		if r.redis != nil {
			redis = fmt.Sprintf("%.2f", pick(func(x result) float64 { return x.redisPerCall }))
		}
		fmt.Fprintf(tw, "%s\t%.0f\t%.3f\t%.3f\t%.2f\t%d\t%.2f\t%s\t%s\t%s\t\n",
			r.name, pick(func(x result) float64 { return x.rps }), pick(func(x result) float64 { return x.p50 }),
			pick(func(x result) float64 { return x.p99 }), pick(func(x result) float64 { return x.p99 / x.p50 }),
			errs, pick(func(x result) float64 { return x.cpuPer10k }), redis, ratio, tail)
	}
	tw.Flush()
	if len(notes) > 0 {
		fmt.Fprintln(out)
		for _, n := range notes {
			fmt.Fprintln(out, n)
		}
	}
}

// median returns the middle value of v (the mean of the middle two for an
// even count).
func median(v []float64) float64 {
	s := slices.Clone(v)
	slices.Sort(s)
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

func list(v []float64) string {
	parts := make([]string, len(v))
	for i, x := range v {
		parts[i] = fmt.Sprintf("%.2f", x)
	}
	return "[" + strings.Join(parts, " ") + "]"
}

// variedPayload writes, beside the run's other files, n variants of the
// payload file src, round-robin over its requests, each from a different
// user. Real calls come from many users (and differ in length, which
// changes the same part of a decision: the limits charged); without
// variants every decision after the first round would come whole from
// promptgate's rule cache and the table would measure a lookup. It
// returns the path to send.
func variedPayload(src, dir string, n int) (string, error) {
	if n <= 0 {
		return src, nil
	}
	dst := filepath.Join(dir, fmt.Sprintf("%d-%s", n, filepath.Base(src)))
	if _, err := os.Stat(dst); err == nil {
		return dst, nil
	}
	b, err := os.ReadFile(src)
	if err != nil {
		return "", err
	}
	var reqs []map[string]any
	if err := json.Unmarshal(b, &reqs); err != nil || len(reqs) == 0 {
		return "", fmt.Errorf("%s: want a JSON array of requests: %v", src, err)
	}
	out := make([]json.RawMessage, n)
	for i := range out {
		var req map[string]any
		if err := json.Unmarshal(mustJSON(reqs[i%len(reqs)]), &req); err != nil {
			return "", err
		}
		if err := vary(req, fmt.Sprintf("user-%d", i)); err != nil {
			return "", fmt.Errorf("%s: %w", src, err)
		}
		out[i] = mustJSON(req)
	}
	return dst, os.WriteFile(dst, mustJSON(out), 0o600)
}

// vary makes one request come from user.
func vary(req map[string]any, user string) error {
	if subject, ok := req["subject"].(map[string]any); ok { // CheckPrompt, CheckResponse
		subject["user"] = user
		return nil
	}
	if a, ok := req["attributes"].(map[string]any); ok { // ext_authz Check
		http, _ := a["request"].(map[string]any)["http"].(map[string]any)
		if headers, ok := http["headers"].(map[string]any); ok {
			headers["x-promptgate-user"] = user
			return nil
		}
	}
	return errors.New("a request with no subject or headers")
}

func mustJSON(v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return b
}

// ghzReport is the part of ghz's JSON report read here.
type ghzReport struct {
	Count               int     `json:"count"`
	RPS                 float64 `json:"rps"`
	LatencyDistribution []struct {
		Percentage int   `json:"percentage"`
		Latency    int64 `json:"latency"` // ns
	} `json:"latencyDistribution"`
	StatusCodeDistribution map[string]int `json:"statusCodeDistribution"`
	ErrorDistribution      map[string]int `json:"errorDistribution"`
}

func runGhz(ctx context.Context, c config, addr, call, payload string, n int) (result, error) {
	ctx, cancel := context.WithTimeout(ctx, c.timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, c.ghz, "--insecure", "--call", call, "--data-file", payload,
		"-c", strconv.Itoa(c.concurrency), "--connections", "1", "-n", strconv.Itoa(n),
		"--timeout", "10s", "--format", "json", addr)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return result{}, fmt.Errorf("ghz: %w: %s", err, strings.TrimSpace(stderr.String()))
	}
	var rep ghzReport
	if err := json.Unmarshal(stdout.Bytes(), &rep); err != nil {
		return result{}, fmt.Errorf("ghz report: %w", err)
	}
	res := result{rps: rep.RPS, count: rep.Count}
	for code, k := range rep.StatusCodeDistribution {
		if code != "OK" {
			res.errors += k
		}
	}
	for _, l := range rep.LatencyDistribution {
		switch l.Percentage {
		case 50:
			res.p50 = float64(l.Latency) / 1e6
		case 99:
			res.p99 = float64(l.Latency) / 1e6
		}
	}
	if res.count == 0 || res.p50 == 0 {
		return result{}, errors.New("ghz made no calls")
	}
	return res, nil
}

// cpuSeconds is the user and system CPU time a process has used.
func cpuSeconds(pid int) (float64, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0, err
	}
	// Fields after the command name, which may hold spaces, start at the
	// last ')'.
	f := strings.Fields(string(b[bytes.LastIndexByte(b, ')')+2:]))
	utime, _ := strconv.ParseFloat(f[11], 64)
	stime, _ := strconv.ParseFloat(f[12], 64)
	const ticks = 100 // USER_HZ on Linux
	return (utime + stime) / ticks, nil
}

func startFloor(ctx context.Context, bin string) (*server, error) {
	cmd := exec.CommandContext(ctx, bin, "--addr", "127.0.0.1:0")
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	line, err := readLine(stdout, 10*time.Second)
	if err != nil {
		cmd.Process.Kill()
		return nil, fmt.Errorf("floor: %w", err)
	}
	go io.Copy(io.Discard, stdout)
	return &server{name: "floor", addr: strings.TrimSpace(line), cmd: cmd}, nil
}

func startPromptgate(ctx context.Context, bin, name, data string, extra ...string) (*server, error) {
	args := append([]string{"serve", "--grpc-addr", "127.0.0.1:0", "--http-addr", "127.0.0.1:0",
		"--data", data, "--watch=false", "--pprof"}, extra...)
	cmd := exec.CommandContext(ctx, bin, args...)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	deadline := time.Now().Add(30 * time.Second)
	sc := bufio.NewScanner(stderr)
	for sc.Scan() {
		var m map[string]any
		if json.Unmarshal(sc.Bytes(), &m) == nil && m["msg"] == "serving" {
			s := &server{name: name, cmd: cmd}
			s.addr, _ = m["grpc_addr"].(string)
			s.http, _ = m["http_addr"].(string)
			go io.Copy(io.Discard, stderr)
			return s, nil
		}
		if time.Now().After(deadline) {
			break
		}
	}
	cmd.Process.Kill()
	cmd.Wait()
	return nil, fmt.Errorf("%s did not start serving", name)
}

func stop(s *server) {
	s.cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan struct{})
	go func() { s.cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		s.cmd.Process.Kill()
		<-done
	}
}

func readLine(r io.Reader, timeout time.Duration) (string, error) {
	lines := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(r)
		if sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	select {
	case l, ok := <-lines:
		if !ok {
			return "", errors.New("exited before printing its address")
		}
		return l, nil
	case <-time.After(timeout):
		return "", errors.New("no address within the timeout")
	}
}

// redisProc is a redis-server started for the benchmark.
type redisProc struct {
	addr string
	cmd  *exec.Cmd
}

func startRedis(ctx context.Context, bin, dir string) (*redisProc, error) {
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	cmd := exec.CommandContext(ctx, bin, "--port", strconv.Itoa(port), "--bind", "127.0.0.1",
		"--save", "", "--appendonly", "no", "--dir", dir)
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	r := &redisProc{addr: fmt.Sprintf("127.0.0.1:%d", port), cmd: cmd}
	for deadline := time.Now().Add(10 * time.Second); ; {
		if _, err := r.commands(); err == nil {
			return r, nil
		}
		if time.Now().After(deadline) {
			r.stop()
			return nil, errors.New("redis-server did not answer")
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func (r *redisProc) stop() {
	r.cmd.Process.Signal(syscall.SIGTERM)
	r.cmd.Wait()
}

// commands returns how many EVALSHA calls Redis has served, from INFO
// commandstats, speaking RESP directly so that the benchmark needs no
// client. EVALSHA is promptgate's one round trip a call; the commands a
// script runs inside it are not round trips, though Redis counts them in
// its totals.
func (r *redisProc) commands() (int64, error) {
	conn, err := net.DialTimeout("tcp", r.addr, time.Second)
	if err != nil {
		return 0, err
	}
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(2 * time.Second))
	if _, err := conn.Write([]byte("*2\r\n$4\r\nINFO\r\n$12\r\ncommandstats\r\n")); err != nil {
		return 0, err
	}
	br := bufio.NewReader(conn)
	head, err := br.ReadString('\n')
	if err != nil || !strings.HasPrefix(head, "$") {
		return 0, fmt.Errorf("INFO: unexpected reply %q", head)
	}
	n, _ := strconv.Atoi(strings.TrimSpace(head[1:]))
	body := make([]byte, n)
	if _, err := io.ReadFull(br, body); err != nil {
		return 0, err
	}
	var total int64
	for _, line := range strings.Split(string(body), "\r\n") {
		rest, ok := strings.CutPrefix(line, "cmdstat_")
		if !ok {
			continue
		}
		name, stats, _ := strings.Cut(rest, ":")
		if name != "evalsha" && name != "eval" && name != "evalsha_ro" {
			continue
		}
		calls, _, _ := strings.Cut(strings.TrimPrefix(stats, "calls="), ",")
		c, err := strconv.ParseInt(calls, 10, 64)
		if err != nil {
			return 0, fmt.Errorf("INFO commandstats: %q", line)
		}
		total += c
	}
	return total, nil
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// startProfile starts a CPU profile of promptgate through its
// /debug/pprof endpoint and returns a function that waits for it and
// writes it to path.
func startProfile(s *server, path string) (func() error, error) {
	done := make(chan error, 1)
	go func() {
		resp, err := http.Get("http://" + s.http + "/debug/pprof/profile?seconds=" + strconv.Itoa(profileSeconds))
		if err != nil {
			done <- err
			return
		}
		defer resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			done <- fmt.Errorf("profile: %s (is promptgate serving with --pprof?)", resp.Status)
			return
		}
		f, err := os.Create(path)
		if err != nil {
			done <- err
			return
		}
		if _, err := io.Copy(f, resp.Body); err != nil {
			f.Close()
			done <- err
			return
		}
		done <- f.Close()
	}()
	return func() error { return <-done }, nil
}

// profileSeconds is how long a CPU profile runs; the profiled row must
// last longer for the profile to see only load.
const profileSeconds = 3
