package dev.cairn.core.hosted;

/** What {@code /oauth2/authorize} answers: a redirect, the hosted login page, or an error page when there is nowhere to redirect. */
public sealed interface AuthorizeAnswer {

    /** Go to {@code location}: the client's redirect_uri with a code, tokens or an error. */
    record Redirect(String location) implements AuthorizeAnswer {
        @Override
        public String toString() {
            return "Redirect[...]"; // it may carry a code or tokens
        }
    }

    /** The user must sign in on the hosted login page first. */
    record Login() implements AuthorizeAnswer {
    }

    /** The request cannot be answered at its redirect_uri (unknown client, unregistered URI). */
    record ErrorPage(String error, String description) implements AuthorizeAnswer {
    }
}
