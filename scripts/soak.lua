-- Mixed CORS traffic for wrk, against the sample app's policy (sample-app/src/main/resources/application.yml).
-- Each wrk thread cycles through the weighted mix below. response() counts statuses and checks, on every
-- response, that Access-Control-Allow-Origin never names an origin the policy refuses and is never "*" with
-- credentials; done() prints one "soak" line that scripts/soak.sh reads.

local APP = "https://app.example.com"
local PREVIEW = "https://pr-7.preview.example.com"
local DEV = "http://127.0.0.1:5173"
local EVIL = "https://evil.example"

local function list(prefix, count)
	local names = {}
	for i = 1, count do
		names[i] = prefix .. i
	end
	return table.concat(names, ",")
end

-- { weight, method, path, headers, body }
local mix = {
	-- actual requests from allowed origins (exact, pattern, any-port pattern) and without Origin
	{ 30, "GET", "/api/greeting?name=soak", { Origin = APP } },
	{ 8, "POST", "/api/greeting", { Origin = PREVIEW, ["Content-Type"] = "application/json" }, '{"soak":true}' },
	{ 6, "GET", "/api/greeting", { Origin = DEV, ["X-Request-Id"] = "soak-1" } },
	{ 6, "GET", "/public/info", { Origin = "https://anyone.example" } },
	{ 5, "GET", "/api/greeting", {} },
	-- accepted preflights
	{ 14, "OPTIONS", "/api/greeting", { Origin = APP, ["Access-Control-Request-Method"] = "PUT",
		["Access-Control-Request-Headers"] = "content-type, x-request-id" } },
	{ 4, "OPTIONS", "/public/info", { Origin = "https://anyone.example", ["Access-Control-Request-Method"] = "GET" } },
	-- disallowed origins and refused preflights
	{ 8, "GET", "/api/greeting", { Origin = EVIL } },
	{ 3, "GET", "/api/greeting", { Origin = "https://app.example.com.evil.example" } },
	{ 4, "OPTIONS", "/api/greeting", { Origin = EVIL, ["Access-Control-Request-Method"] = "GET" } },
	{ 3, "OPTIONS", "/api/greeting", { Origin = APP, ["Access-Control-Request-Method"] = "PATCH" } },
	{ 2, "OPTIONS", "/api/greeting", { Origin = APP, ["Access-Control-Request-Method"] = "GET",
		["Access-Control-Request-Private-Network"] = "true" } },
	-- malformed values
	{ 1, "GET", "/api/greeting", { Origin = "https://app.example.com/" } },
	{ 1, "GET", "/api/greeting", { Origin = "null" } },
	{ 1, "GET", "/api/greeting", { Origin = "HTTPS://APP.EXAMPLE.COM" } },
	{ 1, "GET", "/api/greeting", { Origin = "https://\195\164pp.example.com" } },
	{ 1, "OPTIONS", "/api/greeting", { Origin = APP, ["Access-Control-Request-Method"] = "GE T" } },
	{ 1, "OPTIONS", "/api/greeting", { Origin = APP, ["Access-Control-Request-Method"] = "GET",
		["Access-Control-Request-Headers"] = "content-type,,x-request-id" } },
	{ 1, "OPTIONS", "/api/greeting", { Origin = APP, ["Access-Control-Request-Method"] = "GET",
		["Access-Control-Request-Headers"] = "content-type;x-request-id" } },
	-- oversized values: past the engine's caps, and past the server's 8 KB header limit
	{ 1, "OPTIONS", "/api/greeting", { Origin = APP, ["Access-Control-Request-Method"] = "GET",
		["Access-Control-Request-Headers"] = string.rep("a", 5000) } },
	{ 1, "OPTIONS", "/api/greeting", { Origin = APP, ["Access-Control-Request-Method"] = "GET",
		["Access-Control-Request-Headers"] = list("x-h", 65) } },
	{ 1, "GET", "/api/greeting", { Origin = "https://" .. string.rep("a.", 1000) .. "example.com" } },
	{ 1, "OPTIONS", "/api/greeting", { Origin = APP, ["Access-Control-Request-Method"] = "GET",
		["Access-Control-Request-Headers"] = string.rep("x", 10000) } },
	-- a path nobody serves, and one whose percent-encoding is broken (the servers answer 400 before any filter)
	{ 1, "GET", "/nowhere", { Origin = APP } },
	{ 1, "GET", "/api/%zz", { Origin = APP } },
}

local refused = { [EVIL] = true, ["https://app.example.com.evil.example"] = true, ["null"] = true,
	["https://app.example.com/"] = true, ["HTTPS://APP.EXAMPLE.COM"] = true }

local threads = {}

function setup(thread)
	table.insert(threads, thread)
end

function init(args)
	requests = {}
	for _, entry in ipairs(mix) do
		local formatted = wrk.format(entry[2], entry[3], entry[4], entry[5])
		for _ = 1, entry[1] do
			table.insert(requests, formatted)
		end
	end
	-- Start each thread at a different point of the cycle.
	index = math.random(#requests)
	statuses = {}
	leaks = 0
end

function request()
	index = index % #requests + 1
	return requests[index]
end

function response(status, headers, body)
	statuses[status] = (statuses[status] or 0) + 1
	local allowOrigin, credentials
	for name, value in pairs(headers) do
		local lower = string.lower(name)
		if lower == "access-control-allow-origin" then
			allowOrigin = value
		elseif lower == "access-control-allow-credentials" then
			credentials = value
		end
	end
	if allowOrigin ~= nil and (refused[allowOrigin] or (allowOrigin == "*" and credentials ~= nil)) then
		leaks = leaks + 1
	end
end

function done(summary, latency, requests)
	local totals = {}
	local totalLeaks = 0
	for _, thread in ipairs(threads) do
		for status, count in pairs(thread:get("statuses")) do
			totals[status] = (totals[status] or 0) + count
		end
		totalLeaks = totalLeaks + thread:get("leaks")
	end
	local parts = {}
	for status, count in pairs(totals) do
		table.insert(parts, status .. "=" .. count)
	end
	table.sort(parts)
	local errors = summary.errors
	io.write(string.format("soak requests=%d socket_errors=%d leaks=%d p50_us=%d p99_us=%d statuses=%s\n",
		summary.requests, errors.connect + errors.read + errors.write + errors.timeout, totalLeaks,
		latency:percentile(50), latency:percentile(99), table.concat(parts, ",")))
end
