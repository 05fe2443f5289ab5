package ado.emulator.internal.library;

import ado.emulator.internal.http.AdoError;

/**
 * The library's errors. Type keys follow Azure DevOps' exception names; the messages are plausible but not verified
 * against the service.
 */
public final class LibraryErrors {

    private static final String DT = "Microsoft.TeamFoundation.DistributedTask.WebApi";
    private static final String SE = "Microsoft.VisualStudio.Services.ServiceEndpoints.WebApi";

    private LibraryErrors() {
    }

    /** {@return 404: no variable group {@code id} in the project} */
    public static AdoError variableGroupNotFound(int id) {
        return new AdoError(404, "VariableGroupNotFoundException", DT,
                "Variable group with id " + id + " does not exist or you do not have permissions to access it.");
    }

    /** {@return 409: a variable group named {@code name} exists} */
    public static AdoError variableGroupExists(String name) {
        return new AdoError(409, "VariableGroupExistsException", DT,
                "Variable group with name '" + name + "' already exists.");
    }

    /** {@return 404: no service endpoint {@code id} in the project} */
    public static AdoError endpointNotFound(String id) {
        return new AdoError(404, "ServiceEndpointNotFoundException", SE,
                "Service connection with id " + id + " does not exist or you do not have permissions to access it.");
    }

    /** {@return 409: a service endpoint named {@code name} exists} */
    public static AdoError endpointExists(String name) {
        return new AdoError(409, "DuplicateServiceConnectionException", SE,
                "A service connection with name " + name + " already exists. Please enter a different service "
                        + "connection name.");
    }

    /** {@return 404: no environment {@code id}} */
    public static AdoError environmentNotFound(int id) {
        return new AdoError(404, "EnvironmentNotFoundException", DT,
                "Environment with id " + id + " does not exist or you do not have permissions to access it.");
    }

    /** {@return 409: an environment named {@code name} exists} */
    public static AdoError environmentExists(String name) {
        return new AdoError(409, "EnvironmentExistsException", DT,
                "Environment with name '" + name + "' already exists.");
    }

    /** {@return 404: no secure file {@code id}} */
    public static AdoError secureFileNotFound(String id) {
        return new AdoError(404, "SecureFileNotFoundException", DT, "Secure file " + id + " not found.");
    }

    /** {@return 409: a secure file named {@code name} exists} */
    public static AdoError secureFileExists(String name) {
        return new AdoError(409, "SecureFileExistsException", DT,
                "A secure file with name '" + name + "' already exists.");
    }

    /** {@return 404: no task group {@code id}} */
    public static AdoError taskGroupNotFound(String id) {
        return new AdoError(404, "MetaTaskDefinitionNotFoundException", DT,
                "Task group " + id + " not found.");
    }

    /** {@return 404: no agent pool {@code id}} */
    public static AdoError poolNotFound(int id) {
        return new AdoError(404, "TaskAgentPoolNotFoundException", DT, "Agent pool " + id + " not found.");
    }

    /** {@return 404: no agent {@code id} in the pool} */
    public static AdoError agentNotFound(int id) {
        return new AdoError(404, "TaskAgentNotFoundException", DT, "Agent " + id + " not found.");
    }

    /** {@return 404: no agent queue {@code id}} */
    public static AdoError queueNotFound(int id) {
        return new AdoError(404, "TaskAgentQueueNotFoundException", DT, "Agent queue " + id + " not found.");
    }

    /** {@return 404: no deployment group {@code id}} */
    public static AdoError deploymentGroupNotFound(int id) {
        return new AdoError(404, "DeploymentGroupNotFoundException", DT, "Deployment group " + id + " not found.");
    }

    /** {@return 409: a deployment group named {@code name} exists} */
    public static AdoError deploymentGroupExists(String name) {
        return new AdoError(409, "DeploymentGroupExistsException", DT,
                "Deployment group with name '" + name + "' already exists.");
    }
}
