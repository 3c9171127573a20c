-- A mixed load for `make soak`: each request takes the next path and headers from a list that
-- soak.py writes to MIXED_REQUESTS (one "path<TAB>header: value|header: value" line each).
local requests = {}
local counter = 0

function init(args)
  local file = assert(io.open(os.getenv("MIXED_REQUESTS"), "r"))
  for line in file:lines() do
    local path, headers = line:match("^([^\t]+)\t?(.*)$")
    local parsed = {}
    for name, value in headers:gmatch("([^:|]+): ([^|]+)") do
      parsed[name] = value
    end
    table.insert(requests, wrk.format("GET", path, parsed))
  end
  file:close()
  counter = math.random(#requests)
end

function request()
  counter = counter % #requests + 1
  return requests[counter]
end
