package ado.model.git;

import java.time.Instant;

/**
 * A commit's author or committer: a git signature, not an Azure DevOps identity.
 *
 * @param name     the name, or {@code null}
 * @param email    the e-mail address, or {@code null}
 * @param date     when the commit was authored or committed, or {@code null}
 * @param imageUrl the avatar URL, or {@code null}
 */
public record GitUserDate(String name, String email, Instant date, String imageUrl) {
}
