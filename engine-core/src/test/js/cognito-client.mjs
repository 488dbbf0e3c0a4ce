// Drives the real amazon-cognito-identity-js sign-in code (CognitoUser.authenticateUser, with
// its AuthenticationHelper, DateHelper and device flows) against a Cognito stand-in played by a
// JUnit test, so the test checks Cairn's SRP server against the client that apps actually ship.
//
// Protocol, one JSON object per line:
//   stdin  <- {"command":"signIn","userPoolId":..,"clientId":..,"username":..,"password":..}
//             {"command":"exit"}
//   stdout -> {"type":"request","operation":"InitiateAuth"|..,"params":{..}}   (a Cognito call)
//   stdin  <- {"data":{..}} or {"error":{"code":..,"message":..}}               (its answer)
//   stdout -> {"type":"result","outcome":"success"|"failure",..}                (per signIn)
// The library keeps remembered devices in its in-memory storage, so later sign-ins in the same
// process take the device path (DEVICE_SRP_AUTH) just as a browser session would.
import readline from 'node:readline';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const {
	AuthenticationDetails,
	CognitoUser,
	CognitoUserPool,
} = require('amazon-cognito-identity-js');

const lines = readline.createInterface({ input: process.stdin, terminal: false });
const waiting = [];
const buffered = [];
lines.on('line', line => {
	const next = waiting.shift();
	if (next) next(line);
	else buffered.push(line);
});
lines.on('close', () => waiting.splice(0).forEach(next => next(null)));

function nextLine() {
	if (buffered.length > 0) return Promise.resolve(buffered.shift());
	return new Promise(resolve => waiting.push(resolve));
}

function emit(message) {
	process.stdout.write(`${JSON.stringify(message)}\n`);
}

// Stands in for the library's HTTP Client: every Cognito call goes to the JUnit test.
const transport = {
	request(operation, params, callback) {
		emit({ type: 'request', operation, params });
		nextLine().then(line => {
			if (line === null) return callback(new Error('test closed stdin'));
			const reply = JSON.parse(line);
			if (reply.error) {
				const error = new Error(reply.error.message);
				error.code = reply.error.code;
				error.name = reply.error.code;
				return callback(error);
			}
			return callback(null, reply.data);
		});
	},
};

function signIn({ userPoolId, clientId, username, password }) {
	const pool = new CognitoUserPool({ UserPoolId: userPoolId, ClientId: clientId });
	pool.client = transport;
	const user = new CognitoUser({ Username: username, Pool: pool });
	user.client = transport;
	const details = new AuthenticationDetails({ Username: username, Password: password });
	return new Promise(resolve => {
		let done = false;
		const finish = result => {
			if (!done) {
				done = true;
				resolve(result);
			}
		};
		user.authenticateUser(details, {
			onSuccess: session =>
				finish({
					outcome: 'success',
					idToken: session.getIdToken().decodePayload(),
					valid: session.isValid(),
				}),
			onFailure: error =>
				finish({ outcome: 'failure', code: error.code || error.name, message: error.message }),
			newPasswordRequired: () => finish({ outcome: 'failure', code: 'unexpected NEW_PASSWORD_REQUIRED' }),
			mfaRequired: () => finish({ outcome: 'failure', code: 'unexpected SMS_MFA' }),
			totpRequired: () => finish({ outcome: 'failure', code: 'unexpected SOFTWARE_TOKEN_MFA' }),
			customChallenge: () => finish({ outcome: 'failure', code: 'unexpected CUSTOM_CHALLENGE' }),
		});
	});
}

for (;;) {
	const line = await nextLine();
	if (line === null) break;
	const command = JSON.parse(line);
	if (command.command === 'exit') break;
	if (command.command !== 'signIn') throw new Error(`unknown command ${line}`);
	emit({ type: 'result', ...(await signIn(command)) });
}
lines.close();
