package ado.emulator.junit;

import ado.core.AdoClient;
import ado.emulator.AdoEmulator;
import java.util.Objects;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts one emulator per test class and injects it, or an {@link AdoClient} pointed at it, into test methods and
 * lifecycle methods. Use {@code @ExtendWith(AdoEmulatorExtension.class)} for the seeded defaults, or register an
 * instance with options:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final AdoEmulatorExtension EMULATOR = new AdoEmulatorExtension(() -> AdoEmulator.builder().seeded(false));
 *
 * @Test
 * void projects_whenEmpty_areNone(AdoClient client, AdoEmulator emulator) {
 *     // client is set up for emulator, which has no projects: seeded(false)
 * }
 * }</pre>
 */
public final class AdoEmulatorExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(AdoEmulatorExtension.class);
    private final Supplier<AdoEmulator.Builder> options;

    /** An extension with the default, seeded emulator. */
    public AdoEmulatorExtension() {
        this(AdoEmulator::builder);
    }

    /**
     * An extension whose emulator is started from the builder {@code options} supplies.
     *
     * @param options supplies the builder, called once per test class
     */
    public AdoEmulatorExtension(Supplier<AdoEmulator.Builder> options) {
        this.options = Objects.requireNonNull(options, "options == null");
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        ExtensionContext.Store store = context.getStore(NS);
        if (store.get(AdoEmulator.class) != null) {
            return; // a nested class: the enclosing class's emulator is visible through the store
        }
        AdoEmulator emulator = options.get().start();
        store.put(AdoEmulator.class, emulator);
        store.put(AdoClient.class, emulator.client());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        // remove() only sees this class's own values, so a nested class never closes its enclosing class's emulator
        AdoEmulator emulator = context.getStore(NS).remove(AdoEmulator.class, AdoEmulator.class);
        if (emulator != null) {
            emulator.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == AdoEmulator.class || type == AdoClient.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Object value = context.getStore(NS).get(parameter.getParameter().getType());
        if (value == null) {
            throw new ParameterResolutionException("no emulator started for " + context.getDisplayName()
                    + "; register the extension on the test class");
        }
        return value;
    }
}
