package dev.cairn.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the access keys file of {@code --access-keys}: one key a line, its access key id and its
 * secret access key separated by white space; blank lines and lines starting with {@code #} are
 * skipped.
 *
 * <pre>
 * # who          secret
 * AKIDADMINTOOL  wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
 * </pre>
 */
final class AccessKeys {

    private AccessKeys() {
    }

    /**
     * @return the secret access key of each access key id
     * @throws IllegalArgumentException naming the line at fault (never its secret), or for a file with no key
     */
    static Map<String, String> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the access keys file " + file + ": " + e.getMessage(), e);
        }
        Map<String, String> secrets = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] pair = line.split("\\s+");
            if (pair.length != 2 || !pair[0].matches("[A-Za-z0-9]{1,128}")) {
                throw new IllegalArgumentException(file + " line " + (i + 1) + ": expected an access key id (letters and digits) and its secret, separated by white space");
            }
            if (secrets.put(pair[0], pair[1]) != null) throw new IllegalArgumentException(file + " line " + (i + 1) + ": access key id " + pair[0] + " given twice");
        }
        if (secrets.isEmpty()) throw new IllegalArgumentException(file + " holds no access key");
        return secrets;
    }
}
