package dev.cairn.core.device;

import dev.cairn.api.model.AttributeType;
import dev.cairn.api.model.DeviceType;

import java.util.ArrayList;
import java.util.List;

/** Renders a device in Cognito's DeviceType. */
public final class DeviceViews {

    private DeviceViews() {
    }

    public static DeviceType device(Devices.Device d) {
        List<AttributeType> attributes = new ArrayList<>();
        attributes.add(attribute("device_status", "valid"));
        if (d.name() != null) attributes.add(attribute("device_name", d.name()));
        attributes.add(attribute("dev:device_remembered_status", d.remembered() ? "remembered" : "not_remembered"));
        if (d.lastIpUsed() != null) attributes.add(attribute("last_ip_used", d.lastIpUsed()));
        return DeviceType.builder().deviceKey(d.deviceKey()).deviceAttributes(attributes).deviceCreateDate(d.createdAt())
                .deviceLastModifiedDate(d.lastModifiedAt()).deviceLastAuthenticatedDate(d.lastAuthenticatedAt()).build();
    }

    private static AttributeType attribute(String name, String value) {
        return AttributeType.builder().name(name).value(value).build();
    }
}
