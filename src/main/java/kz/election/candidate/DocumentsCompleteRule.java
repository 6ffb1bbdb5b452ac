package kz.election.candidate;

import java.util.List;
import java.util.stream.Collectors;

/** The file holds every document the ruleset requires for its nomination type; missing ones are named. */
public final class DocumentsCompleteRule implements EligibilityRule {

    @Override
    public RuleCode code() {
        return RuleCode.DOCUMENTS_COMPLETE;
    }

    @Override
    public RuleResult evaluate(NominationFacts facts, EligibilityParameters params) {
        List<RequiredDocument> required = params.requiredDocumentsFor(facts.nominationType());
        List<RequiredDocument> missing = required.stream()
                .filter(doc -> !facts.documentsReceived().containsKey(doc.code()))
                .toList();
        if (!missing.isEmpty()) {
            return failed(params, "documents.missing", missing.size(), required.size(),
                    missing.stream().map(RequiredDocument::name).collect(Collectors.joining(", ")));
        }
        return passed(params, "documents.complete", required.size());
    }
}
