package kz.election.common;

/**
 * Published once at every start, when every bean exists and before the web server takes its first
 * request: the start data (groups and grants, filters, users, the registers) is written on it, so no
 * request is ever answered from a half-loaded installation. Listeners say their turn with {@code @Order}.
 */
public record BeforeServing() {
}
