// Signs in with the real amazon-cognito-identity-js client, its own HTTP client and all, against a
// Cairn server: USER_SRP_AUTH, answering NEW_PASSWORD_REQUIRED when the user has a temporary
// password, then a second sign-in with the new password, then refreshSession with the refresh token
// as a browser app does. Prints one JSON line with the tokens of the two sign-ins and the refresh,
// or {"error": ...}.
//
//   node sign-in-over-http.mjs <endpoint> <userPoolId> <clientId> <username> <password> <newPassword> <givenName>
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { AuthenticationDetails, CognitoUser, CognitoUserPool } = require('amazon-cognito-identity-js');

// Storage as a browser's localStorage behaves: a missing key reads null, not undefined, so
// refreshSession sends "DEVICE_KEY": null when no device is remembered (the library's own node
// fallback answers undefined, which JSON leaves out).
const items = new Map();
const localStorage = {
	getItem: key => (items.has(key) ? items.get(key) : null),
	setItem: (key, value) => items.set(key, String(value)),
	removeItem: key => items.delete(key),
	clear: () => items.clear(),
};

const [endpoint, userPoolId, clientId, username, password, newPassword, givenName] = process.argv.slice(2);
const pool = new CognitoUserPool({ UserPoolId: userPoolId, ClientId: clientId, endpoint, Storage: localStorage });

function tokens(session) {
	return {
		idToken: session.getIdToken().getJwtToken(),
		accessToken: session.getAccessToken().getJwtToken(),
		refreshToken: session.getRefreshToken().getToken(),
	};
}

function signIn(withPassword) {
	return new Promise((resolve, reject) => {
		const user = new CognitoUser({ Username: username, Pool: pool, Storage: localStorage });
		const callbacks = {
			onSuccess: session => resolve(tokens(session)),
			onFailure: err => reject(err),
			newPasswordRequired: (userAttributes, requiredAttributes) => {
				user.completeNewPasswordChallenge(newPassword, { given_name: givenName }, callbacks);
			},
		};
		user.authenticateUser(new AuthenticationDetails({ Username: username, Password: withPassword }), callbacks);
	});
}

function refresh() {
	return new Promise((resolve, reject) => {
		const user = pool.getCurrentUser();
		user.getSession((err, session) => {
			if (err) return reject(err);
			user.refreshSession(session.getRefreshToken(), (err, refreshed) => (err ? reject(err) : resolve(tokens(refreshed))));
		});
	});
}

try {
	const first = await signIn(password);
	const second = await signIn(newPassword);
	const refreshed = await refresh();
	process.stdout.write(`${JSON.stringify({ first, second, refreshed })}\n`);
} catch (err) {
	process.stdout.write(`${JSON.stringify({ error: { code: err.code || err.name, message: err.message } })}\n`);
	process.exitCode = 1;
}
