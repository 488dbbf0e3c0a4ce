// Signs in with CUSTOM_AUTH through the real amazon-cognito-identity-js client against a Cairn
// server whose pool runs DefineAuthChallenge / CreateAuthChallenge / VerifyAuthChallengeResponse:
// initiateAuth with the CUSTOM_AUTH flow, then the customChallenge callback answers with
// sendCustomChallengeAnswer, first wrongly, then rightly. Prints one JSON line with the challenge
// parameters it saw and the tokens, or {"error": ...}.
//
//   node custom-auth-over-http.mjs <endpoint> <userPoolId> <clientId> <username> <wrongAnswer> <rightAnswer>
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { AuthenticationDetails, CognitoUser, CognitoUserPool } = require('amazon-cognito-identity-js');

const [endpoint, userPoolId, clientId, username, wrongAnswer, rightAnswer] = process.argv.slice(2);
const pool = new CognitoUserPool({ UserPoolId: userPoolId, ClientId: clientId, endpoint });

function signIn() {
	return new Promise((resolve, reject) => {
		const user = new CognitoUser({ Username: username, Pool: pool });
		user.setAuthenticationFlowType('CUSTOM_AUTH');
		const challenges = [];
		const callbacks = {
			onSuccess: session => resolve({
				challenges,
				idToken: session.getIdToken().getJwtToken(),
				accessToken: session.getAccessToken().getJwtToken(),
				refreshToken: session.getRefreshToken().getToken(),
			}),
			onFailure: err => reject(err),
			customChallenge: parameters => {
				challenges.push(parameters);
				user.sendCustomChallengeAnswer(challenges.length === 1 ? wrongAnswer : rightAnswer, callbacks);
			},
		};
		user.initiateAuth(new AuthenticationDetails({ Username: username }), callbacks);
	});
}

try {
	console.log(JSON.stringify(await signIn()));
} catch (e) {
	console.log(JSON.stringify({ error: `${e.code || e.name}: ${e.message}` }));
	process.exit(1);
}
