package com.example.netlink;

import io.nlscope.analysis.Outcome;
import io.nlscope.output.OutputFormat;
import io.nlscope.testing.NetlinkSession;
import io.nlscope.testing.SessionTransaction;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static io.nlscope.testing.SessionAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a user's test of a netlink program looks like: the program ran under nlmon (here: the ip commands of
 * nlscope's testdata/captures/pairs-rtnl.commands.log), and the test checks the recorded session.
 */
class RouteSetupTest {
    // the capture the program's run recorded; relative to this project (surefire runs in its directory)
    static final Path RUN = Path.of("../../testdata/captures/pairs-rtnl.pcap");

    @Test
    void theSetupDidWhatItShould() throws Exception {
        NetlinkSession session = NetlinkSession.open(RUN);
        assertThat(session)
                .hasNoErrorsExcept("EEXIST", "ENODEV on RTM_NEWLINK", "ENODEV on RTM_GETLINK", "ENETUNREACH on RTM_NEWROUTE",
                        "ESRCH on RTM_DELROUTE", "EINVAL on RTM_NEWLINK", "EOPNOTSUPP on RTM_NEWLINK", "ENOENT on RTM_DELNEIGH",
                        "EADDRNOTAVAIL on RTM_DELADDR")
                .hasNoUnanswered()
                .containsInOrder("RTM_NEWLINK ACK", "RTM_NEWADDR ACK", "RTM_NEWROUTE ACK", "RTM_NEWROUTE EEXIST")
                .isEquivalentTo(RUN);   // a baseline recorded earlier; here the same file

        SessionTransaction route = session.transactions("RTM_NEWROUTE").get(0);
        assertEquals(Outcome.ACK, route.outcome());
        assertEquals("198.51.100.0", route.attribute("RTA_DST").orElseThrow());
        assertEquals("24", route.attribute("rtm_dst_len").orElseThrow());
        assertEquals("192.0.2.254", route.attribute("RTA_GATEWAY").orElseThrow());
    }

    @Test
    void anUnexpectedErrorFailsTheTest() throws Exception {
        NetlinkSession session = NetlinkSession.open(RUN);
        AssertionError e = assertThrows(AssertionError.class, () -> assertThat(session).hasNoErrorsExcept("ENODEV", "EEXIST",
                "EINVAL", "EOPNOTSUPP", "ENOENT", "EADDRNOTAVAIL", "ESRCH"));
        assertTrue(e.getMessage().contains("route RTM_NEWROUTE 10.77.0.0/16 via 203.0.113.1: ERROR ENETUNREACH \"Nexthop has invalid gateway\""),
                e.getMessage());
    }

    /** The rows `nlscope pairs -T json` prints: Jackson, which the library brings along, writes them. */
    @Test
    void theSessionAsJson() throws Exception {
        NetlinkSession session = NetlinkSession.open(RUN);
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        session.writePairs(json, OutputFormat.PAIRS_JSON);
        String text = json.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("\"errno\" : \"ENETUNREACH\""), text);
        assertTrue(text.contains("\"transactions\" : " + session.transactions().size()), text);
    }

    /** The one dependency io.nlscope:nlscope brought what the library needs at run time. */
    @Test
    void theLibrarysDependenciesCameWithIt() throws Exception {
        for (String c : new String[] {"com.fasterxml.jackson.core.JsonFactory", "com.fasterxml.jackson.databind.ObjectMapper",
                "com.fasterxml.jackson.dataformat.csv.CsvMapper", "io.kaitai.struct.KaitaiStream", "org.HdrHistogram.Histogram",
                "org.pcap4j.core.Pcaps"})
            Class.forName(c, false, getClass().getClassLoader());
    }
}
