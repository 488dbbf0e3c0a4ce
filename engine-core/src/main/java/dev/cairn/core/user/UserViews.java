package dev.cairn.core.user;

import dev.cairn.api.model.AdminGetUserResponse;
import dev.cairn.api.model.AttributeType;
import dev.cairn.api.model.MFAOptionType;
import dev.cairn.api.model.UserType;

import java.util.Collection;
import java.util.List;

/** Renders a {@link UserState} in the shapes Cognito answers with. */
public final class UserViews {

    private UserViews() {
    }

    public static List<AttributeType> attributes(UserState u, Collection<String> only) {
        return u.attributes().entrySet().stream()
                .filter(e -> only == null || only.contains(e.getKey()))
                .map(e -> AttributeType.builder().name(e.getKey()).value(e.getValue()).build()).toList();
    }

    public static UserType userType(UserState u, Collection<String> only) {
        return UserType.builder().username(u.username()).attributes(attributes(u, only))
                .userCreateDate(u.createdAt()).userLastModifiedDate(u.modifiedAt())
                .enabled(u.enabled()).userStatus(u.userStatus().name()).build();
    }

    public static AdminGetUserResponse adminGetUser(UserState u) {
        return AdminGetUserResponse.builder().username(u.username()).userAttributes(attributes(u, null))
                .userCreateDate(u.createdAt()).userLastModifiedDate(u.modifiedAt())
                .enabled(u.enabled()).userStatus(u.userStatus().name())
                .mfaOptions(mfaOptions(u)).preferredMfaSetting(u.mfaState().preferred()).userMFASettingList(mfaSettingList(u)).build();
    }

    /** The legacy MFAOptions: SMS to phone_number while SMS MFA is on; absent otherwise, as Cognito leaves it out. */
    public static List<MFAOptionType> mfaOptions(UserState u) {
        return u.mfaState().enabled().contains("SMS_MFA")
                ? List.of(MFAOptionType.builder().deliveryMedium("SMS").attributeName("phone_number").build()) : null;
    }

    /** The factors on; absent when none is, as Cognito leaves it out. */
    public static List<String> mfaSettingList(UserState u) {
        return u.mfaState().enabled().isEmpty() ? null : u.mfaState().enabled();
    }
}
