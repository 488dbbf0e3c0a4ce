// Signs in with the real amazon-cognito-identity-js client, its own HTTP client and all, against a
// Cairn server: USER_SRP_AUTH, answering NEW_PASSWORD_REQUIRED when the user has a temporary
// password, then a second sign-in with the new password. Prints one JSON line with the tokens of
// both sign-ins, or {"error": ...}.
//
//   node sign-in-over-http.mjs <endpoint> <userPoolId> <clientId> <username> <password> <newPassword> <givenName>
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { AuthenticationDetails, CognitoUser, CognitoUserPool } = require('amazon-cognito-identity-js');

const [endpoint, userPoolId, clientId, username, password, newPassword, givenName] = process.argv.slice(2);
const pool = new CognitoUserPool({ UserPoolId: userPoolId, ClientId: clientId, endpoint });

function signIn(withPassword) {
	return new Promise((resolve, reject) => {
		const user = new CognitoUser({ Username: username, Pool: pool });
		const callbacks = {
			onSuccess: session => resolve({
				idToken: session.getIdToken().getJwtToken(),
				accessToken: session.getAccessToken().getJwtToken(),
				refreshToken: session.getRefreshToken().getToken(),
			}),
			onFailure: err => reject(err),
			newPasswordRequired: (userAttributes, requiredAttributes) => {
				user.completeNewPasswordChallenge(newPassword, { given_name: givenName }, callbacks);
			},
		};
		user.authenticateUser(new AuthenticationDetails({ Username: username, Password: withPassword }), callbacks);
	});
}

try {
	const first = await signIn(password);
	const second = await signIn(newPassword);
	process.stdout.write(`${JSON.stringify({ first, second })}\n`);
} catch (err) {
	process.stdout.write(`${JSON.stringify({ error: { code: err.code || err.name, message: err.message } })}\n`);
	process.exitCode = 1;
}
