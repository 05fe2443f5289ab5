package ado.emulator.internal.seed;

import ado.core.AdoClient;
import ado.emulator.AdoEmulator;

/** {@code java -m ado.emulator}: a seeded emulator served until killed, its URLs and PAT printed. */
public final class Standalone {

    private Standalone() {
    }

    /** Starts and serves; options {@code --port N --org NAME --pat X}. */
    public static void run(String[] args) throws InterruptedException {
        AdoEmulator.Builder b = AdoEmulator.builder();
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--port" -> b.port(Integer.parseInt(args[i + 1]));
                case "--org" -> b.organization(args[i + 1]);
                case "--pat" -> b.pat(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        AdoEmulator emulator = b.start();
        System.out.println("Azure DevOps emulator");
        System.out.println("  organisation URL: " + emulator.url());
        System.out.println("  PAT:              " + emulator.pat());
        for (AdoClient.Service s : new AdoClient.Service[] {AdoClient.Service.VSSPS, AdoClient.Service.VSAEX,
                AdoClient.Service.ALMSEARCH}) {
            System.out.printf("  %-18s%s%n", s.label() + ":", emulator.serviceUrl(s));
        }
        Runtime.getRuntime().addShutdownHook(new Thread(emulator::close));
        Thread.currentThread().join();
    }
}
