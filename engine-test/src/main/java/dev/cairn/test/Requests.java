package dev.cairn.test;

import dev.cairn.api.model.AdminCreateUserRequest;
import dev.cairn.api.model.AttributeType;
import dev.cairn.api.model.CreateGroupRequest;
import dev.cairn.api.model.CreateUserPoolClientRequest;
import dev.cairn.api.model.CreateUserPoolRequest;

import java.util.ArrayList;
import java.util.List;

/** Short forms of the requests tests make most, with everything else at Cognito's defaults. */
public final class Requests {

    private Requests() {
    }

    public static CreateUserPoolRequest createUserPool(String name) {
        return CreateUserPoolRequest.builder().poolName(name).build();
    }

    public static CreateUserPoolClientRequest createClient(String poolId, String name) {
        return CreateUserPoolClientRequest.builder().userPoolId(poolId).clientName(name).build();
    }

    public static CreateGroupRequest createGroup(String poolId, String name) {
        return CreateGroupRequest.builder().userPoolId(poolId).groupName(name).build();
    }

    /** AdminCreateUser without an invitation; {@code attributes} alternate names and values. */
    public static AdminCreateUserRequest adminCreateUser(String poolId, String username, String... attributes) {
        return AdminCreateUserRequest.builder().userPoolId(poolId).username(username)
                .userAttributes(attributes(attributes)).messageAction("SUPPRESS").build();
    }

    /** Attributes from alternating names and values: {@code attributes("email", "a@example.com")}. */
    public static List<AttributeType> attributes(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) throw new IllegalArgumentException("names and values must alternate");
        List<AttributeType> list = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            list.add(AttributeType.builder().name(namesAndValues[i]).value(namesAndValues[i + 1]).build());
        }
        return list;
    }
}
