package ado.core.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The default {@code User-Agent}: {@code ado4j/<version> Java/<version>}. */
public final class UserAgent {

    /** {@code ado4j/<version> Java/<version>}. */
    public static final String DEFAULT = "ado4j/" + version() + " Java/" + Runtime.version().feature();

    private UserAgent() {
    }

    private static String version() {
        try (InputStream in = UserAgent.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                var p = new Properties();
                p.load(in);
                String v = p.getProperty("version", "");
                if (!v.isBlank() && !v.startsWith("${")) {
                    return v;
                }
            }
        } catch (IOException e) {
            // fall through to the unknown version
        }
        return "dev";
    }
}
