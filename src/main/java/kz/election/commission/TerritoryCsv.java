package kz.election.commission;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kz.election.common.FieldViolation;
import kz.election.common.TextRules;

/**
 * Reads the territory register in the KATO layout: {@code code,parent_code,level,name_kk,name_ru}. A
 * territory's parent is in the file or already in the register and sits a tier above it (a village may
 * also lie in a rural district), and its code begins with the parent's significant digits: AB of an
 * oblast, ABCD of a district, ABCDEF of a rural district.
 */
public final class TerritoryCsv {

    static final List<String> HEADER = List.of("code", "parent_code", "level", "name_kk", "name_ru");

    private TerritoryCsv() {
    }

    /**
     * @param register    the territories already imported, by code
     * @param commissions the commissions already imported: a territory one serves keeps a tier it fits
     */
    public static Parsed<Territory> parse(byte[] content, Map<String, Territory> register,
                                          Collection<Commission> commissions) {
        RegisterCsv.Lines read = RegisterCsv.read(content, HEADER);
        List<FieldViolation> errors = new ArrayList<>(read.errors());
        List<RegisterCsv.Line> wellFormed = new ArrayList<>();
        for (RegisterCsv.Line line : read.lines()) {
            int before = errors.size();
            if (!RegisterCsv.TERRITORY_CODE.matcher(line.get("code")).matches()) {
                errors.add(line.error("code", "'" + line.get("code") + "' is not a KATO code of 9 digits"));
            }
            if (!line.blank("parent_code") && !RegisterCsv.TERRITORY_CODE.matcher(line.get("parent_code")).matches()) {
                errors.add(line.error("parent_code", "'" + line.get("parent_code") + "' is not a KATO code of 9 digits"));
            }
            if (level(line) == null) {
                errors.add(line.error("level", "'" + line.get("level") + "' is not one of " + List.of(TerritoryLevel.values())));
            }
            for (String name : List.of("name_kk", "name_ru")) {
                TextRules.problemWithName(line.get(name), RegisterCsv.MAX_NAME)
                        .ifPresent(problem -> errors.add(line.error(name, problem)));
            }
            if (errors.size() == before) {
                wellFormed.add(line);
            }
        }
        Map<String, RegisterCsv.Line> inFile = RegisterCsv.firstOf(read.lines(), line -> line.get("code"), "code",
                "territory", errors);
        List<Territory> rows = new ArrayList<>();
        Map<String, List<Territory>> children = register.values().stream().filter(t -> t.parentCode() != null)
                .collect(Collectors.groupingBy(Territory::parentCode));
        for (RegisterCsv.Line line : wellFormed) {
            Territory territory = new Territory(line.get("code"), line.blank("parent_code") ? null : line.get("parent_code"),
                    level(line), line.get("name_kk"), line.get("name_ru"));
            checkParent(territory, line, inFile, register, errors);
            Territory before = register.get(territory.code());
            if (before != null && before.level() != territory.level()) {
                checkWhatLiesIn(territory, line, children.getOrDefault(territory.code(), List.of()), inFile, commissions,
                        errors);
            }
            rows.add(territory);
        }
        return new Parsed<>(rows, errors, false);
    }

    /**
     * A territory whose level changes still holds what the register places in it (unless the file moves
     * that too) and still fits the commissions serving it.
     */
    private static void checkWhatLiesIn(Territory territory, RegisterCsv.Line line, List<Territory> children,
                                        Map<String, RegisterCsv.Line> inFile, Collection<Commission> commissions,
                                        List<FieldViolation> errors) {
        String prefix = significantDigits(territory.code(), territory.level());
        for (Territory child : children) {
            if (!inFile.containsKey(child.code())
                    && (!mayLieIn(child.level(), territory.level()) || !child.code().startsWith(prefix))) {
                errors.add(line.error("level", "the " + child.level() + " " + child.code() + " lies in it and cannot lie"
                        + " in a " + territory.level() + "; change it in the same file"));
            }
        }
        for (Commission commission : commissions) {
            int tier = commission.level() == CommissionLevel.OBLAST ? 1 : commission.level() == CommissionLevel.TERRITORIAL ? 2 : 0;
            if (territory.code().equals(commission.territoryCode()) && tier != 0 && tier != territory.level().tier()) {
                errors.add(line.error("level", "commission " + commission.code() + " serves it and needs a territory of"
                        + " tier " + tier + ", not a " + territory.level()));
            }
        }
    }

    private static void checkParent(Territory territory, RegisterCsv.Line line, Map<String, RegisterCsv.Line> inFile,
                                    Map<String, Territory> register, List<FieldViolation> errors) {
        TerritoryLevel level = territory.level();
        if (level.tier() == 1) {
            if (territory.parentCode() != null) {
                errors.add(line.error("parent_code", "a territory of level " + level + " lies in no other; leave it empty"));
            }
            return;
        }
        if (territory.parentCode() == null) {
            errors.add(line.error("parent_code", "is required for a territory of level " + level));
            return;
        }
        TerritoryLevel parentLevel;
        RegisterCsv.Line parentLine = inFile.get(territory.parentCode());
        if (parentLine != null) {
            parentLevel = level(parentLine);
            if (parentLevel == null) {
                return; // the parent's own line is named already
            }
        } else if (register.containsKey(territory.parentCode())) {
            parentLevel = register.get(territory.parentCode()).level();
        } else {
            errors.add(line.error("parent_code", "territory " + territory.parentCode()
                    + " is neither in the file nor in the register"));
            return;
        }
        if (!mayLieIn(level, parentLevel)) {
            errors.add(line.error("parent_code", "a " + level + " cannot lie in " + territory.parentCode()
                    + ", a " + parentLevel + ": its parent must be of a higher tier"));
            return;
        }
        String prefix = significantDigits(territory.parentCode(), parentLevel);
        if (!territory.code().startsWith(prefix)) {
            errors.add(line.error("code", "must begin with " + prefix + ", the significant digits of its parent "
                    + territory.parentCode()));
        }
    }

    /** The digits of a code that everything lying in it begins with: AB, ABCD or ABCDEF by its tier. */
    private static String significantDigits(String code, TerritoryLevel level) {
        return code.substring(0, level.tier() * 2);
    }

    /** A parent sits a tier higher; a village may also lie in a rural district. */
    static boolean mayLieIn(TerritoryLevel child, TerritoryLevel parent) {
        return parent.tier() < child.tier()
                || child == TerritoryLevel.VILLAGE && parent == TerritoryLevel.RURAL_DISTRICT;
    }

    private static TerritoryLevel level(RegisterCsv.Line line) {
        return RegisterCsv.constant(TerritoryLevel.class, line.get("level"));
    }
}
