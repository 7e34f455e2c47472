package redisstore

import (
	"slices"
	"testing"
	"time"
)

func TestParseURL(t *testing.T) {
	tests := []struct {
		give                 string
		addrs                []string
		user, pass           string
		db                   int
		master               string
		cluster, tls         bool
		poolSize             int
		timeout, dialTimeout time.Duration
	}{
		{give: "redis://localhost", addrs: []string{"localhost:6379"}},
		{give: "redis://:s3cret@10.0.0.1:6380/2", addrs: []string{"10.0.0.1:6380"}, pass: "s3cret", db: 2},
		{give: "rediss://app:p%40ss@cache.example:6390", addrs: []string{"cache.example:6390"}, user: "app", pass: "p@ss", tls: true},
		{give: "redis://a:7000,b:7001,c", addrs: []string{"a:7000", "b:7001", "c:6379"}, cluster: true},
		{give: "redis://seed:7000?cluster=true", addrs: []string{"seed:7000"}, cluster: true},
		{give: "redis://[::1]:7000,[::2]:7001", addrs: []string{"[::1]:7000", "[::2]:7001"}, cluster: true},
		{
			give:  "redis://:pw@s1,s2:5000/1?master_name=mymaster&sentinel_password=sp",
			addrs: []string{"s1:26379", "s2:5000"}, pass: "pw", db: 1, master: "mymaster",
		},
		{
			give:  "redis://h:1?pool_size=64&timeout=20ms&dial_timeout=2s",
			addrs: []string{"h:1"}, poolSize: 64, timeout: 20 * time.Millisecond, dialTimeout: 2 * time.Second,
		},
	}
	for _, tt := range tests {
		o, opts, err := parseURL(tt.give)
		if err != nil {
			t.Errorf("parseURL(%q) error: %v", tt.give, err)
			continue
		}
		s := New(nil, opts...)
		wantTimeout := tt.timeout
		if wantTimeout == 0 {
			wantTimeout = DefaultTimeout
		}
		cluster := o.MasterName == "" && (len(o.Addrs) > 1 || o.IsClusterMode)
		switch {
		case !slices.Equal(o.Addrs, tt.addrs):
			t.Errorf("parseURL(%q).Addrs = %v, want %v", tt.give, o.Addrs, tt.addrs)
		case o.Username != tt.user || o.Password != tt.pass:
			t.Errorf("parseURL(%q) user, password = %q, %q, want %q, %q", tt.give, o.Username, o.Password, tt.user, tt.pass)
		case o.DB != tt.db:
			t.Errorf("parseURL(%q).DB = %d, want %d", tt.give, o.DB, tt.db)
		case o.MasterName != tt.master:
			t.Errorf("parseURL(%q).MasterName = %q, want %q", tt.give, o.MasterName, tt.master)
		case cluster != tt.cluster:
			t.Errorf("parseURL(%q) cluster = %v, want %v", tt.give, cluster, tt.cluster)
		case (o.TLSConfig != nil) != tt.tls:
			t.Errorf("parseURL(%q) TLS = %v, want %v", tt.give, o.TLSConfig != nil, tt.tls)
		case o.PoolSize != tt.poolSize:
			t.Errorf("parseURL(%q).PoolSize = %d, want %d", tt.give, o.PoolSize, tt.poolSize)
		case s.timeout != wantTimeout:
			t.Errorf("parseURL(%q) timeout = %v, want %v", tt.give, s.timeout, wantTimeout)
		case o.DialTimeout != tt.dialTimeout:
			t.Errorf("parseURL(%q).DialTimeout = %v, want %v", tt.give, o.DialTimeout, tt.dialTimeout)
		}
		if tt.master != "" && o.SentinelPassword != "sp" {
			t.Errorf("parseURL(%q).SentinelPassword = %q, want sp", tt.give, o.SentinelPassword)
		}
	}
}

func TestParseURLErrors(t *testing.T) {
	for _, give := range []string{
		"localhost:6379",
		"http://localhost",
		"redis://",
		"redis://a,,b",
		"redis://h/db0",
		"redis://a:1,b:2/3",
		"redis://h?poolsize=3",
		"redis://h?timeout=fast",
		"redis://h?timeout=-1s",
		"redis://h?cluster=maybe",
		"redis://h?master_name=m&cluster=true",
	} {
		if _, _, err := parseURL(give); err == nil {
			t.Errorf("parseURL(%q) error = nil, want an error", give)
		}
	}
}
