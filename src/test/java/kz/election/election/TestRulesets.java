package kz.election.election;

import kz.election.ruleset.Ruleset;
import kz.election.ruleset.RulesetCatalog;

/** The shipped rulesets, loaded once: parsing is the slow part and the result is immutable. */
final class TestRulesets {

    private static final RulesetCatalog CATALOG = RulesetCatalog.fromClasspath(RulesetCatalog.DEFAULT_LOCATION);

    /** The rules elections called before 8 December 2026 keep. */
    static final Ruleset KZ_2024 = CATALOG.byId("kz-2024-03-01");

    /** The rules of elections called from 8 December 2026 (docs/RULES.md, "What kz-2026-12-08 corrects"). */
    static final Ruleset KZ_2026 = CATALOG.byId("kz-2026-12-08");

    private TestRulesets() {
    }
}
