package org.policyflow.department;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** Looks up the bodies a document names: the registry file for the command line, the database for imports. */
public interface BodyDirectory {

    /** The body a document calls {@code name} (canonical name or alias), if known. */
    Optional<Body> find(String name);

    /** The county-level units (县级市、区、管委会) meant by collective phrases such as 各县级市（区）人民政府. */
    List<Body> counties();

    /**
     * A body the directory does not know, with an id derived from its name so that every reading of the same name,
     * on the command line or in an import, gives the same id.
     */
    static Body unregistered(String name) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return new Body("body-" + HexFormat.of().formatHex(hash, 0, 5), name, Body.OTHER);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
