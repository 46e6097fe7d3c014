package io.nlscope.analysis.filter;

import com.code_intelligence.jazzer.junit.FuzzTest;

import java.nio.charset.StandardCharsets;

/**
 * Display filters from fuzzed text, seeded with every filter expression of README.md, docs/, the rules files and
 * the filter tests: {@link FilterProperty} (only a FilterException of one sentence escapes; a filter that compiles
 * runs over real messages without throwing).
 */
class FilterFuzzTest {

    @FuzzTest(maxDuration = "5m")
    void filter(byte[] data) {
        FilterProperty.check(new String(data, StandardCharsets.UTF_8));
    }
}
