package ado.emulator.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A key pair and a self-signed certificate for {@code 127.0.0.1} and {@code localhost}, made at start with the
 * JDK's {@code keytool} (the JDK has no public API that writes a certificate): the server's {@link SSLContext}, a
 * client context that trusts exactly this certificate, and the certificate itself for other clients.
 */
public record SelfSigned(SSLContext server, SSLContext client, X509Certificate certificate) {

    private static final long KEYTOOL_TIMEOUT_SECONDS = 120;

    /** Checks the fields. */
    public SelfSigned {
        Objects.requireNonNull(server, "server == null");
        Objects.requireNonNull(client, "client == null");
        Objects.requireNonNull(certificate, "certificate == null");
    }

    /**
     * {@return a fresh key pair (EC P-256) and certificate valid for 30 days}
     *
     * @throws IllegalStateException when the running JDK has no {@code keytool} or it fails
     */
    public static SelfSigned generate() {
        Path keytool = Path.of(System.getProperty("java.home"), "bin",
                System.getProperty("os.name", "").startsWith("Windows") ? "keytool.exe" : "keytool");
        if (!Files.isExecutable(keytool)) {
            throw new IllegalStateException("httpsSelfSigned() needs the JDK's keytool, which this runtime lacks: "
                    + keytool + "; pass an SSLContext to https(...) instead");
        }
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        char[] password = HexFormat.of().formatHex(random).toCharArray();
        Path dir = null;
        try {
            dir = Files.createTempDirectory("ado-emulator-tls");
            Path store = dir.resolve("emulator.p12");
            ProcessBuilder p = new ProcessBuilder(List.of(keytool.toString(), "-genkeypair", "-alias", "emulator",
                    "-keyalg", "EC", "-groupname", "secp256r1", "-sigalg", "SHA256withECDSA",
                    "-dname", "CN=localhost, O=ado4j emulator", "-ext", "SAN=ip:127.0.0.1,dns:localhost",
                    "-validity", "30", "-storetype", "PKCS12", "-keystore", store.toString(),
                    "-storepass:env", "ADO_EMULATOR_STORE_PASSWORD", "-keypass:env", "ADO_EMULATOR_STORE_PASSWORD",
                    "-noprompt"))
                    .redirectErrorStream(true);
            p.environment().put("ADO_EMULATOR_STORE_PASSWORD", new String(password));
            Process running = p.start();
            byte[] output = running.getInputStream().readAllBytes();
            if (!running.waitFor(KEYTOOL_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                running.destroyForcibly();
                throw new IllegalStateException("keytool did not finish within " + KEYTOOL_TIMEOUT_SECONDS + " s");
            }
            if (running.exitValue() != 0) {
                throw new IllegalStateException("keytool failed (exit " + running.exitValue() + "): "
                        + new String(output, java.nio.charset.StandardCharsets.UTF_8).strip());
            }
            KeyStore keys = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(store)) {
                keys.load(in, password);
            }
            X509Certificate certificate = (X509Certificate) keys.getCertificate("emulator");
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(keys, password);
            SSLContext server = SSLContext.getInstance("TLS");
            server.init(kmf.getKeyManagers(), null, null);
            return new SelfSigned(server, trusting(certificate), certificate);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the emulator's self-signed certificate", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot make the emulator's self-signed certificate", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while making the emulator's certificate", e);
        } finally {
            java.util.Arrays.fill(password, '\0');
            deleteQuietly(dir);
        }
    }

    /** {@return a client context that trusts {@code certificate} and nothing else} */
    static SSLContext trusting(X509Certificate certificate) throws GeneralSecurityException, IOException {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("ado-emulator", certificate);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext client = SSLContext.getInstance("TLS");
        client.init(null, tmf.getTrustManagers(), null);
        return client;
    }

    /** {@return the certificate in PEM, for clients outside the JVM (e.g. Node's NODE_EXTRA_CA_CERTS)} */
    public String certificatePem() {
        try {
            String body = java.util.Base64.getMimeEncoder(64, new byte[] {'\n'})
                    .encodeToString(certificate.getEncoded());
            return "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n";
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        } catch (IOException ignored) {
            // a temporary directory left behind holds only a throw-away key
        }
    }

    @Override
    public String toString() {
        return "SelfSigned[" + certificate.getSubjectX500Principal() + "]";
    }
}
