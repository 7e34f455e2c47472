package redisstore

// The scripts count exactly as store/memstore does: time in integer µs,
// buckets in thousandths of a unit, the same floating-point steps. Lua
// numbers are doubles, exact for integers below 2^53; store.MaxLimit keeps
// every level and count below that. Numbers are formatted with %.0f where a
// script builds a string, since Lua's own conversion keeps 14 digits only.
//
// Keys (all sharing the tenant's hash tag, so one script touches one slot):
//
//	<prefix>{<tenant>}:m:<key>   hash {l = level, t = µs}     minute bucket
//	<prefix>{<tenant>}:d:<key>   hash {u = used, d = day}     day count
//	<prefix>{<tenant>}:f:<key>   zset id -> expiry µs         in-flight slots
//	<prefix>{<tenant>}:r:<n>:<tenant>:<id>                    reservation
//	                             hash {x = expiry µs, d = day, <counter key> = cost}
//
// Every script starts from now: ARGV[1] when it is not 0 (the caller's
// clock), else the Redis server's TIME. Statuses come back as four integers
// per limit: ok, remaining, reset (µs since the epoch), retry after (µs).

// prelude holds what the three scripts share.
const prelude = `
local SCALE = 1000
local MINUTE = 60000000
local DAY = 86400000000
-- Keys outlive what they count by a margin, so that a caller whose clock
-- runs a little ahead of Redis's still finds them.
local MARGIN_MS = 60000
local FLIGHT_RETRY = 1000000

local function clock(arg)
  local now = tonumber(arg)
  if now == 0 then
    local t = redis.call('TIME')
    now = tonumber(t[1]) * 1000000 + tonumber(t[2])
  end
  return now
end

local function fmt(n)
  return string.format('%.0f', n)
end

-- refill_us is how long a bucket of full sub-units takes to gain sub.
local function refill_us(full, sub)
  if sub <= 0 or full <= 0 then return 0 end
  return math.ceil(sub * MINUTE / full)
end

-- bucket returns a bucket's level at now and the time that level is as of
-- (now, or earlier while less than a sub-unit has come back since).
local function bucket(key, full, now)
  local v = redis.call('HMGET', key, 'l', 't')
  if not v[1] then return full, now end
  local level, at = tonumber(v[1]), tonumber(v[2])
  local elapsed = now - at
  if elapsed > 0 then
    local add = math.floor(elapsed * full / MINUTE)
    if add > 0 then
      level = math.min(level + add, full)
      at = now
    end
  end
  return math.min(level, full), at
end

local function set_bucket(key, full, level, at)
  redis.call('HSET', key, 'l', fmt(level), 't', fmt(at))
  redis.call('PEXPIRE', key, math.ceil(refill_us(full, full - level) / 1000) + MARGIN_MS)
end

-- used returns a day count, and whether it starts today (no key yet, or
-- one left from another day).
local function used(key, today)
  local v = redis.call('HMGET', key, 'u', 'd')
  if not v[1] or tonumber(v[2]) ~= today then return 0, true end
  return tonumber(v[1]), false
end

-- set_used stores a day count; a count that starts today is given its
-- expiry, which stays the end of the day after.
local function set_used(key, today, n, now, fresh)
  redis.call('HSET', key, 'u', fmt(n), 'd', fmt(today))
  if fresh then
    redis.call('PEXPIRE', key, math.ceil(((today + 1) * DAY - now) / 1000) + MARGIN_MS)
  end
end

-- flights returns the number of open slots at now and the first and last
-- expiry among them.
local function flights(key, now)
  local open = '(' .. fmt(now)
  local n = redis.call('ZCOUNT', key, open, '+inf')
  if n == 0 then return 0, now, now end
  local first = redis.call('ZRANGEBYSCORE', key, open, '+inf', 'WITHSCORES', 'LIMIT', 0, 1)
  local last = redis.call('ZREVRANGEBYSCORE', key, '+inf', open, 'WITHSCORES', 'LIMIT', 0, 1)
  return n, tonumber(first[2]), math.max(tonumber(last[2]), now)
end

-- Phases of a status: before charging (ok when the cost fits), after
-- charging (ok), after settling (ok when within capacity).
local CHECKED, CHARGED, SETTLED = 0, 1, 2

local function push(out, ok, remaining, reset, retry)
  out[#out + 1] = ok
  out[#out + 1] = remaining
  out[#out + 1] = reset
  out[#out + 1] = retry
end

local function bucket_status(out, level, limit, cost, now, phase)
  local full = limit * SCALE
  local remaining = math.floor(math.max(level, 0) / SCALE)
  local reset = now + refill_us(full, full - level)
  if phase == CHARGED then return push(out, 1, remaining, reset, 0) end
  if phase == SETTLED then return push(out, level >= 0 and 1 or 0, remaining, reset, 0) end
  if level >= cost * SCALE then return push(out, 1, remaining, reset, 0) end
  local retry = MINUTE
  if cost <= limit then retry = refill_us(full, cost * SCALE - level) end
  push(out, 0, remaining, reset, retry)
end

local function day_status(out, n, limit, cost, now, phase)
  local reset = (math.floor(now / DAY) + 1) * DAY
  local remaining = math.max(limit - n, 0)
  if phase == CHARGED then return push(out, 1, remaining, reset, 0) end
  if phase == SETTLED then return push(out, n <= limit and 1 or 0, remaining, reset, 0) end
  if n + cost <= limit then return push(out, 1, remaining, reset, 0) end
  push(out, 0, remaining, reset, reset - now)
end

local function flight_status(out, key, limit, cost, now, phase)
  local n, first, last = flights(key, now)
  local remaining = math.max(limit - n, 0)
  if phase == CHARGED then return push(out, 1, remaining, last, 0) end
  if phase == SETTLED then return push(out, n <= limit and 1 or 0, remaining, last, 0) end
  if n + cost <= limit then return push(out, 1, remaining, last, 0) end
  local retry = FLIGHT_RETRY
  if n > 0 then retry = math.min(retry, first - now) end
  push(out, 0, remaining, last, retry)
end
`

// chargeScript checks limits and, when all have room, charges them; with a
// reservation id it also records the charges and takes in-flight slots.
//
//	KEYS: one counter key per limit, then the reservation key if any
//	ARGV: now, reservation id ("" for none), reservation ttl µs,
//	      then per limit: window (m, d, f), limit, cost
//	reply: {1 allowed | 0 refused | -1 reservation exists, now, statuses...}
const chargeScript = prelude + `
local now = clock(ARGV[1])
local id = ARGV[2]
local ttl = tonumber(ARGV[3])
local n = (#ARGV - 3) / 3
local today = math.floor(now / DAY)
local rkey = KEYS[n + 1]

local stale = false
if id ~= '' then
  local x = redis.call('HGET', rkey, 'x')
  if x and tonumber(x) > now then return {-1, now} end
  stale = x ~= false
end

local windows, limits, costs, state, stamps, fresh = {}, {}, {}, {}, {}, {}
local allowed = 1
for i = 1, n do
  local w, limit, cost = ARGV[1 + 3 * i], tonumber(ARGV[2 + 3 * i]), tonumber(ARGV[3 + 3 * i])
  windows[i], limits[i], costs[i] = w, limit, cost
  local fits
  if w == 'm' then
    state[i], stamps[i] = bucket(KEYS[i], limit * SCALE, now)
    fits = state[i] >= cost * SCALE
  elseif w == 'd' then
    state[i], fresh[i] = used(KEYS[i], today)
    fits = state[i] + cost <= limit
  else
    state[i] = flights(KEYS[i], now)
    fits = state[i] + cost <= limit
  end
  if not fits then allowed = 0 end
end

if allowed == 1 then
  local expires = now + ttl
  -- The reservation: its expiry, its day and each counter's charge, in
  -- one HSET over what an expired reservation of the same id left.
  local record = id ~= '' and {'x', fmt(expires), 'd', fmt(today)} or nil
  for i = 1, n do
    local w, cost = windows[i], costs[i]
    if w == 'm' then
      state[i] = state[i] - cost * SCALE
      set_bucket(KEYS[i], limits[i] * SCALE, state[i], stamps[i])
    elseif w == 'd' then
      state[i] = state[i] + cost
      set_used(KEYS[i], today, state[i], now, fresh[i])
    elseif id ~= '' and cost > 0 then
      redis.call('ZREMRANGEBYSCORE', KEYS[i], '-inf', fmt(now))
      redis.call('ZADD', KEYS[i], fmt(expires), id)
      if redis.call('PTTL', KEYS[i]) < ttl / 1000 + MARGIN_MS then
        redis.call('PEXPIRE', KEYS[i], math.ceil(ttl / 1000) + MARGIN_MS)
      end
    end
    if id ~= '' then
      record[#record + 1] = KEYS[i]
      record[#record + 1] = fmt(cost)
    end
  end
  if id ~= '' then
    if stale then redis.call('DEL', rkey) end
    redis.call('HSET', rkey, unpack(record))
    redis.call('PEXPIRE', rkey, math.ceil(ttl / 1000) + MARGIN_MS)
  end
end

local out = {allowed, now}
local phase = allowed == 1 and CHARGED or CHECKED
for i = 1, n do
  local w = windows[i]
  if w == 'm' then
    bucket_status(out, state[i], limits[i], costs[i], now, phase)
  elseif w == 'd' then
    day_status(out, state[i], limits[i], costs[i], now, phase)
  else
    flight_status(out, KEYS[i], limits[i], costs[i], now, phase)
  end
end
return out
`

// settleScript corrects an open reservation to real costs and closes it.
//
//	KEYS: the reservation key, then one counter key per limit
//	ARGV: now, reservation id, then per limit: window, limit, real cost
//	reply: {1 found | 0 not found, now, statuses...}
const settleScript = prelude + `
local now = clock(ARGV[1])
local id = ARGV[2]
local n = (#ARGV - 2) / 3
local today = math.floor(now / DAY)
local rkey = KEYS[1]

local found = 0
local x = redis.call('HGET', rkey, 'x')
if x and tonumber(x) > now then found = 1 end

if found == 1 then
  local rday = tonumber(redis.call('HGET', rkey, 'd'))
  for i = 1, n do
    local key = KEYS[i + 1]
    local reserved = redis.call('HGET', rkey, key)
    if reserved then
      local w, limit, cost = ARGV[3 * i], tonumber(ARGV[1 + 3 * i]), tonumber(ARGV[2 + 3 * i])
      local delta = cost - tonumber(reserved)
      if w == 'm' then
        local full = limit * SCALE
        local level, at = bucket(key, full, now)
        set_bucket(key, full, math.min(level - delta * SCALE, full), at)
      elseif w == 'd' then
        -- Only the reservation's own day is corrected: its count is gone
        -- once the day is over.
        if rday == today then
          local n, fresh = used(key, today)
          set_used(key, today, math.max(n + delta, 0), now, fresh)
        end
      else
        redis.call('ZREM', key, id)
      end
    end
  end
  redis.call('DEL', rkey)
end

local out = {found, now}
for i = 1, n do
  local key, w, limit = KEYS[i + 1], ARGV[3 * i], tonumber(ARGV[1 + 3 * i])
  if w == 'm' then
    bucket_status(out, (bucket(key, limit * SCALE, now)), limit, 0, now, SETTLED)
  elseif w == 'd' then
    day_status(out, (used(key, today)), limit, 0, now, SETTLED)
  else
    flight_status(out, key, limit, 0, now, SETTLED)
  end
end
return out
`

// usageScript reports limits without changing them.
//
//	KEYS: one counter key per limit
//	ARGV: now, then per limit: window, limit, cost
//	reply: {1, now, statuses...}
const usageScript = prelude + `
local now = clock(ARGV[1])
local n = (#ARGV - 1) / 3
local today = math.floor(now / DAY)
local out = {1, now}
for i = 1, n do
  local key, w = KEYS[i], ARGV[3 * i - 1]
  local limit, cost = tonumber(ARGV[3 * i]), tonumber(ARGV[3 * i + 1])
  if w == 'm' then
    bucket_status(out, (bucket(key, limit * SCALE, now)), limit, cost, now, CHECKED)
  elseif w == 'd' then
    day_status(out, (used(key, today)), limit, cost, now, CHECKED)
  else
    flight_status(out, key, limit, cost, now, CHECKED)
  end
end
return out
`
