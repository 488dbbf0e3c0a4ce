// Drives choice-based sign-in (USER_AUTH) with an email one-time code through the AWS SDK for
// JavaScript v3 against a Cairn server, reading the code from the server's local outbox as a
// developer would read their inbox; then GetUserAuthFactors and GetTokensFromRefreshToken.
// Usage: node user-auth-email-otp.mjs <endpoint> <userPoolId> <clientId> <username>
// Prints one JSON object with what the SDK answered.
import {
    CognitoIdentityProviderClient,
    InitiateAuthCommand,
    RespondToAuthChallengeCommand,
    GetUserAuthFactorsCommand,
    GetTokensFromRefreshTokenCommand,
} from "@aws-sdk/client-cognito-identity-provider";

const [endpoint, userPoolId, clientId, username] = process.argv.slice(2);
const cognito = new CognitoIdentityProviderClient({
    endpoint,
    region: "us-east-1",
    // Only for signing: these operations are unauthenticated ones, the server does not check them.
    credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" },
});

async function newestCode() {
    const res = await fetch(`${endpoint}/_engine/outbox?UserPoolId=${encodeURIComponent(userPoolId)}&Username=${encodeURIComponent(username)}`);
    const { Messages } = await res.json();
    return Messages[Messages.length - 1];
}

const select = await cognito.send(new InitiateAuthCommand({
    AuthFlow: "USER_AUTH", ClientId: clientId, AuthParameters: { USERNAME: username },
}));
const otp = await cognito.send(new RespondToAuthChallengeCommand({
    ClientId: clientId, ChallengeName: "SELECT_CHALLENGE", Session: select.Session,
    ChallengeResponses: { USERNAME: username, ANSWER: "EMAIL_OTP" },
}));
const message = await newestCode();
const signedIn = await cognito.send(new RespondToAuthChallengeCommand({
    ClientId: clientId, ChallengeName: "EMAIL_OTP", Session: otp.Session,
    ChallengeResponses: { USERNAME: username, EMAIL_OTP_CODE: message.Code },
}));
const factors = await cognito.send(new GetUserAuthFactorsCommand({ AccessToken: signedIn.AuthenticationResult.AccessToken }));
const refreshed = await cognito.send(new GetTokensFromRefreshTokenCommand({
    ClientId: clientId, RefreshToken: signedIn.AuthenticationResult.RefreshToken,
}));

console.log(JSON.stringify({
    selectChallenge: select.ChallengeName,
    availableChallenges: select.AvailableChallenges,
    otpChallenge: otp.ChallengeName,
    deliveryMedium: otp.ChallengeParameters.CODE_DELIVERY_DELIVERY_MEDIUM,
    messagePurpose: message.Purpose,
    accessToken: signedIn.AuthenticationResult.AccessToken,
    refreshToken: signedIn.AuthenticationResult.RefreshToken,
    configuredUserAuthFactors: factors.ConfiguredUserAuthFactors,
    factorsUsername: factors.Username,
    rotatedRefreshToken: refreshed.AuthenticationResult.RefreshToken,
    refreshedAccessToken: refreshed.AuthenticationResult.AccessToken,
}));
