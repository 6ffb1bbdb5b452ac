package kz.election.candidate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import kz.election.common.ElectionTime;
import kz.election.common.FieldViolation;
import kz.election.common.InvalidInputException;
import kz.election.common.TextRules;
import kz.election.election.ElectionService;
import kz.election.model.CandidateRegistrationModel;
import kz.election.platform.FormValues;
import kz.election.ruleset.NominationType;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Filing a nomination: the input is checked as far as it can be read (what the rules judge is left to
 * {@link NominationChecks}), the nomination is stored under a new reference number, and, when filed
 * electronically, its candidateRegistration process is started. It joins the caller's transaction.
 */
@Service
@Transactional
public class NominationFiling {

    /** The process variable holding the nomination's reference number (also the business key). */
    public static final String NOMINATION_REFERENCE = "nominationReference";

    private static final Pattern TWELVE_DIGITS = Pattern.compile("[0-9]{12}");
    // letters of any script (a .қаз domain), digits and the unquoted punctuation RFC 5322 allows: no <, >, quotes or ;
    private static final Pattern EMAIL =
            Pattern.compile("[\\p{L}\\p{N}.!#$%&'*+/=?^_`{|}~-]+@[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}");
    private static final Set<String> LANGUAGES = Set.of("kk", "ru", "en");
    private static final int MAX_TEXT = 200;

    private final NominationRepository nominations;
    private final NominationChecks checks;
    private final ElectionService elections;
    private final RuntimeService runtimeService;

    public NominationFiling(NominationRepository nominations, NominationChecks checks, ElectionService elections,
                            RuntimeService runtimeService) {
        this.nominations = nominations;
        this.checks = checks;
        this.elections = elections;
        this.runtimeService = runtimeService;
    }

    /** Files the nomination and starts its candidateRegistration process, correlated by the reference number. */
    public Nomination nominate(String electionNumber, NominationRequest request, String filedBy) {
        Nomination nomination = file(electionNumber, request, filedBy);
        runtimeService.createMessageCorrelation(CandidateRegistrationModel.Messages.NOMINATION_FILED)
                .processInstanceBusinessKey(nomination.referenceNumber())
                .setVariable(CandidateRegistrationModel.Variables.ELECTION_NUMBER, electionNumber)
                .setVariable(NOMINATION_REFERENCE, nomination.referenceNumber())
                .correlateStartMessage();
        return nomination;
    }

    /**
     * Stores a nomination under a new reference number. Input that cannot even be checked is refused
     * (400 naming every field); what the rules judge (checksum, age, documents) is left to the checks.
     */
    public Nomination file(String electionNumber, NominationRequest request, String filedBy) {
        if (electionNumber == null || electionNumber.isBlank()) {
            // the start form carries the election as a field; the REST path always has one
            throw new InvalidInputException("electionNumber", "is required: the election the nominee stands in");
        }
        TextRules.problemWithLine(electionNumber, 40).ifPresent(problem -> {
            throw new InvalidInputException("electionNumber", problem);
        });
        EligibilityParameters params = checks.parameters(elections.byNumber(electionNumber));
        List<FieldViolation> violations = validate(request, electionNumber, params);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        elections.requireOrganizerSeat(electionNumber, filedBy, "A nomination");
        Declarations declarations = new Declarations(declared(request.legalCapacityDeclared()),
                declared(request.noCriminalRecordDeclared()), declared(request.noCorruptionOffenceDeclared()));
        return nominations.insert(electionNumber, request, declarations, ElectionTime.now(), filedBy);
    }

    private List<FieldViolation> validate(NominationRequest r, String electionNumber, EligibilityParameters params) {
        List<FieldViolation> v = new ArrayList<>();
        text(v, "fullName", r.fullName());
        if (r.iin() == null || !TWELVE_DIGITS.matcher(r.iin()).matches()) {
            v.add(new FieldViolation("iin", "IIN must be 12 digits, was " + (r.iin() == null ? "missing" : "\"" + r.iin() + "\"")));
        } else {
            nominations.standingWithIin(electionNumber, r.iin())
                    .ifPresent(other -> v.add(new FieldViolation("iin",
                            "this person is already nominated in this election as " + other)));
        }
        if (r.birthDate() == null) {
            v.add(new FieldViolation("birthDate", "birthDate is required"));
        }
        if (r.citizenship() == null || !r.citizenship().strip().matches("[A-Za-z]{2}")) {
            v.add(new FieldViolation("citizenship", "citizenship is a two-letter country code such as KZ"));
        }
        text(v, "address", r.address());
        if (r.email() == null || !EMAIL.matcher(r.email().strip()).matches()
                || TextRules.problemWithLine(r.email(), 254).isPresent()) {
            v.add(new FieldViolation("email", "a valid email address is required: the candidate is told by mail"));
        }
        if (r.language() == null || !LANGUAGES.contains(r.language())) {
            v.add(new FieldViolation("language", "language must be one of kk, ru, en"));
        }
        if (r.nominationType() == null) {
            v.add(new FieldViolation("nominationType", "nominationType must be PARTY or SELF"));
        } else if (r.nominationType() == NominationType.PARTY) {
            text(v, "partyName", r.partyName());
        } else if (FormValues.text(r.partyName()) != null) {
            v.add(new FieldViolation("partyName", "a self-nominee has no nominating party"));
        }
        if (r.signaturesSubmitted() != null && r.signaturesSubmitted() < 0) {
            v.add(new FieldViolation("signaturesSubmitted", "cannot be negative"));
        }
        Set<String> known = new HashSet<>();
        params.requiredDocuments().values().forEach(list -> list.forEach(d -> known.add(d.code())));
        Map<String, LocalDate> documents = r.documents() == null ? Map.of() : r.documents();
        documents.forEach((code, date) -> {
            if (!known.contains(code)) {
                v.add(new FieldViolation("documents", "\"" + code + "\" is not a document of this election's rules; known: "
                        + known.stream().sorted().toList()));
            } else if (date == null || date.isAfter(ElectionTime.today())) {
                v.add(new FieldViolation("documents", code + ": the day received is missing or in the future"));
            }
        });
        if (r.depositReceipt() != null && !r.depositReceipt().isBlank()) {
            TextRules.problemWithLine(r.depositReceipt(), 100)
                    .ifPresent(problem -> v.add(new FieldViolation("depositReceipt", problem)));
        }
        return v;
    }

    /** A line of a person's text: required, at most MAX_TEXT characters, no NUL or other control characters. */
    private static void text(List<FieldViolation> v, String field, String value) {
        if (value == null || value.isBlank()) {
            v.add(new FieldViolation(field, field + " is required"));
        } else {
            TextRules.problemWithLine(value, MAX_TEXT).ifPresent(problem -> v.add(new FieldViolation(field, problem)));
        }
    }

    private static DeclarationStatus declared(boolean declared) {
        return declared ? DeclarationStatus.DECLARED : DeclarationStatus.NOT_DECLARED;
    }
}
