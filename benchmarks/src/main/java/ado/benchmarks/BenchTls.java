package ado.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A throw-away certificate for the benchmark's TLS server: generated at start by the running JDK's {@code keytool}
 * (EC P-256, {@code CN=localhost}, subject alternative names {@code 127.0.0.1} and {@code localhost}, valid two days)
 * into a PKCS12 key store; the server loads its key from it, the callers trust its certificate and nothing else.
 */
final class BenchTls {

    private static final String ALIAS = "bench";

    private BenchTls() {
    }

    /**
     * Generates a key store in {@code directory}.
     *
     * @param directory where to write {@code bench.p12}
     * @return the key store's path
     * @throws IOException          if keytool fails
     * @throws InterruptedException if interrupted while waiting for keytool
     */
    static Path generate(Path directory) throws IOException, InterruptedException {
        Path store = directory.resolve("bench.p12");
        Files.deleteIfExists(store);
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        var process = new ProcessBuilder(List.of(keytool, "-genkeypair", "-alias", ALIAS, "-keyalg", "EC",
                "-groupname", "secp256r1", "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost",
                "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", UserServer.STORE_PASSWORD, "-keypass", UserServer.STORE_PASSWORD))
                .redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("keytool failed: " + new String(output, java.nio.charset.StandardCharsets.UTF_8));
        }
        return store;
    }

    private static KeyStore load(Path store) throws Exception {
        var keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, UserServer.STORE_PASSWORD.toCharArray());
        }
        return keys;
    }

    /**
     * {@return a server context with the key of {@code store}}
     *
     * @param store a key store from {@link #generate}
     * @throws Exception if the store cannot be read
     */
    static SSLContext serverContext(Path store) throws Exception {
        var factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        factory.init(load(store), UserServer.STORE_PASSWORD.toCharArray());
        var context = SSLContext.getInstance("TLS");
        context.init(factory.getKeyManagers(), null, null);
        return context;
    }

    /**
     * {@return a client context that trusts only the certificate of {@code store}}
     *
     * @param store a key store from {@link #generate}
     * @throws Exception if the store cannot be read
     */
    static SSLContext clientContext(Path store) throws Exception {
        var trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry(ALIAS, load(store).getCertificate(ALIAS));
        var factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trusted);
        var context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return context;
    }
}
