package dev.cairn.core.userdevices;

import dev.cairn.api.error.InvalidParameterException;
import dev.cairn.api.model.AdminForgetDeviceRequest;
import dev.cairn.api.model.AdminGetDeviceRequest;
import dev.cairn.api.model.AdminGetDeviceResponse;
import dev.cairn.api.model.AdminListDevicesRequest;
import dev.cairn.api.model.AdminListDevicesResponse;
import dev.cairn.api.model.AdminUpdateDeviceStatusRequest;
import dev.cairn.api.model.AdminUpdateDeviceStatusResponse;
import dev.cairn.api.model.ConfirmDeviceRequest;
import dev.cairn.api.model.ConfirmDeviceResponse;
import dev.cairn.api.model.DeviceType;
import dev.cairn.api.model.ForgetDeviceRequest;
import dev.cairn.api.model.GetDeviceRequest;
import dev.cairn.api.model.GetDeviceResponse;
import dev.cairn.api.model.ListDevicesRequest;
import dev.cairn.api.model.ListDevicesResponse;
import dev.cairn.api.model.UpdateDeviceStatusRequest;
import dev.cairn.api.model.UpdateDeviceStatusResponse;
import dev.cairn.core.auth.AccessTokens;
import dev.cairn.core.axon.AxonRuntime;
import dev.cairn.core.device.DeviceViews;
import dev.cairn.core.device.Devices;
import dev.cairn.core.engine.PageTokens;
import dev.cairn.core.json.Json;
import dev.cairn.core.storage.DeviceStore;
import dev.cairn.api.error.ResourceNotFoundException;
import dev.cairn.core.user.Commands;
import dev.cairn.core.user.UserDirectory;
import dev.cairn.core.user.UserState;
import dev.cairn.core.userpool.PoolDirectory;

import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A user's devices: confirming the device a sign-in issued, reading and listing devices, marking
 * them remembered or not, and forgetting them, by the user with its access token or by an
 * administrator. The User aggregate decides (see {@code dev.cairn.core.device}); reads come from
 * the device read model ({@link DeviceStore}, kept by the device projection).
 */
public final class UserDeviceService {

    /** ListDevices answers at most this many devices a page (the model's maximum Limit). */
    static final int MAX_LIMIT = 60;

    private final AxonRuntime axon;
    private final PoolDirectory pools;
    private final UserDirectory users;
    private final DeviceStore devices;
    private final Clock clock;
    private final AccessTokens accessTokens;
    private final PageTokens pageTokens;

    public UserDeviceService(AxonRuntime axon, PoolDirectory pools, UserDirectory users, DeviceStore devices, Clock clock,
                             AccessTokens accessTokens, PageTokens pageTokens) {
        this.devices = devices;
        this.axon = axon;
        this.pools = pools;
        this.users = users;
        this.clock = clock;
        this.accessTokens = accessTokens;
        this.pageTokens = pageTokens;
    }

    public Supplier<ConfirmDeviceResponse> confirmDevice(ConfirmDeviceRequest r) {
        AccessTokens.Verified v = accessTokens.verify(r.accessToken(), clock.instant());
        var config = v.pool().settings().deviceConfiguration();
        boolean onPrompt = config != null && Boolean.TRUE.equals(config.deviceOnlyRememberedOnUserPrompt());
        var secret = r.deviceSecretVerifierConfig();
        if (secret == null) throw new InvalidParameterException("Missing required parameter DeviceSecretVerifierConfig");
        String sourceIp = AxonRuntime.currentContext().sourceIp();
        asUser(v, user -> new Commands.ConfirmDevice(user.sub(), r.deviceKey(), secret.salt(), secret.passwordVerifier(), r.deviceName(),
                onPrompt, sourceIp));
        return () -> ConfirmDeviceResponse.builder().userConfirmationNecessary(onPrompt).build();
    }

    public GetDeviceResponse getDevice(GetDeviceRequest r) {
        UserState user = accessTokens.verify(r.accessToken(), clock.instant()).user();
        return GetDeviceResponse.builder().device(DeviceViews.device(device(user, r.deviceKey()))).build();
    }

    public AdminGetDeviceResponse adminGetDevice(AdminGetDeviceRequest r) {
        UserState user = users.require(pools.require(r.userPoolId()), r.username());
        return AdminGetDeviceResponse.builder().device(DeviceViews.device(device(user, r.deviceKey()))).build();
    }

    public ListDevicesResponse listDevices(ListDevicesRequest r) {
        UserState user = accessTokens.verify(r.accessToken(), clock.instant()).user();
        Page page = page(user, r.limit(), r.paginationToken());
        return ListDevicesResponse.builder().devices(page.devices()).paginationToken(page.next()).build();
    }

    public AdminListDevicesResponse adminListDevices(AdminListDevicesRequest r) {
        UserState user = users.require(pools.require(r.userPoolId()), r.username());
        Page page = page(user, r.limit(), r.paginationToken());
        return AdminListDevicesResponse.builder().devices(page.devices()).paginationToken(page.next()).build();
    }

    public Supplier<UpdateDeviceStatusResponse> updateDeviceStatus(UpdateDeviceStatusRequest r) {
        asUser(accessTokens.verify(r.accessToken(), clock.instant()),
                user -> new Commands.UpdateDeviceStatus(user.sub(), r.deviceKey(), r.deviceRememberedStatus()));
        return () -> UpdateDeviceStatusResponse.builder().build();
    }

    public Supplier<AdminUpdateDeviceStatusResponse> adminUpdateDeviceStatus(AdminUpdateDeviceStatusRequest r) {
        UserState user = users.require(pools.require(r.userPoolId()), r.username());
        axon.send(new Commands.UpdateDeviceStatus(user.sub(), r.deviceKey(), r.deviceRememberedStatus()));
        return () -> AdminUpdateDeviceStatusResponse.builder().build();
    }

    public void forgetDevice(ForgetDeviceRequest r) {
        if (r.accessToken() == null) throw new InvalidParameterException("Missing required parameter AccessToken");
        asUser(accessTokens.verify(r.accessToken(), clock.instant()), user -> new Commands.ForgetDevice(user.sub(), r.deviceKey()));
    }

    public void adminForgetDevice(AdminForgetDeviceRequest r) {
        UserState user = users.require(pools.require(r.userPoolId()), r.username());
        axon.send(new Commands.ForgetDevice(user.sub(), r.deviceKey()));
    }

    private void asUser(AccessTokens.Verified v, Function<UserState, Object> command) {
        axon.actingAsUser(v.user().sub(), (String) v.claims().get("client_id"), () -> axon.send(command.apply(v.user())));
    }

    private record Page(List<DeviceType> devices, String next) {
    }

    private Devices.Device device(UserState user, String deviceKey) {
        return devices.get(user.userPoolId(), user.sub(), deviceKey).map(d -> Json.read(d, Devices.Device.class))
                .orElseThrow(() -> new ResourceNotFoundException("Device does not exist."));
    }

    /** The user's devices in device key order, {@code limit} at a time (60 at most), after the token's device. */
    private Page page(UserState user, Integer limit, String token) {
        int size = limit == null ? MAX_LIMIT : Math.min(limit, MAX_LIMIT);
        String list = "devices:" + user.userPoolId() + "/" + user.sub();
        String after = token == null ? null : pageTokens.decode(list, token, 1).get(0);
        List<Devices.Device> found = devices.list(user.userPoolId(), user.sub(), after, size + 1).stream()
                .map(d -> Json.read(d, Devices.Device.class)).toList();
        List<Devices.Device> shown = found.size() > size ? found.subList(0, size) : found;
        return new Page(shown.stream().map(DeviceViews::device).toList(),
                found.size() > size ? pageTokens.encode(list, shown.get(shown.size() - 1).deviceKey()) : null);
    }
}
