package kz.election.candidate;

import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The candidate has reached the minimum age on election day; a birthday on election day counts.
 *
 * <p>Someone born on 29 February turns a year older on 1 March in a non-leap year, not on 28
 * February: the year of life is only complete once 28 February has fully passed. This is the
 * stricter reading (one day later) and only decides a case when election day is 28 February of a
 * non-leap year; should the commission's practice differ, change {@link #birthdayIn(LocalDate, int)}.
 */
public final class AgeOnElectionDayRule implements EligibilityRule {

    @Override
    public RuleCode code() {
        return RuleCode.AGE_ON_ELECTION_DAY;
    }

    @Override
    public RuleResult evaluate(NominationFacts facts, EligibilityParameters params) {
        // the stated date, else the IIN's: a mismatch between them is IIN_MATCHES_BIRTH_DATE's finding
        Optional<LocalDate> birthDate = Optional.ofNullable(facts.birthDate())
                .or(() -> Iin.check(facts.iin()).validIin().map(Iin::birthDate));
        if (birthDate.isEmpty()) {
            return failed(params, "age.noBirthDate");
        }
        int minimumAge = params.minimumAge();
        LocalDate electionDay = facts.election().electionDay();
        LocalDate birthday = birthdayIn(birthDate.get(), minimumAge);
        String born = birthDate.get().toString();
        if (electionDay.isBefore(birthday)) {
            long daysShort = ChronoUnit.DAYS.between(electionDay, birthday);
            return failed(params, "age.tooYoung", born, minimumAge, birthday.toString(), electionDay.toString(), daysShort);
        }
        return passed(params, "age.ok", born, minimumAge, birthday.toString(), electionDay.toString());
    }

    /** The day the person born on {@code birthDate} reaches {@code age} years. */
    static LocalDate birthdayIn(LocalDate birthDate, int age) {
        LocalDate birthday = birthDate.plusYears(age);
        boolean leapDayBirth = birthDate.getMonth() == Month.FEBRUARY && birthDate.getDayOfMonth() == 29;
        if (leapDayBirth && !birthday.isLeapYear()) {
            // plusYears clamps to 28 February; see the class comment for why 1 March
            return birthday.plusDays(1);
        }
        return birthday;
    }
}
