package redisstore

// RoundTrips is how many round trips s has made to Redis for its calls.
func RoundTrips(s *Store) int64 { return s.batch.batches.Load() }
