package ado.core.internal.http;

import java.security.KeyManagementException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Objects;
import java.util.function.Supplier;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;

/**
 * The JVM's default TLS context, initialised on the first TLS connection instead of when the HTTP client is built.
 *
 * <p>{@code HttpClient.build()} asks its context for the default TLS parameters at once; for
 * {@link SSLContext#getDefault()} that means loading and parsing the whole trust store (about a fifth of a cold
 * process's time to its first response), even when every request goes to an {@code http://} server such as the
 * emulator or an on-premises Azure DevOps Server. This context answers that question from a context of the same JSSE
 * implementation that holds no key or trust material (the protocol and cipher suite defaults do not depend on them),
 * and hands every engine, socket factory and session question to {@code SSLContext.getDefault()}, fetched on first
 * use: certificates are checked by the default context exactly as before. Used by ado.core only when the
 * organisation URL is {@code http://} and the caller configured no TLS context or HTTP client of its own.
 */
public final class LazyDefaultTls extends SSLContext {

    private final Spi spi;

    private LazyDefaultTls(Spi spi, SSLContext parameters) {
        super(spi, parameters.getProvider(), parameters.getProtocol());
        this.spi = spi;
    }

    /**
     * {@return a context that defers {@link SSLContext#getDefault()} to its first TLS connection}
     *
     * @throws IllegalStateException if the JVM has no "TLS" context to take default parameters from
     */
    public static SSLContext create() {
        return create(LazyDefaultTls::jvmDefault);
    }

    /**
     * {@return the same, with {@code real} standing for {@link SSLContext#getDefault()} (for tests)}
     *
     * @param real called once, on the first TLS connection
     */
    public static SSLContext create(Supplier<SSLContext> real) {
        SSLContext parameters = parametersOnly();
        return new LazyDefaultTls(new Spi(parameters, real), parameters);
    }

    /** {@return whether {@code context} is one of these and has not fetched the default context yet} */
    public static boolean deferred(SSLContext context) {
        return context instanceof LazyDefaultTls lazy && lazy.spi.fetched == null;
    }

    private static SSLContext parametersOnly() {
        try {
            SSLContext c = SSLContext.getInstance("TLS");
            c.init(new KeyManager[0], new TrustManager[0], new SecureRandom());
            return c;
        } catch (NoSuchAlgorithmException | KeyManagementException e) {
            throw new IllegalStateException("no TLS context in this JVM: " + e.getMessage(), e);
        }
    }

    private static SSLContext jvmDefault() {
        try {
            return SSLContext.getDefault();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no default TLS context in this JVM: " + e.getMessage(), e);
        }
    }

    private static final class Spi extends SSLContextSpi {

        private final SSLContext parameters;
        private final Supplier<SSLContext> real;
        private volatile SSLContext fetched;

        Spi(SSLContext parameters, Supplier<SSLContext> real) {
            this.parameters = parameters;
            this.real = Objects.requireNonNull(real, "real == null");
        }

        private SSLContext real() {
            SSLContext c = fetched;
            if (c == null) {
                synchronized (this) {
                    c = fetched;
                    if (c == null) {
                        c = Objects.requireNonNull(real.get(), "default TLS context == null");
                        String expected = parameters.getProvider().getName();
                        if (!expected.equals(c.getProvider().getName())) {
                            // The client took its protocol and cipher suite lists from another implementation.
                            throw new IllegalStateException("the JVM's default TLS context comes from provider "
                                    + c.getProvider().getName() + ", not " + expected + " whose defaults this client "
                                    + "was built with; give AdoClient.Builder.sslContext(...) for an http:// "
                                    + "organisation that needs TLS");
                        }
                        fetched = c;
                    }
                }
            }
            return c;
        }

        @Override
        protected void engineInit(KeyManager[] km, TrustManager[] tm, SecureRandom sr) {
            throw new UnsupportedOperationException("the default TLS context is initialised by the JVM");
        }

        @Override
        protected SSLSocketFactory engineGetSocketFactory() {
            return real().getSocketFactory();
        }

        @Override
        protected SSLServerSocketFactory engineGetServerSocketFactory() {
            return real().getServerSocketFactory();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine() {
            return real().createSSLEngine();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine(String host, int port) {
            return real().createSSLEngine(host, port);
        }

        @Override
        protected SSLSessionContext engineGetServerSessionContext() {
            return real().getServerSessionContext();
        }

        @Override
        protected SSLSessionContext engineGetClientSessionContext() {
            return real().getClientSessionContext();
        }

        @Override
        protected SSLParameters engineGetDefaultSSLParameters() {
            return fetched != null ? fetched.getDefaultSSLParameters() : parameters.getDefaultSSLParameters();
        }

        @Override
        protected SSLParameters engineGetSupportedSSLParameters() {
            return fetched != null ? fetched.getSupportedSSLParameters() : parameters.getSupportedSSLParameters();
        }
    }
}
