package dev.cairn.http;

import dev.cairn.core.CairnEngine;
import dev.cairn.core.userimport.UserImportService;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * {@code PUT /_user-import/{jobId}?token=...}: the pre-signed URL of a user import job, where the
 * job's CSV file is uploaded as it would be to S3 (any content type). Open to anyone holding the
 * URL, as a pre-signed URL is; the token is the job's alone and good only until the job starts; the
 * file is at most {@link UserImportService#MAX_FILE_BYTES}. In local mode and out of it.
 */
final class UserImportRoute {

    static final String PREFIX = "/_user-import/";
    private final CairnEngine engine;

    UserImportRoute(CairnEngine engine) {
        this.engine = engine;
    }

    static boolean owns(String method, String path) {
        return method.equals("PUT") && path.startsWith(PREFIX);
    }

    Reply handle(String path, String query, byte[] body) {
        String jobId = path.substring(PREFIX.length());
        boolean accepted = engine.uploadUserImportFile(jobId, token(query).orElse(null), body);
        // S3 answers a bad or spent pre-signed URL with 403 AccessDenied.
        return accepted ? new Reply(200, new byte[0], null)
                : Reply.error(403, "AccessDenied", "The URL is not the pre-signed URL of an import job waiting for its file.");
    }

    private static Optional<String> token(String query) {
        if (query == null) return Optional.empty();
        for (String pair : query.split("&")) {
            if (pair.startsWith("token=")) return Optional.of(URLDecoder.decode(pair.substring(6), StandardCharsets.UTF_8));
        }
        return Optional.empty();
    }
}
