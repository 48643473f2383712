-- wrk script for GETs as the demo user auditor; PATHS (comma-separated) rotates over several paths.
local paths = {}
local s = os.getenv("PATHS")
if s then for item in string.gmatch(s, "[^,]+") do paths[#paths + 1] = item end end
local n = 0
wrk.headers["Authorization"] = "Basic YXVkaXRvcjphdWRpdG9y"
request = function()
  n = n + 1
  local path = wrk.path
  if #paths > 0 then path = paths[(n % #paths) + 1] end
  return wrk.format("GET", path)
end
