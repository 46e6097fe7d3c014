package io.nlscope.analysis.rules;

import io.nlscope.analysis.FuzzSeeds;
import io.nlscope.analysis.RealSessions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile rules files end in one RulesException sentence; every real rules file (testdata/rules, the README's
 * examples) parses and is checked against the real captures without throwing.
 */
class RulesRobustnessTest {

    private static String refused(String yaml) {
        RulesException e = assertThrows(RulesException.class, () -> Rules.parse(RulesProperty.SOURCE, yaml));
        RulesProperty.refusal(e);
        assertTrue(e.getMessage().length() < 300, "one readable sentence: " + e.getMessage());
        return e.getMessage();
    }

    @Test
    void deepNestingSaysTheCap() {
        String cap = "nests deeper than " + Rules.MAX_NESTING + " levels";
        assertTrue(refused("rules: " + "[".repeat(10_000) + "]".repeat(10_000)).endsWith(cap));
        assertTrue(refused("{\"rules\": " + "{\"a\": ".repeat(10_000) + "1" + "}".repeat(10_000) + "}").endsWith(cap));
        StringBuilder block = new StringBuilder("rules:\n");
        String indent = "  ";
        for (int i = 0; i < 100; i++, indent += "  ") block.append(indent).append("-\n");
        assertTrue(refused(block.toString()).endsWith(cap));
    }

    @Test
    void hugeNumbersAreNoCountOrDuration() {
        String digits = "9".repeat(5000);
        assertTrue(refused("rules:\n  - notifications: {RTM_NEWLINK: " + digits + "}\n").contains("(5000 characters)' is no count"));
        assertTrue(refused("rules:\n  - notifications: {RTM_NEWLINK: 99999999999999999999999}\n").contains("is no count"));
        assertTrue(refused("rules:\n  - latency: {p99: " + digits + "}\n").contains("is no duration"));
        assertTrue(refused("rules:\n  - latency: {p99: 1e400ms}\n").contains("'1e400ms' is no duration"));
    }

    /** Found by reading count(): "> MAX" and "< MIN" overflowed, and "< -9223372036854775808" allowed any count. */
    @Test
    void countsAtTheEdgesOfLongAreRefused() {
        assertTrue(refused("rules:\n  - notifications: {RTM_NEWLINK: \">9223372036854775807\"}\n").contains("is no count"));
        assertTrue(refused("rules:\n  - notifications: {RTM_NEWLINK: \"<-9223372036854775808\"}\n").contains("is no count"));
        assertTrue(refused("rules:\n  - notifications: {RTM_NEWLINK: -3}\n").endsWith("'-3' counts below 0."));
        assertTrue(refused("rules:\n  - notifications: {RTM_NEWLINK: '5..2'}\n").endsWith("'5..2' is an empty range."));
    }

    @Test
    void duplicateUnknownAndSecondDocuments() {
        assertTrue(refused("rules:\n  - name: a\n    name: b\n    no-unanswered: true\n").contains("Duplicate field 'name'"));
        assertTrue(refused("rules:\n  - no-unanswered: true\nrules:\n  - no-unanswered: true\n").contains("Duplicate field 'rules'"));
        assertTrue(refused("rules:\n  - no-unanswered: true\n    colour: red\n").endsWith("unknown key 'colour' (expected match, name, no-unanswered)."));
        assertTrue(refused("rules:\n  - no-unanswered: true\n    " + "k".repeat(1000) + ": 1\n").contains("(1000 characters)"));
        // a second document was read as nothing: its rules were silently not checked
        assertTrue(refused("rules:\n  - no-unanswered: true\n---\nrules:\n  - no-errors: true\n").endsWith("more than one document (a second '---')"));
        assertTrue(refused("rules:\n  - name: \"\u0000\"\n    no-unanswered: true\n").contains("not valid YAML"));
        assertTrue(refused("").contains("a mapping with a list 'rules'"));
    }

    @Test
    void tooLargeAFileIsRefusedBeforeItIsRead() throws Exception {
        assertTrue(refused("rules:\n  - name: " + "x".repeat(Rules.MAX_BYTES) + "\n    no-unanswered: true\n").contains("is longer than"));
        Path big = Files.createTempFile("nlscope-rules", ".yaml");
        try {
            Files.write(big, new byte[Rules.MAX_BYTES + 1]);
            RulesException e = assertThrows(RulesException.class, () -> Rules.load(big));
            assertEquals(big.getFileName() + " is " + (Rules.MAX_BYTES + 1) + " bytes; a rules file is at most " + Rules.MAX_BYTES + " bytes.", e.getMessage());
        } finally {
            Files.delete(big);
        }
    }

    @Test
    void everyRealRulesFileParsesAndChecksRealCaptures() throws Exception {
        Map<String, String> all = FuzzSeeds.documentedRules(RealSessions.root());
        int full = 0;
        for (var e : all.entrySet()) {
            if (!e.getKey().endsWith(".yaml") || e.getValue().contains(": ..")) continue;   // the README's table row with "p90: .." is a sketch
            if (e.getKey().startsWith("README") && !e.getValue().startsWith("#")) continue;        // one-row examples
            assertNotNull(RulesProperty.check(e.getValue()), e.getKey());
            full++;
        }
        assertTrue(full >= 4, "the three testdata rules files and the README's example: " + all.keySet());
    }
}
