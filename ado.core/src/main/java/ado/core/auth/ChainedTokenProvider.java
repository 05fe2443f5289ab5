package ado.core.auth;

import ado.core.error.AdoConfigurationException;
import ado.core.error.AdoException;
import ado.core.spi.AccessTokenProvider;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Tries several token flows in order and sticks to the first that gives a token. A flow that fails with an
 * {@link AdoException} (not set up here, endpoint unreachable, refused) is skipped and the next one is tried;
 * when none works, the {@link AdoConfigurationException} lists every flow with the reason it was skipped. Once a
 * flow has worked, later fetches use only that flow, so the identity never changes during a run. Thread-safe:
 * fetches are serialised, so two threads never try the flows at once.
 */
public final class ChainedTokenProvider implements AccessTokenProvider {

    private static final System.Logger LOG = System.getLogger("ado.core.auth");

    private final String name;
    private final List<AccessTokenProvider> flows;
    private volatile AccessTokenProvider chosen;

    private ChainedTokenProvider(String name, List<AccessTokenProvider> flows) {
        this.name = name;
        this.flows = flows;
    }

    /**
     * {@return a chain of {@code flows}, tried in the given order}
     *
     * @param name the chain's name, for messages and logs
     * @param flows the flows to try, in order; copied
     * @throws IllegalArgumentException if {@code flows} is empty or {@code name} blank
     */
    public static ChainedTokenProvider of(String name, List<? extends AccessTokenProvider> flows) {
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(flows, "flows == null");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        if (flows.isEmpty()) {
            throw new IllegalArgumentException("flows must not be empty");
        }
        return new ChainedTokenProvider(name, List.copyOf(flows));
    }

    /**
     * {@return a token from the flow chosen earlier, else from the first flow that gives one}
     *
     * @throws AdoConfigurationException if no flow gives a token; the message names each flow and its reason
     */
    @Override
    public synchronized AccessToken fetchToken() {
        AccessTokenProvider current = chosen;
        if (current != null) {
            return current.fetchToken();
        }
        List<String> reasons = new ArrayList<>();
        for (AccessTokenProvider flow : flows) {
            try {
                AccessToken token = flow.fetchToken();
                chosen = flow;
                LOG.log(Level.INFO, () -> "Chain " + name + ": using " + flow.name()
                        + (reasons.isEmpty() ? "" : " after skipping: " + String.join("; ", reasons)));
                return token;
            } catch (AdoException e) {
                reasons.add(e.getMessage());
                LOG.log(Level.DEBUG, () -> "Chain " + name + ": skipped " + flow.name() + ": " + e.getMessage());
            }
        }
        throw new AdoConfigurationException("No token flow of the " + name + " chain worked; tried in order:\n  - "
                + String.join("\n  - ", reasons));
    }

    /** {@return the name of the chosen flow, else the chain's} */
    @Override
    public String name() {
        AccessTokenProvider current = chosen;
        return current != null ? current.name() : "chain " + name;
    }

    /** {@return the flows in order} */
    public List<AccessTokenProvider> flows() {
        return flows;
    }

    @Override
    public String toString() {
        return "ChainedTokenProvider[" + name + ", " + flows.stream().map(AccessTokenProvider::name).toList() + "]";
    }
}
