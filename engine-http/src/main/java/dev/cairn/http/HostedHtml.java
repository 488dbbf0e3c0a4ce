package dev.cairn.http;

import dev.cairn.api.error.CognitoException;
import dev.cairn.api.model.GetUICustomizationRequest;
import dev.cairn.api.model.UICustomizationType;
import dev.cairn.core.CairnEngine;

/**
 * The frame of every hosted page: a plain, readable default style with Cognito's customizable class
 * names on its elements ({@code submitButton-customizable}, {@code inputField-customizable} ...), so
 * that a pool's UI customization applies as it does on Cognito's classic hosted UI.
 */
final class HostedHtml {

    private static final String DEFAULT_CSS = """
            body{font-family:system-ui,sans-serif;background:#f4f4f4;margin:0}
            .modal-content{max-width:360px;margin:48px auto;background:#fff;padding:24px 32px;border-radius:6px;box-shadow:0 1px 4px rgba(0,0,0,.2)}
            label{display:block;margin-top:12px;font-size:14px}
            input{display:block;width:100%;box-sizing:border-box;padding:8px;margin-top:4px;font-size:15px}
            button{margin-top:18px;width:100%;padding:10px;font-size:15px;background:#337ab7;color:#fff;border:0;border-radius:4px;cursor:pointer}
            .errorMessage-customizable{color:#a94442;background:#f2dede;padding:8px;border-radius:4px}
            .logo-customizable{max-width:100%;max-height:100px}
            """;

    private HostedHtml() {
    }

    /**
     * A whole page.
     *
     * @param engine   the engine whose UI customization applies, or null for a page of no pool (an error page)
     * @param pool     the pool, or null
     * @param clientId the app client the page is shown for, or null
     */
    static String page(String title, String body, CairnEngine engine, String pool, String clientId) {
        UICustomizationType look = engine == null ? null : customization(engine, pool, clientId);
        // The pool's CSS was checked when it was set: allowed classes only, no markup, no url().
        String css = look == null || look.css() == null ? "" : "\n" + look.css();
        String logo = look == null || look.imageUrl() == null ? ""
                : "<center><img class=\"logo-customizable\" alt=\"logo\" src=\"" + esc(look.imageUrl()) + "\"></center>";
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + esc(title) + "</title><style>" + DEFAULT_CSS + css + "</style></head><body>"
                + "<div class=\"modal-content background-customizable\"><div class=\"banner-customizable\">" + logo + "</div>" + body + "</div></body></html>";
    }

    /** The client's customization, or the pool's; the pool's when the client is not one of the pool's. */
    private static UICustomizationType customization(CairnEngine engine, String pool, String clientId) {
        try {
            return engine.getUICustomization(GetUICustomizationRequest.builder().userPoolId(pool).clientId(clientId).build()).uiCustomization();
        } catch (CognitoException e) {
            return engine.getUICustomization(GetUICustomizationRequest.builder().userPoolId(pool).build()).uiCustomization();
        }
    }

    /** An error message above a form, or nothing. */
    static String message(String error) {
        return error == null ? "" : "<p class=\"errorMessage-customizable\" id=\"error\">" + esc(error) + "</p>";
    }

    /** A labelled input. */
    static String field(String label, String name, String type, String autocomplete) {
        return "<label class=\"label-customizable\" for=\"" + name + "\">" + esc(label) + "</label><input class=\"inputField-customizable\" id=\""
                + name + "\" name=\"" + name + "\" type=\"" + type + "\" autocomplete=\"" + autocomplete + "\" required>";
    }

    static String hidden(String name, String value) {
        return value == null ? "" : "<input type=\"hidden\" name=\"" + name + "\" value=\"" + esc(value) + "\">";
    }

    static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
