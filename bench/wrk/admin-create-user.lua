-- AdminCreateUser of a fresh user per request: wrk -s admin-create-user.lua, with POOL (and PREFIX, unique per run) set.
local threads = {}
function setup(thread)
  thread:set("tid", #threads)
  table.insert(threads, thread)
end
function init(args)
  pool = os.getenv("POOL")
  prefix = os.getenv("PREFIX") or "u"
  counter = 0
end
function request()
  counter = counter + 1
  local name = prefix .. tid .. "_" .. counter
  local body = '{"UserPoolId":"' .. pool .. '","Username":"' .. name .. '","MessageAction":"SUPPRESS",'
      .. '"UserAttributes":[{"Name":"email","Value":"' .. name .. '@example.com"}]}'
  return wrk.format("POST", "/", {["Content-Type"] = "application/x-amz-json-1.1",
      ["X-Amz-Target"] = "AWSCognitoIdentityProviderService.AdminCreateUser"}, body)
end
function response(status, headers, body)
  if status ~= 200 then
    failures = (failures or 0) + 1
    if failures <= 3 then io.stderr:write(status .. " " .. body .. "\n") end
  end
end
