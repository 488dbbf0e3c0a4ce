-- AdminSetUserPassword (permanent) over users t0..t{TARGETS-1} created beforehand: wrk -s admin-set-user-password.lua,
-- with POOL and TARGETS set.
local threads = {}
function setup(thread)
  thread:set("tid", #threads)
  table.insert(threads, thread)
end
function init(args)
  pool = os.getenv("POOL")
  targets = tonumber(os.getenv("TARGETS") or "1000")
  counter = 0
end
function request()
  counter = counter + 1
  local name = "t" .. ((counter * 7 + tid * 131) % targets)
  local body = '{"UserPoolId":"' .. pool .. '","Username":"' .. name .. '","Password":"Bench-Passw0rd-' .. counter .. '","Permanent":true}'
  return wrk.format("POST", "/", {["Content-Type"] = "application/x-amz-json-1.1",
      ["X-Amz-Target"] = "AWSCognitoIdentityProviderService.AdminSetUserPassword"}, body)
end
function response(status, headers, body)
  if status ~= 200 then
    failures = (failures or 0) + 1
    if failures <= 3 then io.stderr:write(status .. " " .. body .. "\n") end
  end
end
