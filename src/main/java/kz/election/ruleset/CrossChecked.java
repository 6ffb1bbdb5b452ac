package kz.election.ruleset;

/**
 * Rules whose values are each fine alone but may contradict each other; {@link RuleNode} calls
 * {@link #checkAcrossKeys} once it has read all of them, so the error still names the file and the key.
 */
interface CrossChecked {

    void checkAcrossKeys(RuleNode node);
}
