package redistest_test

import (
	"strings"
	"testing"

	"github.com/promptgate/promptgate/internal/redistest"
)

func TestServerLifecycle(t *testing.T) {
	s := redistest.Start(t)
	if _, err := redistest.Do(s.Addr, "SET", "k", "v"); err != nil {
		t.Fatal(err)
	}
	if got, err := redistest.Do(s.Addr, "GET", "k"); err != nil || got != "v" {
		t.Fatalf("GET k = %q, %v; want v", got, err)
	}
	s.Kill()
	if _, err := redistest.Do(s.Addr, "PING"); err == nil {
		t.Fatalf("PING after Kill answered, want an error")
	}
	s.Restart()
	if got, err := redistest.Do(s.Addr, "GET", "k"); err != nil || got != "" {
		t.Errorf("GET k after Restart = %q, %v; want an empty server", got, err)
	}
}

func TestCluster(t *testing.T) {
	c := redistest.StartCluster(t, 3)
	if len(c.Nodes) != 3 || !strings.Contains(c.URL(), ",") {
		t.Fatalf("cluster of %d nodes, URL %q", len(c.Nodes), c.URL())
	}
	masters := 0
	for _, addr := range c.Addrs() {
		info, err := redistest.Do(addr, "CLUSTER", "INFO")
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(info, "cluster_state:ok") {
			t.Errorf("node %s: cluster not ok:\n%s", addr, info)
		}
		if role, err := redistest.DoAny(addr, "ROLE"); err == nil {
			if a, ok := role.([]any); ok && len(a) > 0 && a[0] == "master" {
				masters++
			}
		}
	}
	if masters != 3 {
		t.Errorf("%d masters, want 3", masters)
	}
}
