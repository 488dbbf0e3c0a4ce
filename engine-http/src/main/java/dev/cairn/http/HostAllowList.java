package dev.cairn.http;

import java.net.InetAddress;
import java.net.URI;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The names the server answers to in the {@code Host} header: {@code localhost}, {@code 127.0.0.1},
 * {@code [::1]}, the bound address, the public endpoint's host, and the names the operator adds.
 *
 * <p>This is what defeats DNS rebinding: a web page on {@code evil.example} whose name the attacker
 * re-points at 127.0.0.1 reaches the server's port from the victim's browser, but the browser still
 * sends {@code Host: evil.example}, which is refused before any route runs.
 */
final class HostAllowList {

    private final Set<String> names = new TreeSet<>();

    HostAllowList(InetAddress bound, URI endpoint, Collection<String> added) {
        names.add("localhost");
        names.add("127.0.0.1");
        names.add("::1");
        if (!bound.isAnyLocalAddress()) names.add(bound.getHostAddress().toLowerCase(Locale.ROOT));
        if (endpoint.getHost() != null) names.add(normalize(endpoint.getHost()));
        for (String name : added) names.add(normalize(name));
    }

    /** Whether a {@code Host} header value ({@code name}, {@code name:port}, {@code [v6]:port}) names this server. */
    boolean allows(String host) {
        if (host == null) return false;
        String name = host;
        if (name.startsWith("[")) {
            int close = name.indexOf(']');
            if (close < 0) return false;
            name = name.substring(1, close);
        } else if (name.indexOf(':') >= 0) {
            name = name.substring(0, name.indexOf(':'));
        }
        return names.contains(normalize(name));
    }

    /** Lower case, without IPv6 brackets or a fully qualified name's trailing dot. */
    private static String normalize(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        if (n.startsWith("[") && n.endsWith("]")) n = n.substring(1, n.length() - 1);
        if (n.endsWith(".")) n = n.substring(0, n.length() - 1);
        return n;
    }
}
