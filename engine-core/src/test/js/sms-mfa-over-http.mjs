// Signs in with the real amazon-cognito-identity-js client against a Cairn server whose pool
// requires SMS MFA: the client's mfaRequired callback gets SMS_MFA with the masked phone number,
// the code is read from the server's local outbox (what the phone would receive), and
// sendMFACode completes the sign-in. A wrong code first is refused. Prints one JSON line.
//
//   node sms-mfa-over-http.mjs <endpoint> <userPoolId> <clientId> <username> <password>
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { AuthenticationDetails, CognitoUser, CognitoUserPool } = require('amazon-cognito-identity-js');

const items = new Map();
const localStorage = {
	getItem: key => (items.has(key) ? items.get(key) : null),
	setItem: (key, value) => items.set(key, String(value)),
	removeItem: key => items.delete(key),
	clear: () => items.clear(),
};

const [endpoint, userPoolId, clientId, username, password] = process.argv.slice(2);
const pool = new CognitoUserPool({ UserPoolId: userPoolId, ClientId: clientId, endpoint, Storage: localStorage });

async function lastCode() {
	const response = await fetch(`${endpoint}/_engine/outbox?UserPoolId=${userPoolId}&Username=${username}`);
	const { Messages } = await response.json();
	const last = Messages[Messages.length - 1];
	return { code: last.Code, purpose: last.Purpose, destination: last.Destination };
}

try {
	const result = await new Promise((resolve, reject) => {
		const user = new CognitoUser({ Username: username, Pool: pool, Storage: localStorage });
		const out = {};
		const callbacks = {
			onSuccess: session => resolve({ ...out, accessToken: session.getAccessToken().getJwtToken() }),
			onFailure: err => reject(err),
			mfaRequired: async (challengeName, parameters) => {
				out.challengeName = challengeName;
				out.parameters = parameters;
				const sent = await lastCode();
				out.purpose = sent.purpose;
				const wrong = sent.code === '000000' ? '111111' : '000000';
				user.sendMFACode(wrong, {
					onSuccess: () => reject(new Error('a wrong code was accepted')),
					onFailure: err => {
						out.wrongCode = err.code || err.name;
						user.sendMFACode(sent.code, callbacks);
					},
				});
			},
		};
		user.authenticateUser(new AuthenticationDetails({ Username: username, Password: password }), callbacks);
	});
	process.stdout.write(`${JSON.stringify(result)}\n`);
} catch (err) {
	process.stdout.write(`${JSON.stringify({ error: { code: err.code || err.name, message: err.message } })}\n`);
	process.exitCode = 1;
}
