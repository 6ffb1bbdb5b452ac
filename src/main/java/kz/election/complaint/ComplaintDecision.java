package kz.election.complaint;

/**
 * The commission's decision as the review form or {@code POST /api/complaints/{number}/decision} sends it.
 *
 * @param decision DISMISS or UPHOLD
 * @param reasons  required either way: they go to the complainant
 * @param remedy   required to uphold, empty to dismiss
 */
public record ComplaintDecision(String decision, String reasons, Remedy remedy) {

    public static final String DISMISS = "DISMISS";
    public static final String UPHOLD = "UPHOLD";
}
