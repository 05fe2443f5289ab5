package ado.model.memberentitlement;

/**
 * A user's licence. Every component may be {@code null}.
 *
 * @param accountLicenseType  the licence: {@code express} (Basic), {@code stakeholder}, {@code advanced}, ...
 * @param licensingSource     where the licence comes from: {@code account}, {@code msdn}, ...
 * @param msdnLicenseType     the Visual Studio subscription, when {@code licensingSource} is {@code msdn}
 * @param gitHubLicenseType   the GitHub licence, when it applies
 * @param licenseDisplayName  the licence's name to show, such as {@code Basic}
 * @param status              {@code active}, {@code pending}, {@code disabled}, ...
 * @param statusMessage       a message about the status
 * @param assignmentSource    how the licence was assigned: {@code unknown}, {@code groupRule}
 */
public record AccessLevel(String accountLicenseType, String licensingSource, String msdnLicenseType,
                          String gitHubLicenseType, String licenseDisplayName, String status, String statusMessage,
                          String assignmentSource) {

    /**
     * {@return an access level of licence {@code accountLicenseType} only, as request bodies use it}
     *
     * @param accountLicenseType the licence, such as {@code express} (Basic) or {@code stakeholder}
     * @throws NullPointerException if {@code accountLicenseType} is null
     */
    public static AccessLevel of(String accountLicenseType) {
        return new AccessLevel(java.util.Objects.requireNonNull(accountLicenseType, "accountLicenseType == null"),
                null, null, null, null, null, null, null);
    }
}
