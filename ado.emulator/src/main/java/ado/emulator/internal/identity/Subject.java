package ado.emulator.internal.identity;

import ado.emulator.internal.org.User;

/** A Graph subject: a user or a group. */
public sealed interface Subject {

    /** {@return the Graph subject descriptor} */
    String subjectDescriptor();

    /** {@return the identity descriptor} */
    String identityDescriptor();

    /** {@return the identity id} */
    java.util.UUID id();

    /** {@return the name to show} */
    String displayName();

    /** A user. */
    record UserSubject(User user, String identityDescriptor) implements Subject {
        @Override
        public String subjectDescriptor() {
            return user.descriptor();
        }

        @Override
        public java.util.UUID id() {
            return user.id();
        }

        @Override
        public String displayName() {
            return user.displayName();
        }
    }

    /** A group. */
    record GroupSubject(Group group) implements Subject {
        @Override
        public String subjectDescriptor() {
            return group.subjectDescriptor();
        }

        @Override
        public String identityDescriptor() {
            return group.identityDescriptor();
        }

        @Override
        public java.util.UUID id() {
            return group.id();
        }

        @Override
        public String displayName() {
            return group.name();
        }
    }
}
