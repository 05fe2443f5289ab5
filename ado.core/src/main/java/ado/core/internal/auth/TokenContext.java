package ado.core.internal.auth;

import ado.core.auth.EntraTokens;
import ado.core.error.AdoConfigurationException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What every built-in flow shares: where environment variables come from, the Entra authority, the IMDS endpoint,
 * the HTTP sender, the clock and the command runner for {@code az}.
 *
 * @param environment reads an environment variable, {@code null} when unset
 * @param authority   the Entra authority host, ending with {@code /}
 * @param imds        the IMDS base URL, such as {@code http://169.254.169.254}
 * @param http        sends the token requests
 * @param clock       for {@code expires_in}
 * @param runner      runs {@code az}
 * @param cliTimeout  how long {@code az} may take
 */
public record TokenContext(Function<String, String> environment, URI authority, URI imds, TokenHttp http,
                           Clock clock, EntraTokens.CommandRunner runner, Duration cliTimeout) {

    /** {@return the variable {@code name}, empty when unset or blank} */
    public Optional<String> variable(String name) {
        return Optional.ofNullable(environment.apply(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    /**
     * {@return the values of the variables {@code names}, by name}
     *
     * @throws AdoConfigurationException naming {@code flow} and every variable that is not set
     */
    public Map<String, String> required(String flow, String... names) {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (String name : names) {
            variable(name).ifPresentOrElse(v -> values.put(name, v), () -> missing.add(name));
        }
        if (!missing.isEmpty()) {
            throw new AdoConfigurationException(flow + ": environment variable" + (missing.size() == 1 ? " " : "s ")
                    + String.join(", ", missing) + (missing.size() == 1 ? " is" : " are") + " not set");
        }
        return values;
    }
}
