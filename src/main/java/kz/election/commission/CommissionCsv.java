package kz.election.commission;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import kz.election.common.FieldViolation;
import kz.election.common.TextRules;

/**
 * Reads the commission register: {@code code,level,parent_code,territory_code,precinct_number,name_kk,
 * name_ru,mailbox,language}. The CEC answers to no one and serves the whole country; every other
 * commission answers to one exactly a level up (in the file or the register) and serves a territory of
 * the register within its parent's: an oblast commission a tier-1 territory, a territorial commission a
 * tier-2 one, a precinct commission its territorial commission's, under a polling station number.
 */
public final class CommissionCsv {

    static final List<String> HEADER = List.of("code", "level", "parent_code", "territory_code", "precinct_number",
            "name_kk", "name_ru", "mailbox", "language");
    private static final Set<String> LANGUAGES = Set.of("kk", "ru");

    private CommissionCsv() {
    }

    /**
     * @param register    the commissions already imported, by code
     * @param territories the territory register, by code (territories are imported before commissions)
     * @param scope       what the importer may change
     */
    public static Parsed<Commission> parse(byte[] content, Map<String, Commission> register,
                                           Map<String, Territory> territories, Scope scope) {
        RegisterCsv.Lines read = RegisterCsv.read(content, HEADER);
        List<FieldViolation> errors = new ArrayList<>(read.errors());
        Map<RegisterCsv.Line, Commission> wellFormed = new LinkedHashMap<>();
        for (RegisterCsv.Line line : read.lines()) {
            int before = errors.size();
            Commission commission = readLine(line, errors);
            if (errors.size() == before) {
                wellFormed.put(line, commission);
            }
        }
        Map<String, RegisterCsv.Line> inFile = RegisterCsv.firstOf(read.lines(), line -> line.get("code"), "code",
                "commission", errors);
        // the register as it would be after the import: what the file's relations are checked against
        Map<String, Commission> after = new HashMap<>(register);
        wellFormed.values().forEach(commission -> after.put(commission.code(), commission));
        int allowed = 0;
        int refused = 0;
        for (Map.Entry<RegisterCsv.Line, Commission> entry : wellFormed.entrySet()) {
            RegisterCsv.Line line = entry.getKey();
            Commission commission = entry.getValue();
            checkPlace(commission, line, inFile, wellFormed, after, territories, errors);
            boolean mine = scope.allowsBelow(ancestors(commission.parentCode(), after))
                    && (!register.containsKey(commission.code())
                    || scope.allowsBelow(ancestors(register.get(commission.code()).parentCode(), register)));
            if (mine) {
                allowed++;
            } else {
                refused++;
                errors.add(line.error("code", commission.code() + " is not below a commission of yours ("
                        + scope.describe() + "): only administrators and the commissions above it may change it"));
            }
        }
        checkUnique(wellFormed, after, errors);
        checkWhatAnswersToIt(wellFormed, inFile, register, territories, errors);
        return new Parsed<>(new ArrayList<>(wellFormed.values()), errors, refused > 0 && allowed == 0);
    }

    private static Commission readLine(RegisterCsv.Line line, List<FieldViolation> errors) {
        String code = line.get("code");
        if (!RegisterCsv.COMMISSION_CODE.matcher(code).matches()) {
            errors.add(line.error("code", "'" + code + "' is not a commission code: 1 to 40 Latin letters, digits and '-'"));
        }
        CommissionLevel level = RegisterCsv.constant(CommissionLevel.class, line.get("level"));
        if (level == null) {
            errors.add(line.error("level", "'" + line.get("level") + "' is not one of " + List.of(CommissionLevel.values())));
        }
        String parent = line.blank("parent_code") ? null : line.get("parent_code");
        if (parent != null && !RegisterCsv.COMMISSION_CODE.matcher(parent).matches()) {
            errors.add(line.error("parent_code", "'" + parent + "' is not a commission code"));
        }
        String territory = line.blank("territory_code") ? null : line.get("territory_code");
        if (territory != null && !RegisterCsv.TERRITORY_CODE.matcher(territory).matches()) {
            errors.add(line.error("territory_code", "'" + territory + "' is not a KATO code of 9 digits"));
        }
        Integer precinct = null;
        if (!line.blank("precinct_number")) {
            String number = line.get("precinct_number");
            if (!number.matches("[0-9]{1,9}") || Integer.parseInt(number) < 1) {
                errors.add(line.error("precinct_number", "'" + number + "' is not a polling station number (a whole number above 0)"));
            } else {
                precinct = Integer.parseInt(number);
            }
        }
        for (String name : List.of("name_kk", "name_ru")) {
            TextRules.problemWithName(line.get(name), RegisterCsv.MAX_NAME)
                    .ifPresent(problem -> errors.add(line.error(name, problem)));
        }
        problemWithMailbox(line.get("mailbox")).ifPresent(problem -> errors.add(line.error("mailbox", problem)));
        String language = line.get("language");
        if (!LANGUAGES.contains(language)) {
            errors.add(line.error("language", "'" + language + "' is not kk or ru"));
        }
        return new Commission(code, level, parent, territory, precinct, line.get("name_kk"), line.get("name_ru"),
                line.get("mailbox"), language);
    }

    private static void checkPlace(Commission commission, RegisterCsv.Line line, Map<String, RegisterCsv.Line> inFile,
                                   Map<RegisterCsv.Line, Commission> wellFormed, Map<String, Commission> after,
                                   Map<String, Territory> territories, List<FieldViolation> errors) {
        CommissionLevel level = commission.level();
        if (level == CommissionLevel.CEC) {
            if (commission.parentCode() != null) {
                errors.add(line.error("parent_code", "the CEC answers to no commission; leave it empty"));
            }
            if (commission.territoryCode() != null) {
                errors.add(line.error("territory_code", "the CEC serves the whole country; leave it empty"));
            }
            after.values().stream().filter(other -> other.level() == CommissionLevel.CEC
                            && !other.code().equals(commission.code())).findFirst()
                    .ifPresent(other -> errors.add(line.error("level", "there is one CEC, " + other.code() + " already")));
        } else {
            if (commission.parentCode() == null) {
                errors.add(line.error("parent_code", "is required for a commission of level " + level));
            }
            if (commission.territoryCode() == null) {
                errors.add(line.error("territory_code", "is required for a commission of level " + level));
            }
        }
        if (level == CommissionLevel.PRECINCT && commission.precinctNumber() == null && line.blank("precinct_number")) {
            errors.add(line.error("precinct_number", "is required for a precinct commission: its polling station number"));
        }
        if (level != CommissionLevel.PRECINCT && commission.precinctNumber() != null) {
            errors.add(line.error("precinct_number", "only a precinct commission has a polling station number; leave it empty"));
        }
        Territory territory = null;
        if (commission.territoryCode() != null) {
            territory = territories.get(commission.territoryCode());
            if (territory == null) {
                errors.add(line.error("territory_code", "territory " + commission.territoryCode()
                        + " is not in the territory register (import the territories first)"));
            } else if (level == CommissionLevel.OBLAST && territory.level().tier() != 1) {
                errors.add(line.error("territory_code", "an oblast commission serves an oblast or a city of republican"
                        + " significance, not the " + territory.level() + " " + territory.code()));
            } else if (level == CommissionLevel.TERRITORIAL && territory.level().tier() != 2) {
                errors.add(line.error("territory_code", "a territorial commission serves a district or a city of"
                        + " regional significance, not the " + territory.level() + " " + territory.code()));
            }
        }
        if (commission.parentCode() == null || level == CommissionLevel.CEC) {
            return;
        }
        RegisterCsv.Line parentLine = inFile.get(commission.parentCode());
        if (parentLine != null && !wellFormed.containsKey(parentLine)) {
            return; // the parent's own line is named already
        }
        Commission parent = after.get(commission.parentCode());
        if (parent == null) {
            errors.add(line.error("parent_code", "commission " + commission.parentCode()
                    + " is neither in the file nor in the register"));
            return;
        }
        if (parent.level() != level.parent()) {
            errors.add(line.error("parent_code", "a " + level + " commission answers to a " + level.parent()
                    + " commission, and " + parent.code() + " is a " + parent.level() + " one"));
            return;
        }
        if (territory == null || parent.territoryCode() == null) {
            return;
        }
        if (level == CommissionLevel.PRECINCT) {
            if (!territory.code().equals(parent.territoryCode())) {
                errors.add(line.error("territory_code", "a precinct commission serves its territorial commission's"
                        + " territory, " + parent.territoryCode()));
            }
        } else if (!within(territory.code(), parent.territoryCode(), territories)) {
            errors.add(line.error("territory_code", "territory " + territory.code() + " does not lie in "
                    + parent.territoryCode() + ", the territory of " + parent.code()));
        }
    }

    /**
     * A commission the file changes still fits the commissions the register has answering to it, unless
     * the file changes those too: their level is one below, a precinct commission's territory is its TEC's,
     * a TEC's lies in its oblast commission's.
     */
    private static void checkWhatAnswersToIt(Map<RegisterCsv.Line, Commission> wellFormed,
                                             Map<String, RegisterCsv.Line> inFile, Map<String, Commission> register,
                                             Map<String, Territory> territories, List<FieldViolation> errors) {
        Map<String, List<Commission>> below = register.values().stream().filter(c -> c.parentCode() != null)
                .collect(Collectors.groupingBy(Commission::parentCode));
        wellFormed.forEach((line, commission) -> {
            if (!register.containsKey(commission.code())) {
                return;
            }
            for (Commission child : below.getOrDefault(commission.code(), List.of())) {
                if (inFile.containsKey(child.code())) {
                    continue;
                }
                if (child.level().parent() != commission.level()) {
                    errors.add(line.error("level", "the " + child.level() + " commission " + child.code()
                            + " answers to it; change it in the same file"));
                } else if (child.level() == CommissionLevel.PRECINCT
                        && !Objects.equals(child.territoryCode(), commission.territoryCode())) {
                    errors.add(line.error("territory_code", "precinct commission " + child.code() + " serves "
                            + child.territoryCode() + "; move it in the same file"));
                } else if (child.level() == CommissionLevel.TERRITORIAL && commission.territoryCode() != null
                        && !within(child.territoryCode(), commission.territoryCode(), territories)) {
                    errors.add(line.error("territory_code", "territorial commission " + child.code() + " serves "
                            + child.territoryCode() + ", which does not lie in " + commission.territoryCode()));
                }
            }
        });
    }

    /** No second commission of a level for one territory, no second polling station number under one TEC. */
    private static void checkUnique(Map<RegisterCsv.Line, Commission> wellFormed, Map<String, Commission> after,
                                    List<FieldViolation> errors) {
        Map<List<Object>, Set<String>> holders = new HashMap<>();
        for (Commission commission : after.values()) {
            holders.computeIfAbsent(slot(commission), slot -> new LinkedHashSet<>()).add(commission.code());
        }
        wellFormed.forEach((line, commission) -> {
            List<Object> slot = slot(commission);
            if (slot.get(0) == null) {
                return;
            }
            List<String> others = holders.getOrDefault(slot, Set.of()).stream().filter(code -> !code.equals(commission.code())).sorted().toList();
            if (others.isEmpty()) {
                return;
            }
            if (commission.level() == CommissionLevel.PRECINCT) {
                errors.add(line.error("precinct_number", "polling station " + commission.precinctNumber() + " under "
                        + commission.parentCode() + " is " + String.join(", ", others) + " already"));
            } else {
                errors.add(line.error("territory_code", "territory " + commission.territoryCode() + " has its "
                        + commission.level() + " commission " + String.join(", ", others) + " already"));
            }
        });
    }

    private static List<Object> slot(Commission commission) {
        if (commission.level() == CommissionLevel.PRECINCT) {
            return commission.precinctNumber() == null ? Arrays.asList(null, null, null)
                    : List.of(CommissionLevel.PRECINCT, Objects.toString(commission.parentCode()), commission.precinctNumber());
        }
        return commission.territoryCode() == null || commission.level() == null ? Arrays.asList(null, null, null)
                : List.of(commission.level(), commission.territoryCode(), "");
    }

    /** The commissions above {@code parentCode}, itself first; stops at a loop. */
    static List<String> ancestors(String parentCode, Map<String, Commission> commissions) {
        List<String> chain = new ArrayList<>();
        for (String code = parentCode; code != null && !chain.contains(code); ) {
            chain.add(code);
            Commission commission = commissions.get(code);
            code = commission == null ? null : commission.parentCode();
        }
        return chain;
    }

    /** Whether territory {@code code} is {@code enclosing} or lies in it. */
    static boolean within(String code, String enclosing, Map<String, Territory> territories) {
        Set<String> seen = new LinkedHashSet<>();
        for (String at = code; at != null && seen.add(at); ) {
            if (at.equals(enclosing)) {
                return true;
            }
            Territory territory = territories.get(at);
            at = territory == null ? null : territory.parentCode();
        }
        return false;
    }

    /** A single bare address like tec@election.example.kz, as a mail can be sent to. */
    static Optional<String> problemWithMailbox(String mailbox) {
        if (mailbox.isEmpty()) {
            return Optional.of("is required");
        }
        try {
            InternetAddress address = new InternetAddress(mailbox, true);
            address.validate();
            if (address.getAddress().equals(mailbox) && mailbox.indexOf('@') > 0 && mailbox.length() <= 320) {
                return Optional.empty();
            }
        } catch (AddressException e) {
            // named below
        }
        return Optional.of("'" + mailbox + "' is not a single mail address like tec@election.example.kz");
    }
}
