package dev.cairn.http;

import dev.cairn.core.crypto.DataKey;
import dev.cairn.core.storage.Storage;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * The server jar's key commands, besides serving:
 * <pre>
 * java -jar cairn-server.jar new-master-key &gt; master.key
 * java -jar cairn-server.jar rotate-master-key --new-master-key-file NEW [--master-key-file OLD] [storage options]
 * </pre>
 * Rotation seals the database's data key under the new master key (the old one, from
 * {@code --master-key-file} or {@code CAIRN_MASTER_KEY}, opens it; without one, a data key kept in
 * the clear is sealed for the first time). Servers on the database keep running: the data key does
 * not change; start them with the new key from then on.
 */
final class MasterKeyCommands {

    static final String USAGE = """
            Key commands:
              java -jar cairn-server.jar new-master-key
                  prints a new 32-byte master key in base64, for --master-key-file or CAIRN_MASTER_KEY
              java -jar cairn-server.jar rotate-master-key --new-master-key-file FILE [--master-key-file FILE] [storage options]
                  seals the database's data key under the new master key instead of the current one
            """;

    private MasterKeyCommands() {
    }

    /** Whether {@code args} names a key command rather than server options. */
    static boolean isCommand(String[] args) {
        return args.length > 0 && (args[0].equals("new-master-key") || args[0].equals("rotate-master-key"));
    }

    /** Runs the command; answers the process's exit status. */
    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        if (args[0].equals("new-master-key")) {
            out.println(MasterKeys.generate());
            return 0;
        }
        try {
            String[] rest = Arrays.copyOfRange(args, 1, args.length);
            Path newKeyFile = null;
            for (int i = 0; i < rest.length - 1; i++) {
                if (rest[i].equals("--new-master-key-file")) newKeyFile = Path.of(rest[i + 1]);
            }
            if (newKeyFile == null) throw new IllegalArgumentException("rotate-master-key needs --new-master-key-file FILE");
            ServerConfig config = ServerConfig.parse(without(rest, "--new-master-key-file"), env);
            byte[] newKey = MasterKeys.read(newKeyFile);
            byte[] oldKey = MasterKeys.of(config.masterKeyFile(), env);
            try (Storage storage = StorageFactory.standard().open(config)) {
                DataKey.rotate(storage, oldKey, newKey);
            }
            out.println("The data key is now sealed under the master key in " + newKeyFile + "; start servers with it.");
            return 0;
        } catch (RuntimeException e) {
            err.println("rotate-master-key: " + e.getMessage());
            err.print(USAGE);
            return e instanceof IllegalArgumentException ? 2 : 1;
        }
    }

    private static String[] without(String[] args, String flag) {
        return java.util.stream.IntStream.range(0, args.length)
                .filter(i -> !args[i].equals(flag) && (i == 0 || !args[i - 1].equals(flag)))
                .mapToObj(i -> args[i]).toArray(String[]::new);
    }
}
