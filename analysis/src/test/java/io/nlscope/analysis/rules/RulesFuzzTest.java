package io.nlscope.analysis.rules;

import com.code_intelligence.jazzer.junit.FuzzTest;

import java.nio.charset.StandardCharsets;

/**
 * Rules files from fuzzed text, seeded with the rules files of testdata/rules and the examples of README.md, as
 * YAML and as JSON: {@link RulesProperty} (only a RulesException of one sentence escapes; rules that parse are
 * checked against real captures without throwing).
 */
class RulesFuzzTest {

    @FuzzTest(maxDuration = "5m")
    void rules(byte[] data) {
        RulesProperty.check(new String(data, StandardCharsets.UTF_8));
    }
}
