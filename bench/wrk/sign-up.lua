-- SignUp of a fresh user per request: wrk -s sign-up.lua, with CLIENT (an app client id) and PREFIX set.
local threads = {}
function setup(thread)
  thread:set("tid", #threads)
  table.insert(threads, thread)
end
function init(args)
  client = os.getenv("CLIENT")
  prefix = os.getenv("PREFIX") or "s"
  counter = 0
end
function request()
  counter = counter + 1
  local name = prefix .. tid .. "_" .. counter
  local body = '{"ClientId":"' .. client .. '","Username":"' .. name .. '","Password":"Bench-Passw0rd!",'
      .. '"UserAttributes":[{"Name":"email","Value":"' .. name .. '@example.com"}]}'
  return wrk.format("POST", "/", {["Content-Type"] = "application/x-amz-json-1.1",
      ["X-Amz-Target"] = "AWSCognitoIdentityProviderService.SignUp"}, body)
end
function response(status, headers, body)
  if status ~= 200 then
    failures = (failures or 0) + 1
    if failures <= 3 then io.stderr:write(status .. " " .. body .. "\n") end
  end
end
