package dev.cairn.http;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser as far as the hosted pages can tell, over plain java.net.http: it keeps cookies, does
 * not follow redirects by itself (a test looks at each), and submits a page's form with its hidden
 * fields (the CSRF token among them), as a user would.
 */
final class HostedBrowser {

    private static final Pattern FORM_ACTION = Pattern.compile("<form method=\"post\" action=\"([^\"]*)\"");
    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");

    final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI origin;

    HostedBrowser(URI origin) {
        this.origin = origin;
    }

    HttpResponse<String> get(String pathOrUrl) throws Exception {
        return http.send(HttpRequest.newBuilder(resolve(pathOrUrl)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String pathOrUrl, Map<String, String> form) throws Exception {
        return http.send(HttpRequest.newBuilder(resolve(pathOrUrl)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Fills in the page's form: its hidden fields, then {@code fields}; posts it to its action. */
    HttpResponse<String> submit(HttpResponse<String> page, Map<String, String> fields) throws Exception {
        Matcher action = FORM_ACTION.matcher(page.body());
        if (!action.find()) throw new AssertionError("No form on the page: " + page.body());
        Map<String, String> form = new LinkedHashMap<>();
        Matcher hidden = HIDDEN.matcher(page.body());
        while (hidden.find()) form.put(hidden.group(1), unescape(hidden.group(2)));
        form.putAll(fields);
        return post(unescape(action.group(1)), form);
    }

    /** Follows redirects on this origin until a page, or a redirect elsewhere (the client's callback), comes back. */
    HttpResponse<String> follow(HttpResponse<String> response) throws Exception {
        while (response.statusCode() == 302) {
            String location = location(response);
            if (!resolve(location).getAuthority().equals(origin.getAuthority())) return response;
            response = get(location);
        }
        return response;
    }

    static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElseThrow(() -> new AssertionError("No Location: " + response.statusCode()));
    }

    /** The query (or fragment) parameters of a URL. */
    static Map<String, String> params(String url, boolean fragment) {
        URI uri = URI.create(url);
        String raw = fragment ? uri.getRawFragment() : uri.getRawQuery();
        Map<String, String> params = new LinkedHashMap<>();
        if (raw == null) return params;
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }

    /** The target of the link with this text on a page. */
    static String unescapedLink(String page, String text) {
        Matcher m = Pattern.compile("<a [^>]*href=\"([^\"]*)\">" + Pattern.quote(text) + "</a>").matcher(page);
        if (!m.find()) throw new AssertionError("No link " + text + " on the page: " + page);
        return unescape(m.group(1));
    }

    private URI resolve(String pathOrUrl) {
        return pathOrUrl.startsWith("http") ? URI.create(pathOrUrl) : origin.resolve(pathOrUrl);
    }

    static String encode(Map<String, String> form) {
        StringBuilder b = new StringBuilder();
        form.forEach((k, v) -> {
            if (b.length() > 0) b.append('&');
            b.append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
        });
        return b.toString();
    }

    private static String unescape(String s) {
        return s.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
