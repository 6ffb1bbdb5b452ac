package kz.election.commission;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import kz.election.common.FieldViolation;

/**
 * Reads the members of commissions: {@code commission_code,user_id,position}. The commission is in the
 * register, the user is a user of the engine, and a commission has at most one chair, counting the
 * seats already held.
 */
public final class MemberCsv {

    static final List<String> HEADER = List.of("commission_code", "user_id", "position");
    // Camunda's user ids here (camunda.bpm generalResourceWhitelistPattern), at most the width of ACT_ID_USER.ID_
    static final Pattern USER_ID = Pattern.compile("[a-zA-Z0-9-]{1,64}");

    private MemberCsv() {
    }

    /**
     * @param commissions the commission register, by code
     * @param chairs      the chair of each commission that has one, by commission code
     * @param userExists  whether a user id is a user of the engine
     * @param scope       what the importer may change: seats of commissions directly below their own
     */
    public static Parsed<Member> parse(byte[] content, Map<String, Commission> commissions, Map<String, String> chairs,
                                       Predicate<String> userExists, Scope scope) {
        RegisterCsv.Lines read = RegisterCsv.read(content, HEADER);
        List<FieldViolation> errors = new ArrayList<>(read.errors());
        Map<RegisterCsv.Line, Member> wellFormed = new LinkedHashMap<>();
        int allowed = 0;
        int refused = 0;
        for (RegisterCsv.Line line : read.lines()) {
            int before = errors.size();
            Commission commission = commissions.get(line.get("commission_code"));
            if (commission == null) {
                errors.add(line.error("commission_code", "commission '" + line.get("commission_code")
                        + "' is not in the commission register"));
            }
            String userId = line.get("user_id");
            if (!USER_ID.matcher(userId).matches()) {
                errors.add(line.error("user_id", "'" + userId + "' is not a user id: Latin letters, digits and '-'"));
            } else if (!userExists.test(userId)) {
                errors.add(line.error("user_id", "there is no user " + userId));
            }
            Position position = RegisterCsv.constant(Position.class, line.get("position"));
            if (position == null) {
                errors.add(line.error("position", "'" + line.get("position") + "' is not one of " + List.of(Position.values())));
            }
            if (commission != null) {
                if (mayAppoint(scope, commission)) {
                    allowed++;
                } else {
                    refused++;
                    errors.add(line.error("commission_code", refusal(scope, commission)));
                }
            }
            if (errors.size() == before) {
                wellFormed.put(line, new Member(commission.code(), userId, position));
            }
        }
        RegisterCsv.firstOf(read.lines(), line -> line.get("commission_code") + " " + line.get("user_id"), "user_id",
                "the seat of commission and user", errors);
        checkOneChair(wellFormed, chairs, errors);
        return new Parsed<>(new ArrayList<>(wellFormed.values()), errors, refused > 0 && allowed == 0);
    }

    /** Administrators appoint anywhere; a commission's members appoint the members of those directly below it. */
    static boolean mayAppoint(Scope scope, Commission commission) {
        return scope.everything() || commission.parentCode() != null && scope.seats().contains(commission.parentCode());
    }

    static String refusal(Scope scope, Commission commission) {
        return "only administrators and members of the commission directly above " + commission.code()
                + (commission.parentCode() == null ? "" : " (" + commission.parentCode() + ")")
                + " appoint its members, and " + scope.describe();
    }

    private static void checkOneChair(Map<RegisterCsv.Line, Member> wellFormed, Map<String, String> chairs,
                                      List<FieldViolation> errors) {
        Map<String, Set<String>> chairsAfter = new LinkedHashMap<>();
        chairs.forEach((commission, user) -> chairsAfter.computeIfAbsent(commission, c -> new LinkedHashSet<>()).add(user));
        wellFormed.values().forEach(member -> {
            Set<String> of = chairsAfter.computeIfAbsent(member.commissionCode(), c -> new LinkedHashSet<>());
            if (member.position() == Position.CHAIR) {
                of.add(member.userId());
            } else {
                of.remove(member.userId());
            }
        });
        wellFormed.forEach((line, member) -> {
            Set<String> of = chairsAfter.get(member.commissionCode());
            if (member.position() == Position.CHAIR && of.size() > 1) {
                errors.add(line.error("position", "commission " + member.commissionCode() + " would have "
                        + of.size() + " chairs (" + String.join(", ", of) + "); it has one"));
            }
        });
    }
}
