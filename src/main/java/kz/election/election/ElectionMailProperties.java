package kz.election.election;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The territorial commission's mailbox that deadline escalations of election.bpmn go to. One address
 * for every election of the installation: each installation serves one TEC.
 */
@ConfigurationProperties("election.tec-mail")
public record ElectionMailProperties(String address, String name, String language) {

    public ElectionMailProperties {
        if (address == null || address.isBlank()) {
            throw new IllegalArgumentException("election.tec-mail.address must be set");
        }
        name = name == null || name.isBlank() ? "Territorial election commission" : name;
        language = language == null || language.isBlank() ? "ru" : language;
    }
}
