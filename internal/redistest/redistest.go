// Package redistest starts real Redis processes for tests: a server, a
// Cluster of masters, a Sentinel. Each listens on a free 127.0.0.1 port,
// keeps its files in the test's temporary directory, is ready when the
// function returns (polled, with a deadline) and is stopped when the test
// ends. A machine without redis-server fails the test: the store's tests
// mean nothing against a fake.
package redistest

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// readyWithin bounds the wait for a process or a Cluster to be ready.
const readyWithin = 20 * time.Second

// Server is one redis-server (or Sentinel) process.
type Server struct {
	// Addr is the host:port it listens on.
	Addr string

	t    testing.TB
	dir  string
	args []string
	cmd  *exec.Cmd
	exit chan struct{} // closed when the process has exited
}

// Binary returns the path of a Redis program (redis-server, redis-cli),
// failing the test when it is not installed.
func Binary(t testing.TB, name string) string {
	t.Helper()
	if p, err := exec.LookPath(name); err == nil {
		return p
	}
	if p := filepath.Join("/usr/bin", name); isExecutable(p) {
		return p
	}
	t.Fatalf("%s not found: the store tests need real Redis (apt-get install -y redis-server redis-tools, or make test)", name)
	return ""
}

func isExecutable(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.Mode()&0o111 != 0
}

// Start starts a standalone redis-server with extra config args (as
// "--name value" pairs) and waits until it answers PING.
func Start(t testing.TB, args ...string) *Server {
	t.Helper()
	s := &Server{t: t, dir: t.TempDir(), args: args}
	s.startOnFreePort(false)
	return s
}

// startOnFreePort picks a free port (and a free cluster bus port with bus)
// and starts the server there, trying again with other ports if another
// process took one in between.
func (s *Server) startOnFreePort(bus bool) {
	s.t.Helper()
	base := s.args
	var lastErr error
	for range 5 {
		s.Addr = net.JoinHostPort("127.0.0.1", strconv.Itoa(freePort(s.t)))
		if bus {
			// Named explicitly so that it is known free, not port+10000.
			s.args = append(append([]string{}, base...), "--cluster-port", strconv.Itoa(freePort(s.t)))
		}
		if lastErr = s.start(); lastErr == nil {
			return
		}
	}
	s.t.Fatalf("start redis-server: %v", lastErr)
}

// start runs the process on s.Addr and waits for it to answer.
func (s *Server) start() error {
	_, port, _ := net.SplitHostPort(s.Addr)
	args := []string{
		"--port", port, "--bind", "127.0.0.1", "--dir", s.dir,
		"--save", "", "--appendonly", "no", "--protected-mode", "no",
		"--logfile", filepath.Join(s.dir, "redis.log"),
	}
	args = append(args, s.args...)
	return s.run(Binary(s.t, "redis-server"), args...)
}

func (s *Server) run(bin string, args ...string) error {
	cmd := exec.Command(bin, args...)
	cmd.Dir = s.dir
	var stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stderr, &stderr
	if err := cmd.Start(); err != nil {
		return err
	}
	exit := make(chan struct{})
	go func() { _ = cmd.Wait(); close(exit) }()
	s.cmd, s.exit = cmd, exit
	s.t.Cleanup(func() { stop(cmd, exit) })

	deadline := time.Now().Add(readyWithin)
	for {
		select {
		case <-exit:
			return fmt.Errorf("%s exited: %s%s", filepath.Base(bin), stderr.String(), s.logTail())
		default:
		}
		if reply, err := Do(s.Addr, "PING"); err == nil && reply == "PONG" {
			return nil
		}
		if time.Now().After(deadline) {
			stop(cmd, exit)
			return fmt.Errorf("%s on %s not ready within %v%s", filepath.Base(bin), s.Addr, readyWithin, s.logTail())
		}
		// Yield briefly between probes; readiness is decided by PING, not by
		// this pause.
		select {
		case <-exit:
		case <-time.After(5 * time.Millisecond):
		}
	}
}

// Log returns the end of the server's log, for a test's failure message.
func (s *Server) Log() string { return s.logTail() }

func (s *Server) logTail() string {
	b, err := os.ReadFile(filepath.Join(s.dir, "redis.log"))
	if err != nil || len(b) == 0 {
		return ""
	}
	if len(b) > 2000 {
		b = b[len(b)-2000:]
	}
	return "\nlog:\n" + string(b)
}

// stop kills the process by its pid and waits for it to be gone.
func stop(cmd *exec.Cmd, exit chan struct{}) {
	select {
	case <-exit:
		return
	default:
	}
	_ = cmd.Process.Kill() // SIGKILL also ends a stopped (paused) process
	<-exit
}

// URL is the server's redis:// URL.
func (s *Server) URL() string { return "redis://" + s.Addr }

// Kill ends the process at once, as a crash would; its data is lost.
func (s *Server) Kill() {
	s.t.Helper()
	stop(s.cmd, s.exit)
}

// Restart starts a killed server again on the same port, empty.
func (s *Server) Restart() {
	s.t.Helper()
	s.Kill()
	var err error
	deadline := time.Now().Add(readyWithin)
	for {
		// The port can linger a moment after the kill; try until the
		// deadline rather than guess a delay.
		if err = s.start(); err == nil {
			return
		}
		if time.Now().After(deadline) {
			s.t.Fatalf("restart redis-server on %s: %v", s.Addr, err)
		}
		time.Sleep(10 * time.Millisecond) // between attempts, bounded by the deadline
	}
}

// Pause stops the process (SIGSTOP): it keeps its connections but answers
// nothing, as a hung server would. Resume undoes it.
func (s *Server) Pause() {
	s.t.Helper()
	if err := s.cmd.Process.Signal(syscall.SIGSTOP); err != nil {
		s.t.Fatalf("pause redis-server: %v", err)
	}
}

// Resume continues a paused process.
func (s *Server) Resume() {
	s.t.Helper()
	if err := s.cmd.Process.Signal(syscall.SIGCONT); err != nil {
		s.t.Fatalf("resume redis-server: %v", err)
	}
}

// Cluster is a Redis Cluster of masters without replicas.
type Cluster struct {
	// Nodes are the masters.
	Nodes []*Server
}

// StartCluster starts n redis-server processes in cluster mode, joins them
// with redis-cli --cluster create and waits until every node reports the
// cluster ok with all slots served.
func StartCluster(t testing.TB, n int) *Cluster {
	t.Helper()
	if n < 3 {
		t.Fatalf("redistest: a Cluster needs at least 3 masters, got %d", n)
	}
	c := &Cluster{}
	addrs := make([]string, n)
	for i := range n {
		s := &Server{t: t, dir: t.TempDir(), args: []string{
			"--cluster-enabled", "yes", "--cluster-config-file", "nodes.conf",
			"--cluster-node-timeout", "5000",
		}}
		s.startOnFreePort(true)
		c.Nodes = append(c.Nodes, s)
		addrs[i] = s.Addr
	}
	args := append([]string{"--cluster", "create"}, addrs...)
	args = append(args, "--cluster-replicas", "0", "--cluster-yes")
	out, err := exec.Command(Binary(t, "redis-cli"), args...).CombinedOutput()
	if err != nil {
		t.Fatalf("redis-cli --cluster create: %v\n%s", err, out)
	}
	deadline := time.Now().Add(readyWithin)
	for _, s := range c.Nodes {
		for {
			info, err := Do(s.Addr, "CLUSTER", "INFO")
			if err == nil && strings.Contains(info, "cluster_state:ok") &&
				strings.Contains(info, "cluster_slots_ok:16384") &&
				strings.Contains(info, "cluster_known_nodes:"+strconv.Itoa(n)+"\r") {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("cluster not ok on %s within %v: %v\n%s", s.Addr, readyWithin, err, info)
			}
			time.Sleep(10 * time.Millisecond) // poll interval, bounded by the deadline
		}
	}
	return c
}

// Addrs are the nodes' addresses.
func (c *Cluster) Addrs() []string {
	a := make([]string, len(c.Nodes))
	for i, s := range c.Nodes {
		a[i] = s.Addr
	}
	return a
}

// URL is a redis:// URL listing every node, which names a Cluster.
func (c *Cluster) URL() string { return "redis://" + strings.Join(c.Addrs(), ",") }

// StartSentinel starts a Sentinel (redis-server --sentinel) watching master
// under name, and waits until it knows the master.
func StartSentinel(t testing.TB, master *Server, name string) *Server {
	t.Helper()
	s := &Server{t: t, dir: t.TempDir()}
	mhost, mport, _ := net.SplitHostPort(master.Addr)
	var lastErr error
	for range 5 {
		port := freePort(t)
		s.Addr = net.JoinHostPort("127.0.0.1", strconv.Itoa(port))
		conf := filepath.Join(s.dir, "sentinel.conf")
		text := fmt.Sprintf("port %d\nbind 127.0.0.1\ndir %s\nlogfile %s\n"+
			"sentinel monitor %s %s %s 1\n"+
			"sentinel down-after-milliseconds %s 1000\n"+
			"sentinel failover-timeout %s 5000\n",
			port, s.dir, filepath.Join(s.dir, "redis.log"), name, mhost, mport, name, name)
		if err := os.WriteFile(conf, []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
		if lastErr = s.run(Binary(t, "redis-server"), conf, "--sentinel"); lastErr == nil {
			break
		}
	}
	if lastErr != nil {
		t.Fatalf("start sentinel: %v", lastErr)
	}
	deadline := time.Now().Add(readyWithin)
	for {
		reply, err := DoAny(s.Addr, "SENTINEL", "GET-MASTER-ADDR-BY-NAME", name)
		if a, ok := reply.([]any); ok && err == nil && len(a) == 2 && a[1] == mport {
			return s
		}
		if time.Now().After(deadline) {
			t.Fatalf("sentinel on %s does not know master %s within %v: %v %v", s.Addr, name, readyWithin, reply, err)
		}
		time.Sleep(10 * time.Millisecond) // poll interval, bounded by the deadline
	}
}

// freePort returns a TCP port on 127.0.0.1 that was free a moment ago.
func freePort(t testing.TB) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("find a free port: %v", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// Do sends one command to addr on a new connection and returns a simple,
// bulk or integer reply as a string.
func Do(addr string, args ...string) (string, error) {
	v, err := DoAny(addr, args...)
	if err != nil {
		return "", err
	}
	switch v := v.(type) {
	case string:
		return v, nil
	case int64:
		return strconv.FormatInt(v, 10), nil
	case nil:
		return "", nil
	}
	return "", fmt.Errorf("%s: reply is %T, want a string", args[0], v)
}

// DoAny sends one command to addr on a new connection and returns its
// reply: a string, an int64, nil, or a []any of those.
func DoAny(addr string, args ...string) (any, error) {
	conn, err := net.DialTimeout("tcp", addr, time.Second)
	if err != nil {
		return nil, err
	}
	defer conn.Close()
	_ = conn.SetDeadline(time.Now().Add(2 * time.Second))
	var b strings.Builder
	fmt.Fprintf(&b, "*%d\r\n", len(args))
	for _, a := range args {
		fmt.Fprintf(&b, "$%d\r\n%s\r\n", len(a), a)
	}
	if _, err := conn.Write([]byte(b.String())); err != nil {
		return nil, err
	}
	return readReply(bufio.NewReader(conn))
}

// readReply reads one RESP2 reply.
func readReply(r *bufio.Reader) (any, error) {
	line, err := r.ReadString('\n')
	if err != nil {
		return nil, err
	}
	line = strings.TrimSuffix(line, "\r\n")
	if line == "" {
		return nil, errors.New("empty reply line")
	}
	body := line[1:]
	switch line[0] {
	case '+':
		return body, nil
	case '-':
		return nil, errors.New(body)
	case ':':
		return strconv.ParseInt(body, 10, 64)
	case '$':
		n, err := strconv.Atoi(body)
		if err != nil || n < 0 {
			return nil, err
		}
		buf := make([]byte, n+2)
		if _, err := io.ReadFull(r, buf); err != nil {
			return nil, err
		}
		return string(buf[:n]), nil
	case '*':
		n, err := strconv.Atoi(body)
		if err != nil || n < 0 {
			return nil, err
		}
		out := make([]any, n)
		for i := range out {
			if out[i], err = readReply(r); err != nil {
				return nil, err
			}
		}
		return out, nil
	}
	return nil, fmt.Errorf("unknown reply %q", line)
}

// Monitor records the commands that clients send to addr, leaving out those
// that scripts run, until the function it returns is called; that function
// returns how many of each (by lower-case name) arrived in between.
func Monitor(t testing.TB, addr string) func() map[string]int {
	t.Helper()
	conn, err := net.DialTimeout("tcp", addr, time.Second)
	if err != nil {
		t.Fatalf("monitor %s: %v", addr, err)
	}
	r := bufio.NewReader(conn)
	_ = conn.SetDeadline(time.Now().Add(readyWithin))
	if _, err := conn.Write([]byte("*1\r\n$7\r\nMONITOR\r\n")); err != nil {
		t.Fatalf("monitor %s: %v", addr, err)
	}
	if ok, err := readReply(r); err != nil || ok != "OK" {
		t.Fatalf("monitor %s: %v %v", addr, ok, err)
	}
	t.Cleanup(func() { conn.Close() })
	return func() map[string]int {
		t.Helper()
		// A marker sent after the commands of interest ends the record:
		// MONITOR reports commands in the order they ran.
		const marker = "redistest-monitor-end"
		if _, err := Do(addr, "ECHO", marker); err != nil {
			t.Fatalf("monitor %s: %v", addr, err)
		}
		counts := map[string]int{}
		for {
			line, err := r.ReadString('\n')
			if err != nil {
				t.Fatalf("monitor %s: %v", addr, err)
			}
			// 1700000000.123456 [0 127.0.0.1:5000] "evalsha" "..." ...
			_, rest, ok := strings.Cut(line, "] \"")
			if !ok {
				continue
			}
			if strings.Contains(line, " lua] ") {
				continue // run by a script, not sent by a client
			}
			name, _, _ := strings.Cut(rest, "\"")
			name = strings.ToLower(name)
			if name == "echo" && strings.Contains(rest, marker) {
				return counts
			}
			counts[name]++
		}
	}
}
