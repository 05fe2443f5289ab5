/** The start-up bar for {@code jlink/build.sh --startup}: one plain {@code java.net.http} GET, nothing else. */
module ado.hello {
    requires java.net.http;
}
