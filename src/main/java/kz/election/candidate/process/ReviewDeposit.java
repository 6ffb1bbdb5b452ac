package kz.election.candidate.process;

import static kz.election.model.CandidateRegistrationModel.Variables.DEPOSIT_AMOUNT;
import static kz.election.model.CandidateRegistrationModel.Variables.DEPOSIT_PAID_ON;
import static kz.election.model.CandidateRegistrationModel.Variables.DEPOSIT_PAYMENT_REFERENCE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kz.election.candidate.DepositRequest;
import kz.election.candidate.Money;
import kz.election.common.FieldViolation;
import kz.election.common.InvalidInputException;
import kz.election.platform.FormValues;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The deposit fields of the review form, read as the form sends them (texts), or null when all are empty. */
final class ReviewDeposit {

    private ReviewDeposit() {
    }

    static DepositRequest of(VariableScope task) {
        Object amount = task.getVariable(DEPOSIT_AMOUNT);
        String paidOn = FormValues.text(task.getVariable(DEPOSIT_PAID_ON));
        String reference = FormValues.text(task.getVariable(DEPOSIT_PAYMENT_REFERENCE));
        boolean amountGiven = amount != null && !(amount instanceof String text && text.isBlank());
        if (!amountGiven && paidOn == null && reference == null) {
            return null;
        }
        List<FieldViolation> violations = new ArrayList<>();
        var sum = amountGiven ? Money.parse(amount) : java.util.Optional.<java.math.BigDecimal>empty();
        if (amountGiven && sum.isEmpty()) {
            violations.add(new FieldViolation(DEPOSIT_AMOUNT, "is not a sum of tenge such as 425000.00: " + amount));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        LocalDate date = paidOn == null ? null : FormValues.date(DEPOSIT_PAID_ON, paidOn);
        return new DepositRequest(sum.orElse(null), date, reference);
    }
}
