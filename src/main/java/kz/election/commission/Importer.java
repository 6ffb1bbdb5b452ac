package kz.election.commission;

/**
 * Who changes the registers: the signed-in user and whether they are an administrator, both from the
 * authentication, or the system at start.
 */
public record Importer(String userId, boolean admin) {

    /** The start-time import of the configured files. */
    public static final Importer SYSTEM = new Importer("system", true);
}
