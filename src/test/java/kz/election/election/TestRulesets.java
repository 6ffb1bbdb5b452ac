package kz.election.election;

import kz.election.ruleset.Ruleset;
import kz.election.ruleset.RulesetCatalog;

/** The shipped ruleset, loaded once: parsing is the slow part and the result is immutable. */
final class TestRulesets {

    static final Ruleset KZ_2024 = RulesetCatalog.fromClasspath(RulesetCatalog.DEFAULT_LOCATION).byId("kz-2024-03-01");

    private TestRulesets() {
    }
}
