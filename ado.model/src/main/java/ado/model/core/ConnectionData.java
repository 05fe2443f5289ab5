package ado.model.core;

import ado.core.ApiCall;

/** The connection data of the organisation ({@code _apis/connectionData}): who the caller is. */
public final class ConnectionData {

    /** The api-version of this operation. */
    public static final String API_VERSION = "5.1-preview";

    private ConnectionData() {
    }

    /**
     * {@return the connection data: the authenticated user and the organisation's instance}
     *
     * @param org the organisation scope, {@code client.api()}
     */
    public static ConnectionInfo get(ApiCall org) {
        return org.apis("connectionData").get(API_VERSION).as(ConnectionInfo.class);
    }
}
