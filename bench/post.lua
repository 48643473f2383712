-- wrk script for POSTs as the demo user manager. BODY_FILE: the JSON body; "VENDOR_ID" in it is replaced by one of
-- the comma-separated VENDORS (round robin per request) when that is set. PATHS (comma-separated) overrides the
-- request path, chosen at random per request (to spread records over several aggregates); "MONTH" in the body becomes
-- the month of a path's /periods/YYYY-MM/.
local function split(s)
  local out = {}
  if s then for item in string.gmatch(s, "[^,]+") do out[#out + 1] = item end end
  return out
end
local f = assert(io.open(os.getenv("BODY_FILE"), "r"))
local template = f:read("*a")
f:close()
local vendors = split(os.getenv("VENDORS"))
local paths = split(os.getenv("PATHS"))
local n = 0
math.randomseed(os.time() + math.floor(os.clock() * 1000000))
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Basic bWFuYWdlcjptYW5hZ2Vy"

request = function()
  n = n + 1
  local body = template
  if #vendors > 0 then body = string.gsub(template, "VENDOR_ID", vendors[(n % #vendors) + 1]) end
  local path = wrk.path
  if #paths > 0 then path = paths[math.random(#paths)] end
  local month = string.match(path, "/periods/(%d%d%d%d%-%d%d)/")
  if month then body = string.gsub(body, "MONTH", month) end
  return wrk.format(nil, path, nil, body)
end
