package dev.cairn.core.audit;

import dev.cairn.api.audit.HistoryEntry;
import dev.cairn.api.audit.UserChange;
import dev.cairn.core.device.Devices;
import dev.cairn.core.user.UserEvolution;
import dev.cairn.core.user.UserState;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A user's history folded with {@link UserEvolution}, compared facet by facet before and after each
 * event in the window: which attributes, status, enabled flag, groups, confirmed devices and second
 * factors changed, by which event, and who acted.
 */
final class UserDiffs {

    private UserDiffs() {
    }

    static java.util.List<UserChange> between(java.util.List<HistoryEntry> history, Instant from, Instant to) {
        UserState state = null;
        java.util.List<UserChange> changes = new ArrayList<>();
        for (HistoryEntry e : history) {
            if (e.at().isAfter(to)) break;
            UserState next = UserEvolution.apply(state, e.event(), e.at());
            if (e.at().isAfter(from)) compare(state, next, e, changes);
            state = next;
        }
        return changes;
    }

    private static void compare(UserState before, UserState after, HistoryEntry e, java.util.List<UserChange> out) {
        each("attribute", attributes(before), attributes(after), e, out);
        one("status", before == null || before.userStatus() == null ? null : before.userStatus().name(),
                after == null || after.userStatus() == null ? null : after.userStatus().name(), e, out);
        one("enabled", before == null ? null : String.valueOf(before.enabled()), after == null ? null : String.valueOf(after.enabled()), e, out);
        each("group", members(before == null ? null : before.groups()), members(after == null ? null : after.groups()), e, out);
        each("device", devices(before), devices(after), e, out);
        each("factor", factors(before), factors(after), e, out);
    }

    private static Map<String, String> attributes(UserState s) {
        return s == null ? Map.of() : new TreeMap<>(s.attributes());
    }

    private static Map<String, String> members(java.util.Set<String> groups) {
        Map<String, String> out = new TreeMap<>();
        if (groups != null) groups.forEach(g -> out.put(g, "member"));
        return out;
    }

    /** Confirmed devices by key, each as its name and whether it is remembered. */
    private static Map<String, String> devices(UserState s) {
        Map<String, String> out = new TreeMap<>();
        if (s == null || s.devices() == null) return out;
        for (Devices.Device d : s.devices().byKey().values()) {
            if (d.confirmed()) out.put(d.deviceKey(), (d.name() == null ? "" : d.name()) + (d.remembered() ? " (remembered)" : " (not remembered)"));
        }
        return out;
    }

    /** The second factors on, which one is preferred, and whether an authenticator app is verified. */
    private static Map<String, String> factors(UserState s) {
        Map<String, String> out = new TreeMap<>();
        if (s == null || s.mfa() == null) return out;
        for (String factor : s.mfa().enabled()) out.put(factor, factor.equals(s.mfa().preferred()) ? "enabled, preferred" : "enabled");
        if (s.mfa().softwareTokenVerified()) out.put("SOFTWARE_TOKEN", "verified");
        return out;
    }

    private static void each(String facet, Map<String, String> before, Map<String, String> after, HistoryEntry e, java.util.List<UserChange> out) {
        TreeSet<String> names = new TreeSet<>(before.keySet());
        names.addAll(after.keySet());
        for (String name : names) {
            if (!Objects.equals(before.get(name), after.get(name))) {
                out.add(new UserChange(e.at(), facet, name, before.get(name), after.get(name), e.type(), e.context()));
            }
        }
    }

    private static void one(String facet, String before, String after, HistoryEntry e, java.util.List<UserChange> out) {
        if (!Objects.equals(before, after)) out.add(new UserChange(e.at(), facet, facet, before, after, e.type(), e.context()));
    }
}
