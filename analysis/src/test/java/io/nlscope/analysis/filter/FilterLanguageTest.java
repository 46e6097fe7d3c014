package io.nlscope.analysis.filter;

import io.nlscope.dissect.DissectedFrame;
import io.nlscope.dissect.NetlinkCapture;
import io.nlscope.dissect.NetlinkMessage;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The filter language, one test per operator and one per error message: every operator true and false on a real
 * message (the first RTM_NEWLINK of rtnl-changes.pcap: dummy0, seq 1795417115... as its decoded tree says), and
 * every sentence a filter can be refused with, at its column.
 */
class FilterLanguageTest {

    /** `ip link add dummy0 type dummy`: RTM_NEWLINK REQUEST|ACK|EXCL|CREATE, IFLA_IFNAME "dummy0", IFLA_LINKINFO kind dummy. */
    private static NetlinkMessage newlink() throws Exception {
        String r = System.getProperty("nlscope.root");
        Path file = (r != null ? Path.of(r) : Path.of("..")).toAbsolutePath().normalize().resolve("testdata/captures/rtnl-changes.pcap");
        try (NetlinkCapture c = NetlinkCapture.open(file)) {
            for (DissectedFrame f; (f = c.next()) != null; )
                for (NetlinkMessage m : f.messages()) if (m.typeName().equals("RTM_NEWLINK") && m.flagNames().contains("CREATE")) return m;
        }
        throw new AssertionError("no RTM_NEWLINK with CREATE in rtnl-changes.pcap");
    }

    private static void is(boolean expected, String filter, NetlinkMessage m) {
        assertEquals(expected, MessageFilter.compile(filter).test(m), filter);
    }

    @Test
    void everyOperator() throws Exception {
        NetlinkMessage m = newlink();
        long seq = m.seq();
        is(true, "type == RTM_NEWLINK", m);
        is(true, "type == 16", m);
        is(false, "type == RTM_DELLINK", m);
        is(true, "type != RTM_DELLINK", m);
        is(false, "type != 16", m);
        is(true, "seq > " + (seq - 1), m);
        is(false, "seq > " + seq, m);
        is(true, "seq >= " + seq, m);
        is(false, "seq >= " + (seq + 1), m);
        is(true, "seq < " + (seq + 1), m);
        is(false, "seq < " + seq, m);
        is(true, "seq <= " + seq, m);
        is(false, "seq <= " + (seq - 1), m);
        is(true, "seq eq " + seq + " and seq ne 0 and len gt 16 and len ge 16 and len lt 65536 and len le 65536", m);
        is(true, "attr.IFLA_IFNAME contains \"umm\"", m);
        is(false, "attr.IFLA_IFNAME contains \"eth\"", m);
        is(true, "flags contains CREATE", m);
        is(true, "attr.IFLA_IFNAME matches \"^dum+y[0-9]$\"", m);
        is(false, "attr.IFLA_IFNAME matches \"^eth\"", m);
        is(true, "attr.IFLA_IFNAME ~ \"y0\"", m);
        is(true, "type in {RTM_DELLINK RTM_NEWLINK}", m);
        is(true, "type in {17, 16}", m);
        is(false, "type in {RTM_DELLINK RTM_GETLINK}", m);
        is(true, "attr.IFLA_LINKINFO.IFLA_INFO_KIND == \"dummy\"", m);
        is(true, "attr.IFLA_IFNAME", m);                     // presence
        is(false, "attr.IFLA_MTU", m);                       // absent
        is(false, "attr.IFLA_MTU == 1500", m);               // absent: a comparison is false
        is(true, "attr.IFLA_MTU != 1500", m);                // ... and != is its negation
        is(true, "flags.ACK && flags.EXCL && !flags.REPLACE && !flags.DUMP", m);
        is(true, "route and not generic", m);
        is(true, "(generic || route) && !(seq == 0)", m);
        is(false, "malformed", m);
        is(true, "direction == to_kernel", m);
    }

    private static void refused(String filter, int column, String start) {
        FilterException e = assertThrows(FilterException.class, () -> MessageFilter.compile(filter), filter);
        assertTrue(e.getMessage().startsWith(start), filter + ": " + e.getMessage());
        assertEquals(column, e.column(), filter + ": " + e.getMessage());
        String explained = e.explain(filter);
        assertTrue(explained.startsWith("column " + column + ": "), explained);
        assertEquals(column + 1, explained.split("\n")[2].indexOf('^'), "the caret under column " + column + ":\n" + explained);
    }

    @Test
    void everyErrorMessage() {
        refused("", 1, "the filter is empty");
        refused("seq == 1)", 9, "')' without its '('");
        refused("seq == 1 flags.ACK", 10, "expected '&&', '||' or the end of the filter, not 'flags.ACK'");
        refused("(".repeat(300) + "seq" + ")".repeat(300), 257, "the filter nests deeper than 256 levels");
        refused("()", 2, "'()' holds no test");
        refused("(seq == 1", 10, "expected ')' to close the '(' of column 1");
        refused("&& seq", 1, "expected a field name, not '&&'");
        refused("seq == 1 &&", 12, "expected a field name or '(', not the end of the filter");
        refused("seq in 1", 8, "expected '{' after 'in', not '1'");
        refused("seq in {1 2", 12, "expected '}' to close the '{' of column 8");
        refused("seq in {}", 8, "'{}' holds no value");
        refused("seq 42", 5, "expected an operator (==, !=, <, >, contains, matches, in ...) between 'seq' and '42'");
        refused("attr..X == 1", 1, "'attr..X' is not a field name");
        refused("9lives == 1", 1, "'9lives' is not a field name");
        refused("seq ==", 7, "expected a value after '==', not the end of the filter");
        refused("genl.family == \"ethtool", 16, "the string that starts here has no closing '\"'");
        refused("genl.family == \"a\\x4\"", 18, "'\\x' needs two hex digits");
        refused("genl.family == \"a\\q\"", 18, "unknown escape '\\q'");
        refused("seq = 1", 5, "'=' alone is no operator (did you mean '=='?)");
        refused("seq == 1 \u0007", 10, "unexpected character '\\x07'");
        refused("genl.family matches \"(\"", 21, "'(' is not a regular expression");
        refused("latency > soon", 11, "'soon' is not a duration such as 10ms");
        refused("extack.offset == 1", 1, "'extack.offset' is no field of the extended ACK");
        refused("attr.IFLA_MTUU == 1", 1, "no spec names a field 'attr.IFLA_MTUU' (close names: attr.IFLA_MTU)");
        refused("seq == foo", 8, "'foo' is not a number, and seq is a number");
        refused("attr.IFLA_MTU > big", 17, "'big' is not a number, and attr.IFLA_MTU is a u32");
        refused("pid in {0 me}", 11, "'me' is not a number, and pid is a number");
        MessageFilter.compile("type == RTM_NEWLINK && flags == \"REQUEST|ACK\" && attr.IFLA_IFNAME == lo");   // names where fields have them
        refused("rout", 1, "'rout' is no protocol, generic netlink family or field nlscope knows");
        StringBuilder many = new StringBuilder("outcome == ERROR");
        for (int i = 0; i < 65; i++) many.append(" && seq != ").append(i);
        refused(many.toString(), many.indexOf("seq != 64") + 1, "a filter of the transaction can test at most 64 fields of the message");
        assertFalse(MessageFilter.compile(many.toString().replace(" && seq != 64", "")).test(0, null, 0), "64 are fine");
    }
}
