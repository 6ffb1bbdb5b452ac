package kz.election.commission;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The register files imported at every start, as Spring resource locations ({@code classpath:...},
 * {@code file:...}); empty imports none. Territories first, then commissions, then members.
 */
@ConfigurationProperties("election.registers")
public record RegisterFiles(String territories, String commissions, String members) {
}
