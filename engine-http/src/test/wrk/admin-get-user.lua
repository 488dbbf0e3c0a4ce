-- wrk script: AdminGetUser for one user, as the AWS SDKs send it.
-- Usage: POOL=us-east-1_xxx USERNAME=load-user wrk -t1 -c16 -d20s -s admin-get-user.lua http://localhost:9229/
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-amz-json-1.1"
wrk.headers["X-Amz-Target"] = "AWSCognitoIdentityProviderService.AdminGetUser"
wrk.body = string.format('{"UserPoolId":"%s","Username":"%s"}', os.getenv("POOL"), os.getenv("USERNAME") or "load-user")

local failures = 0
response = function(status, headers, body)
  if status ~= 200 then failures = failures + 1 end
end

done = function(summary, latency, requests)
  io.write(string.format("non-200 replies counted by the first thread: %d\n", failures))
end
