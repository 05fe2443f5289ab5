package ado.model.profile;

import ado.core.ApiCall;

/** Profiles ({@code _apis/profile/profiles}) on the profile host, {@code client.profile()}. */
public final class Profiles {

    /** The api-version of this operation. */
    public static final String API_VERSION = "7.1-preview.1";

    private Profiles() {
    }

    /**
     * {@return the profile of the caller, the identity the client authenticates as}
     *
     * @param profileHost the profile host, {@code client.profile()}
     */
    public static Profile me(ApiCall profileHost) {
        return profileHost.apis("profile", "profiles", "me").get(API_VERSION).as(Profile.class);
    }
}
