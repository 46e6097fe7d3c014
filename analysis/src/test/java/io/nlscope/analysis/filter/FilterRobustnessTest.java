package io.nlscope.analysis.filter;

import io.nlscope.analysis.FuzzSeeds;
import io.nlscope.analysis.RealSessions;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Filters nested or chained far past any a person writes are a FilterException that says the cap, never a
 * StackOverflowError; every filter expression the documentation and the rules files show compiles and runs over
 * real captures.
 */
class FilterRobustnessTest {

    private static FilterException refused(String filter) {
        FilterException e = assertThrows(FilterException.class, () -> MessageFilter.compile(filter));
        FilterProperty.refusal(filter, e);
        return e;
    }

    @Test
    void tenThousandLevelsSayTheDepthCap() {
        String cap = "the filter nests deeper than " + FilterParser.MAX_DEPTH + " levels";
        assertEquals(cap, refused("(".repeat(10_000) + "seq" + ")".repeat(10_000)).getMessage());
        assertEquals(cap, refused("(".repeat(10_000)).getMessage());
        assertEquals(cap, refused("not ".repeat(10_000) + "seq").getMessage());
        assertEquals(cap, refused("!".repeat(10_000) + "seq").getMessage());
        assertEquals(cap, refused("!(".repeat(5_000) + "seq" + ")".repeat(5_000)).getMessage());
    }

    /** Found by hand: "seq == 1 && seq == 1 && ..." 10,000 times made a tree 10,000 deep, and compiling it overflowed the stack. */
    @Test
    void tenThousandTestsInAChainSayTheTestCap() {
        String cap = "the filter holds more than " + FilterParser.MAX_TESTS + " tests";
        assertEquals(cap, refused("seq == 1" + " && seq == 1".repeat(10_000)).getMessage());
        assertEquals(cap, refused("seq == 1" + " || seq == 1".repeat(100_000)).getMessage());
        assertEquals(cap, refused("outcome == ACK" + " and outcome == ACK".repeat(10_000)).getMessage());
        FilterException e = refused("route" + " || route".repeat(FilterParser.MAX_TESTS));
        assertEquals("route".length() + " || route".length() * (FilterParser.MAX_TESTS - 1) + " || ".length() + 1, e.column(), "at the test past the cap");
    }

    @Test
    void theLongestChainAllowedCompilesAndRuns() {
        MessageFilter f = MessageFilter.compile("seq != 1" + " && seq != 1".repeat(FilterParser.MAX_TESTS - 1));
        FilterProperty.apply(f);
        MessageFilter g = MessageFilter.compile("(".repeat(FilterParser.MAX_DEPTH) + "route" + " || route".repeat(FilterParser.MAX_TESTS - 1)
                + ")".repeat(FilterParser.MAX_DEPTH));
        FilterProperty.apply(g);
    }

    /**
     * Fuzzing found (crash-2306650c...: {@code x"a\"b\\c\nd\te\x01"}): a message quoted a string with its escapes resolved, so a
     * {@code \n} in it broke the one-line sentence; it is quoted escaped again, and a long one is cut.
     */
    @Test
    void aStringWithControlCharactersIsQuotedEscaped() {
        FilterException e = refused("x\"a\\\"b\\\\c\\nd\\te\\x01\"");
        assertEquals("expected an operator (==, !=, <, >, contains, matches, in ...) between 'x' and \"a\"b\\c\\nd\\te\\x01\"", e.getMessage());
        assertEquals(2, e.column());
        assertEquals("'a\\nb' is not a number, and seq is a number", refused("seq == \"a\\nb\"").getMessage());
        String regex = "genl.family matches \"" + "(".repeat(10_000) + "a\"";
        assertTrue(refused(regex).getMessage().startsWith("'" + "(".repeat(60) + "... (10001 characters)' is not a regular expression"));
    }

    /**
     * Found by trying it: Java's regex engine recurses per repetition of a group, so {@code (a|b)*} over a captured
     * IFLA_IFALIAS of 60,000 characters was a StackOverflowError out of the filter's test; the value does not match.
     */
    @Test
    void aRegularExpressionThatOverflowsOnALongValueDoesNotMatch() {
        String alias = "ab".repeat(30_000);
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(32 + ((4 + alias.length() + 1 + 3) & ~3)).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.putInt(b.capacity()).putShort((short) 16).putShort((short) 0x5).putInt(1).putInt(0);   // RTM_NEWLINK, REQUEST|ACK
        b.putInt(0).putInt(7).putInt(0).putInt(0);                                              // ifinfomsg: ifindex 7
        b.putShort((short) (4 + alias.length() + 1)).putShort((short) 20).put(alias.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        io.nlscope.analysis.FuzzFrames.Record r = new io.nlscope.analysis.FuzzFrames.Record(0, io.nlscope.capture.Direction.OUTBOUND,
                1_700_000_000_000_000_000L, "", b.array());
        io.nlscope.dissect.NetlinkMessage m = io.nlscope.analysis.FuzzFrames.dissect(io.nlscope.analysis.FuzzFrames.frames(java.util.List.of(r)))
                .get(0).messages().get(0);
        assertTrue(MessageFilter.compile("attr.IFLA_IFALIAS matches \"^abab\"").test(m), "the alias is decoded");
        assertEquals(false, MessageFilter.compile("attr.IFLA_IFALIAS matches \"^(a|b)*$\"").test(m));
        assertEquals(true, MessageFilter.compile("!(attr.IFLA_IFALIAS matches \"^(a|b)*$\")").test(m));
    }

    @Test
    void aRegularExpressionTooDeepToCompileIsRefused() {
        String deep = "(".repeat(10_000) + "a" + ")".repeat(10_000);
        assertTrue(refused("genl.family matches \"" + deep + "\"").getMessage().contains("is not a regular expression"));
    }

    @Test
    void everyDocumentedFilterCompilesAndRunsOverRealCaptures() throws Exception {
        Set<String> filters = FuzzSeeds.documentedFilters(RealSessions.root());
        assertTrue(filters.size() >= 15, "README, docs and rules files show filters: " + filters);
        for (String f : filters) assertNotNull(FilterProperty.check(f), f);
    }
}
