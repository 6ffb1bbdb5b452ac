package kz.election.candidate;

import static kz.election.model.CandidateRegistrationModel.Variables.CHECKLIST_SUMMARY;

import java.util.List;
import java.util.Optional;
import kz.election.common.NotFoundException;
import kz.election.i18n.FormTexts;
import kz.election.model.CandidateRegistrationModel;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The eligibility checklist of the review forms in the reviewer's language, from the nomination's stored lines. */
@Component
class ChecklistFormText implements FormTexts {

    private final NominationRepository nominations;

    ChecklistFormText(NominationRepository nominations) {
        this.nominations = nominations;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> read(String processKey, String businessKey, String variable, String language) {
        if (!CandidateRegistrationModel.PROCESS.equals(processKey) || !CHECKLIST_SUMMARY.equals(variable)
                || businessKey == null) {
            return Optional.empty();
        }
        List<RuleResult> lines;
        try {
            lines = nominations.byReference(businessKey).checklist();
        } catch (NotFoundException none) {
            return Optional.empty();
        }
        return lines.isEmpty() ? Optional.empty() : Optional.of(ChecklistTexts.summary(lines, language));
    }
}
