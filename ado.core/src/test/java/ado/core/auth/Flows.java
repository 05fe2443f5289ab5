package ado.core.auth;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;

/** Shared test values: IDs, secrets that must never leak, and flows pointed at a {@link TokenServer}. */
final class Flows {

    static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final String TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    static final String CLIENT = "0e5a4b1c-1111-2222-3333-444455556666";
    static final String SECRET = "clientSECRETdoNotLeak";
    static final String TOKEN = "eyACCESStokenDoNotLeak";
    static final String JOB_TOKEN = "jobTOKENdoNotLeak";
    static final String TOKEN_PATH = "/" + TENANT + "/oauth2/v2.0/token";
    static final String IMDS_PATH = "/metadata/identity/oauth2/token";

    private Flows() {
    }

    /** {@return flows whose authority and IMDS are {@code server}, reading {@code env}, at a fixed clock} */
    static EntraTokens.Builder against(TokenServer server, Map<String, String> env) {
        return EntraTokens.builder().environment(env::get).authorityHost(server.uri()).imdsEndpoint(server.uri())
                .clock(CLOCK).commandRunner((command, timeout) -> {
                    throw new java.io.IOException("Cannot run program \"az\": error=2, No such file or directory");
                });
    }

    /** {@return an unsigned JWT whose payload is {@code {"exp": <exp>, "sub": <subject>}}} */
    static String jwt(Instant exp, String subject) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(("{\"exp\":" + exp.getEpochSecond() + ",\"sub\":\"" + subject + "\"}")
                .getBytes(StandardCharsets.UTF_8)) + ".c2ln";
    }
}
