#!/usr/bin/env bash
# Drives a running Cairn server with plain curl and JSON bodies as the API reference writes them.
# Not part of CI. Start the server first (java -jar engine-http/target/cairn-server.jar), then:
#   bash engine-http/src/test/sh/curl-smoke.sh [http://localhost:9229]
# Needs curl and jq. Exits non-zero at the first step that does not answer as expected.
set -euo pipefail
endpoint=${1:-http://localhost:9229}

call() { # call <Operation> <json body>  -> prints the reply body; fails on a non-200
  local op=$1 body=$2 out status
  out=$(curl -sS -w '\n%{http_code}' -X POST "$endpoint/" \
    -H 'Content-Type: application/x-amz-json-1.1' \
    -H "X-Amz-Target: AWSCognitoIdentityProviderService.$op" \
    -d "$body")
  status=${out##*$'\n'}
  out=${out%$'\n'*}
  if [ "$status" != 200 ]; then echo "$op -> HTTP $status: $out" >&2; exit 1; fi
  echo "$out"
}

expect_error() { # expect_error <Operation> <json body> <status> <__type>
  local out
  out=$(curl -sS -i -X POST "$endpoint/" -H "X-Amz-Target: AWSCognitoIdentityProviderService.$1" -d "$2")
  echo "$out" | head -1 | grep -q " $3 " || { echo "$1: expected HTTP $3, got: $out" >&2; exit 1; }
  echo "$out" | grep -qi "^x-amzn-errortype: $4" || { echo "$1: expected $4, got: $out" >&2; exit 1; }
  echo "$1 -> $3 $4"
}

pool=$(call CreateUserPool '{"PoolName": "curl-smoke", "AutoVerifiedAttributes": ["email"]}' | jq -r .UserPool.Id)
echo "CreateUserPool -> $pool"
client=$(call CreateUserPoolClient "{\"UserPoolId\": \"$pool\", \"ClientName\": \"curl\",
  \"ExplicitAuthFlows\": [\"ALLOW_ADMIN_USER_PASSWORD_AUTH\", \"ALLOW_USER_PASSWORD_AUTH\", \"ALLOW_REFRESH_TOKEN_AUTH\"]}" \
  | jq -r .UserPoolClient.ClientId)
echo "CreateUserPoolClient -> $client"

# The reference's AdminCreateUser example ("a test user named John"), with the invitation sent by email.
call AdminCreateUser "{
  \"DesiredDeliveryMediums\": [\"EMAIL\"],
  \"UserAttributes\": [{\"Name\": \"name\", \"Value\": \"John\"}, {\"Name\": \"phone_number\", \"Value\": \"+12065551212\"},
                       {\"Name\": \"email\", \"Value\": \"testuser@example.com\"}],
  \"UserPoolId\": \"$pool\", \"Username\": \"testuser\"}" | jq -c '.User | {Username, UserStatus, UserCreateDate}'

temporary=$(curl -sS "$endpoint/_engine/outbox?UserPoolId=$pool&Username=testuser" | jq -r '.Messages[-1].Code')
echo "outbox -> invitation with a temporary password of ${#temporary} characters"

session=$(call AdminInitiateAuth "{\"UserPoolId\": \"$pool\", \"ClientId\": \"$client\", \"AuthFlow\": \"ADMIN_USER_PASSWORD_AUTH\",
  \"AuthParameters\": {\"USERNAME\": \"testuser\", \"PASSWORD\": \"$temporary\"}}" | jq -r .Session)
access=$(call AdminRespondToAuthChallenge "{\"UserPoolId\": \"$pool\", \"ClientId\": \"$client\", \"ChallengeName\": \"NEW_PASSWORD_REQUIRED\",
  \"Session\": \"$session\", \"ChallengeResponses\": {\"USERNAME\": \"testuser\", \"NEW_PASSWORD\": \"This-is-my-test-99!\"}}" \
  | jq -r .AuthenticationResult.AccessToken)
echo "AdminInitiateAuth + NEW_PASSWORD_REQUIRED -> access token of ${#access} characters"
call GetUser "{\"AccessToken\": \"$access\"}" | jq -c '{Username, UserAttributes: [.UserAttributes[].Name]}'

call AdminGetUser "{\"UserPoolId\": \"$pool\", \"Username\": \"testuser\"}" | jq -c '{Username, UserStatus, Enabled}'
call CreateGroup "{\"GroupName\": \"admins\", \"UserPoolId\": \"$pool\", \"Precedence\": 1}" | jq -c '.Group | {GroupName, Precedence}'
call AdminAddUserToGroup "{\"GroupName\": \"admins\", \"UserPoolId\": \"$pool\", \"Username\": \"testuser\"}" > /dev/null
call ListUsersInGroup "{\"GroupName\": \"admins\", \"UserPoolId\": \"$pool\"}" | jq -c '[.Users[].Username]'
call ListUsers "{\"UserPoolId\": \"$pool\", \"Filter\": \"email = \\\"testuser@example.com\\\"\"}" | jq -c '[.Users[].Username]'

curl -sS "$endpoint/$pool/.well-known/jwks.json" | jq -c '[.keys[] | {kid, alg}]'
curl -sS "$endpoint/$pool/.well-known/openid-configuration" | jq -c '{issuer, jwks_uri}'

expect_error AdminCreateUser "{\"UserPoolId\": \"$pool\", \"Username\": \"testuser\"}" 400 UsernameExistsException
expect_error AdminGetUser "{\"UserPoolId\": \"$pool\", \"Username\": \"nobody\"}" 400 UserNotFoundException
expect_error ListUsers "{\"UserPoolId\": \"$pool\", \"Limit\": \"ten\"}" 400 SerializationException
expect_error ListUsers "{\"UserPoolId\": \"$pool\"" 400 SerializationException
expect_error DescribeUserPool '{"UserPoolId": "not a pool"}' 400 InvalidParameterException
expect_error DropEverything '{}' 400 UnknownOperationException

call DeleteUserPool "{\"UserPoolId\": \"$pool\"}" > /dev/null
echo "DeleteUserPool -> ok; all steps answered as expected"
