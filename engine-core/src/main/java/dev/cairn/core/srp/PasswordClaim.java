package dev.cairn.core.srp;

/**
 * A client's proof of its password in a PASSWORD_VERIFIER or DEVICE_PASSWORD_VERIFIER response.
 * Components are the raw strings as received; {@link SrpServerSession#verify} validates them.
 *
 * @param secretBlock PASSWORD_CLAIM_SECRET_BLOCK, the SECRET_BLOCK echoed back
 * @param timestamp   TIMESTAMP, see {@link CognitoTimestamp}
 * @param signature   PASSWORD_CLAIM_SIGNATURE, base64 of the HMAC-SHA256
 */
public record PasswordClaim(String secretBlock, String timestamp, String signature) {
}
