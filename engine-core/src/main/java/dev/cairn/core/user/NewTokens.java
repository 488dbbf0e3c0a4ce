package dev.cairn.core.user;

import java.time.Instant;

/**
 * What a successful sign-in records of the tokens it is about to issue: the origin jti that ties
 * the access and ID tokens to their refresh token, the refresh token's hash (never the token) and
 * expiry, and the device it is bound to, if any. With {@code newDeviceGroupKey}, the device key is
 * a new one this sign-in issues (NewDeviceMetadata), the pool tracking devices.
 */
public record NewTokens(String originJti, String refreshTokenHash, Instant refreshTokenExpiresAt, String deviceKey, String newDeviceGroupKey) {
}
