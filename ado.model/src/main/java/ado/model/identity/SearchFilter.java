package ado.model.identity;

/** How {@link Identities#search} matches its value. */
public enum SearchFilter {
    /** Display name, sign-in name or e-mail. */
    GENERAL("General"),
    /** The account (sign-in) name. */
    ACCOUNT_NAME("AccountName"),
    /** The display name. */
    DISPLAY_NAME("DisplayName"),
    /** The e-mail address. */
    MAIL_ADDRESS("MailAddress");

    private final String wire;

    SearchFilter(String wire) {
        this.wire = wire;
    }

    /** {@return the query value, such as {@code General}} */
    public String wire() {
        return wire;
    }
}
