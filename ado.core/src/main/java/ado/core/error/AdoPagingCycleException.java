package ado.core.error;

/**
 * Paging stopped because the server's answers would have led round in a circle: a continuation token that was
 * already followed came back (A, B, A or A, A), or an offset page repeated the previous page item for item (a
 * server that ignores {@code $skip}). Following it would page forever or return the same items again.
 *
 * <p>A subtype of {@link AdoTransportException}: like a cut-off body, the answers arrived but cannot be used to
 * finish the listing. The pages before the repetition were delivered; retrying the whole listing may help if the
 * server's state was in flux, and will not if the server always answers this way.
 */
public final class AdoPagingCycleException extends AdoTransportException {

    private static final long serialVersionUID = 1L;

    /** How many pages had been fetched when the repetition was found. */
    private final int pages;

    /**
     * Creates the exception; {@code message} must not contain credentials.
     *
     * @param message which page repeated; never a secret
     * @param pages how many pages had been fetched, the repeating one included
     */
    public AdoPagingCycleException(String message, int pages) {
        super(message, null);
        this.pages = pages;
    }

    /** {@return how many pages had been fetched when the repetition was found, the repeating one included} */
    public int pages() {
        return pages;
    }
}
