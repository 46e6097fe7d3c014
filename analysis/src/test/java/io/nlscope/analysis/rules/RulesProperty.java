package io.nlscope.analysis.rules;

import io.nlscope.analysis.RealSessions;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the rules-file parser promises of any text: it gives rules or a {@link RulesException} (nothing else
 * escapes) whose message is one sentence naming the file; rules that parse, checked against real sessions, never
 * throw and give one verdict per rule, each with a summary and at most {@link RulesCheck#LISTED} offenders listed.
 */
public final class RulesProperty {
    private RulesProperty() {}

    static final String SOURCE = "fuzzed.yaml";

    /** Checks one text; returns the rules, or null when they are refused. */
    public static Rules check(String text) {
        Rules rules;
        try {
            rules = Rules.parse(SOURCE, text);
        } catch (RulesException e) {
            refusal(e);
            return null;
        }
        assertFalse(rules.rules().isEmpty());
        for (List<RealSessions.Step> steps : RealSessions.sessions()) {
            RulesCheck check = new RulesCheck(rules);
            RealSessions.replay(steps, check::message, check);
            List<RulesCheck.Verdict> verdicts = check.verdicts();
            assertEquals(rules.rules().size(), verdicts.size(), "a verdict per rule");
            for (RulesCheck.Verdict v : verdicts) {
                assertFalse(v.summary().isBlank());
                assertTrue(v.offenders().size() <= RulesCheck.LISTED);
                assertTrue(v.more() >= 0);
            }
            RulesCheck.treeFilters(rules);
        }
        return rules;
    }

    /** One sentence that names the file (a filter's refusal adds the filter and a caret under the place, on two more lines). */
    public static void refusal(RulesException e) {
        String m = e.getMessage();
        assertTrue(m != null && m.startsWith(SOURCE), "the refusal names the file: " + m);
        assertFalse(m.substring(SOURCE.length()).isBlank(), "and says why: " + m);
    }
}
