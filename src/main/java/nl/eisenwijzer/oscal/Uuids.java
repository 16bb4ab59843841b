package nl.eisenwijzer.oscal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * OSCAL uuids as name-based UUIDs of version 5 (SHA-1, RFC 9562), never random ones: the same names give the
 * same uuid, so the same input gives the same document, and another input another uuid.
 */
final class Uuids {

    /** The namespace for URLs defined by the RFC. */
    private static final UUID URL_NAMESPACE = UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");

    /** Eisenwijzer's namespace: the name-based UUID of its OSCAL namespace URL. */
    private static final UUID NAMESPACE = nameBased(URL_NAMESPACE, OscalModel.NS);

    private Uuids() {
    }

    /**
     * The uuid of the object named by these parts, e.g. the kind of object, a fingerprint and an id. Each part
     * is prefixed by its length, so that no two lists of parts give the same name.
     */
    static String of(String... parts) {
        StringBuilder name = new StringBuilder();
        for (String part : parts) {
            name.append(part.length()).append(':').append(part);
        }
        return nameBased(NAMESPACE, name.toString()).toString();
    }

    /** RFC 9562 section 5.5: SHA-1 over namespace and name, with the version and variant bits set. */
    static UUID nameBased(UUID namespace, String name) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(ByteBuffer.allocate(16).putLong(namespace.getMostSignificantBits())
                    .putLong(namespace.getLeastSignificantBits()).array());
            byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
            hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
            hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
            ByteBuffer bits = ByteBuffer.wrap(hash, 0, 16);
            return new UUID(bits.getLong(), bits.getLong());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every Java runtime", e);
        }
    }
}
