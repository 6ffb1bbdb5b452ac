package kz.election.notification;

import java.util.Optional;
import kz.election.commission.Commission;
import kz.election.commission.Registers;
import org.springframework.stereotype.Component;

/**
 * Where a commission's mail goes and in which language: its mailbox in the commission register. An
 * election from before the registers (no commission code) falls back to the configured mailbox
 * ({@link CommissionMail}).
 */
@Component
public class CommissionMailboxes {

    /** A mailbox: its address, the name it is addressed to and the language of the mails it receives. */
    public record Mailbox(String address, String name, String language) {
    }

    private final Registers registers;
    private final CommissionMail configured;

    public CommissionMailboxes(Registers registers, CommissionMail configured) {
        this.registers = registers;
        this.configured = configured;
    }

    /**
     * The commission's name in the reader's language (Kazakh for kk, Russian otherwise: the register has
     * no English names); {@code fallback} for a commission the register does not hold.
     */
    public String name(String commissionCode, String language, String fallback) {
        return commission(commissionCode).map(c -> c.name(language)).orElse(fallback);
    }

    /** The name of the commission above that one, in the reader's language; {@code fallback} when none. */
    public String parentName(String commissionCode, String language, String fallback) {
        return Optional.ofNullable(commissionCode).flatMap(registers::parentOf).map(c -> c.name(language)).orElse(fallback);
    }

    /** A territory's name in the reader's language; {@code fallback} for one the register does not hold. */
    public String territoryName(String territoryCode, String language, String fallback) {
        return Optional.ofNullable(territoryCode).flatMap(registers::territory).map(t -> t.name(language)).orElse(fallback);
    }

    /** The mailbox of the commission with that code; the configured one when there is none. */
    public Mailbox of(String commissionCode) {
        return commission(commissionCode)
                .map(c -> new Mailbox(c.mailbox(), c.name(), c.language()))
                .orElseGet(() -> new Mailbox(configured.address(), configured.name(), configured.language()));
    }

    /** The register's commission of that code; empty for none (an election from before the registers). */
    private Optional<Commission> commission(String code) {
        return Optional.ofNullable(code).flatMap(registers::commission);
    }
}
