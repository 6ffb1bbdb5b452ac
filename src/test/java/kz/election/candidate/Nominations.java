package kz.election.candidate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.election.ruleset.NominationType;

/** Test data: an eligible self-nomination in a district election, changed one fact at a time. */
final class Nominations {

    static final ZoneOffset KZ = ZoneOffset.ofHours(5);
    static final LocalDate ELECTION_DAY = LocalDate.of(2025, 11, 2); // a Sunday
    static final Instant OPENS = at("2025-09-10T00:00:00");
    static final Instant CLOSES = at("2025-10-03T18:00:00"); // 18:00 of E-30

    static final RequiredDocument APPLICATION = new RequiredDocument("APPLICATION", "Application with consent to run");
    static final RequiredDocument BIOGRAPHY = new RequiredDocument("BIOGRAPHY", "Biography");
    static final RequiredDocument TAX_CERTIFICATE =
            new RequiredDocument("TAX_CERTIFICATE", "Tax body's certificate of income and asset declarations");
    static final RequiredDocument PARTY_DECISION = new RequiredDocument("PARTY_DECISION", "Extract of the party's decision");
    static final RequiredDocument SIGNATURE_SHEETS = new RequiredDocument("SIGNATURE_SHEETS", "Signature sheets");

    static final QualificationItem HIGHER_EDUCATION = new QualificationItem("HIGHER_EDUCATION", "Higher education");
    static final QualificationItem EXPERIENCE = new QualificationItem("EXPERIENCE", "Two years in public service");

    private Nominations() {
    }

    static Instant at(String localDateTime) {
        return OffsetDateTime.of(java.time.LocalDateTime.parse(localDateTime), KZ).toInstant();
    }

    static EligibilityParameters params() {
        return params(true);
    }

    static EligibilityParameters params(boolean depositRequired) {
        return new EligibilityParameters(
                25,
                new BigDecimal("0.01"),
                RoundingMode.UP,
                new BigDecimal("0.05"),
                Map.of(
                        NominationType.PARTY, List.of(APPLICATION, BIOGRAPHY, TAX_CERTIFICATE, PARTY_DECISION),
                        NominationType.SELF, List.of(APPLICATION, BIOGRAPHY, TAX_CERTIFICATE, SIGNATURE_SHEETS)),
                depositRequired,
                List.of(HIGHER_EDUCATION, EXPERIENCE),
                Map.of());
    }

    /** A valid IIN for the date, built with the production check digit (its own tests cover it). */
    static String iinBornOn(LocalDate birthDate) {
        int centuryDigit = (birthDate.getYear() / 100 - 18) * 2 + 1;
        String first11 = String.format("%02d%02d%02d%d%04d", birthDate.getYear() % 100,
                birthDate.getMonthValue(), birthDate.getDayOfMonth(), centuryDigit, 1234);
        for (int serial = 1234; Iin.checkDigit(first11) == 10; serial++) {
            first11 = first11.substring(0, 7) + String.format("%04d", serial);
        }
        return first11 + Iin.checkDigit(first11);
    }

    static Builder selfNomination() {
        return new Builder();
    }

    static Builder partyNomination(String party) {
        return new Builder().type(NominationType.PARTY).party(party)
                .documents(APPLICATION, BIOGRAPHY, TAX_CERTIFICATE, PARTY_DECISION)
                .signatures(0).sample(null);
    }

    static final class Builder {
        private String fullName = "Aigerim Nurlanovna Sadykova";
        private LocalDate birthDate = LocalDate.of(1980, 5, 15);
        private String iin = "800515300126";
        private String citizenship = "KZ";
        private NominationType type = NominationType.SELF;
        private String party;
        private Map<String, LocalDate> documents = new HashMap<>();
        private int signatures = 13;
        private SignatureSample sample = new SignatureSample(13, 0);
        private boolean deposit = true;
        private Declarations declarations = new Declarations(DeclarationStatus.CONFIRMED_BY_STAFF,
                DeclarationStatus.CONFIRMED_BY_STAFF, DeclarationStatus.CONFIRMED_BY_STAFF);
        private Map<String, Boolean> answers = new HashMap<>(Map.of(HIGHER_EDUCATION.code(), true, EXPERIENCE.code(), true));
        private Instant filedAt = at("2025-09-20T10:00:00");
        private Instant extendedUntil;
        private ZoneId zone = ZoneId.of("Asia/Almaty");
        private long voters = 1_204;
        private Set<String> otherIins = new HashSet<>(Set.of("951229401238"));
        private Set<String> parties = new HashSet<>(Set.of("Amanat"));

        Builder() {
            documents(APPLICATION, BIOGRAPHY, TAX_CERTIFICATE, SIGNATURE_SHEETS);
        }

        Builder iin(String value) { iin = value; return this; }
        Builder birthDate(LocalDate value) { birthDate = value; return this; }
        /** Birth date and a matching IIN together, for rules that need both consistent. */
        Builder bornOn(LocalDate value) { birthDate = value; iin = iinBornOn(value); return this; }
        Builder citizenship(String value) { citizenship = value; return this; }
        Builder type(NominationType value) { type = value; return this; }
        Builder party(String value) { party = value; return this; }
        Builder documents(RequiredDocument... docs) {
            documents = new HashMap<>();
            for (RequiredDocument doc : docs) {
                documents.put(doc.code(), LocalDate.of(2025, 9, 20));
            }
            return this;
        }
        Builder signatures(int value) { signatures = value; return this; }
        Builder sample(SignatureSample value) { sample = value; return this; }
        Builder deposit(boolean value) { deposit = value; return this; }
        Builder declarations(Declarations value) { declarations = value; return this; }
        Builder answer(QualificationItem item, Boolean met) {
            if (met == null) {
                answers.remove(item.code());
            } else {
                answers.put(item.code(), met);
            }
            return this;
        }
        Builder filedAt(Instant value) { filedAt = value; return this; }
        Builder extendedUntil(Instant value) { extendedUntil = value; return this; }
        Builder zone(ZoneId value) { zone = value; return this; }
        Builder voters(long value) { voters = value; return this; }
        Builder alreadyNominated(String otherIin) { otherIins.add(otherIin); return this; }
        Builder partyWithCandidate(String name) { parties.add(name); return this; }

        NominationFacts build() {
            return new NominationFacts(fullName, iin, birthDate, citizenship, type, party, documents,
                    signatures, sample, deposit, declarations, answers, filedAt,
                    new ElectionFacts(ELECTION_DAY, OPENS, CLOSES, extendedUntil, voters, otherIins, parties, zone));
        }
    }
}
