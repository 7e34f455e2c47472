package redisstore

import (
	"crypto/tls"
	"fmt"
	"net"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/redis/go-redis/v9"
)

// parseURL turns a Redis URL, in the forms Open documents, into client
// options and store options. Unknown query parameters are an error, so that
// a typo does not pass silently.
func parseURL(raw string) (*redis.UniversalOptions, []Option, error) {
	scheme, rest, ok := strings.Cut(raw, "://")
	if !ok {
		return nil, nil, fmt.Errorf("redis url: no scheme, want redis:// or rediss://")
	}
	if scheme != "redis" && scheme != "rediss" {
		return nil, nil, fmt.Errorf("redis url: scheme %q, want redis or rediss", scheme)
	}
	// net/url takes one host only: split the host list off by hand and let
	// net/url decode the rest with the first host in place.
	end := strings.IndexAny(rest, "/?")
	if end < 0 {
		end = len(rest)
	}
	authority, tail := rest[:end], rest[end:]
	userinfo, hostlist := "", authority
	if at := strings.LastIndex(authority, "@"); at >= 0 {
		userinfo, hostlist = authority[:at+1], authority[at+1:]
	}
	hosts := strings.Split(hostlist, ",")
	u, err := url.Parse(scheme + "://" + userinfo + hosts[0] + tail)
	if err != nil {
		return nil, nil, fmt.Errorf("redis url: %w", err)
	}

	q := u.Query()
	o := &redis.UniversalOptions{}
	var opts []Option
	for name := range q {
		switch name {
		case "master_name", "sentinel_username", "sentinel_password", "cluster",
			"pool_size", "min_idle_conns", "dial_timeout", "timeout", "client_name":
		default:
			return nil, nil, fmt.Errorf("redis url: unknown parameter %q", name)
		}
	}
	o.MasterName = q.Get("master_name")
	o.SentinelUsername = q.Get("sentinel_username")
	o.SentinelPassword = q.Get("sentinel_password")
	o.ClientName = q.Get("client_name")
	if u.User != nil {
		o.Username = u.User.Username()
		o.Password, _ = u.User.Password()
	}

	defaultPort := "6379"
	if o.MasterName != "" {
		defaultPort = "26379"
	}
	for _, h := range hosts {
		if h == "" {
			return nil, nil, fmt.Errorf("redis url: empty host in %q", hostlist)
		}
		if _, _, err := net.SplitHostPort(h); err != nil {
			h = net.JoinHostPort(strings.Trim(h, "[]"), defaultPort)
		}
		if _, port, err := net.SplitHostPort(h); err != nil || port == "" {
			return nil, nil, fmt.Errorf("redis url: bad host %q", h)
		}
		o.Addrs = append(o.Addrs, h)
	}

	if p := strings.Trim(u.Path, "/"); p != "" {
		if o.DB, err = strconv.Atoi(p); err != nil || o.DB < 0 {
			return nil, nil, fmt.Errorf("redis url: database %q, want a number", p)
		}
	}
	if v := q.Get("cluster"); v != "" {
		if o.IsClusterMode, err = strconv.ParseBool(v); err != nil {
			return nil, nil, fmt.Errorf("redis url: cluster=%q: %w", v, err)
		}
	}
	cluster := o.MasterName == "" && (len(o.Addrs) > 1 || o.IsClusterMode)
	if cluster && o.DB != 0 {
		return nil, nil, fmt.Errorf("redis url: a Cluster has no database %d", o.DB)
	}
	if o.MasterName != "" && o.IsClusterMode {
		return nil, nil, fmt.Errorf("redis url: both master_name and cluster")
	}
	for _, p := range []struct {
		name string
		to   *int
	}{{"pool_size", &o.PoolSize}, {"min_idle_conns", &o.MinIdleConns}} {
		if v := q.Get(p.name); v != "" {
			if *p.to, err = strconv.Atoi(v); err != nil || *p.to < 0 {
				return nil, nil, fmt.Errorf("redis url: %s=%q, want a count", p.name, v)
			}
		}
	}
	for _, p := range []struct {
		name string
		set  func(time.Duration)
	}{
		{"dial_timeout", func(d time.Duration) { o.DialTimeout = d }},
		{"timeout", func(d time.Duration) { opts = append(opts, WithTimeout(d)) }},
	} {
		if v := q.Get(p.name); v != "" {
			d, err := time.ParseDuration(v)
			if err != nil || d <= 0 {
				return nil, nil, fmt.Errorf("redis url: %s=%q, want a duration like 50ms", p.name, v)
			}
			p.set(d)
		}
	}
	if scheme == "rediss" {
		// ServerName stays empty: the TLS dialer takes each node's host name.
		o.TLSConfig = &tls.Config{MinVersion: tls.VersionTLS12}
	}
	return o, opts, nil
}
