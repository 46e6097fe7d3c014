package io.nlscope.analysis;

import io.nlscope.dissect.DissectedFrame;
import io.nlscope.dissect.NetlinkCapture;
import io.nlscope.dissect.NetlinkMessage;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Coverage counts on a real capture (rtnl-changes.pcap: ip link/addr/route/neigh changes). */
class CoverageTest {

    static Path capture(String name) {
        String r = System.getProperty("nlscope.root");
        return (r != null ? Path.of(r) : Path.of("..")).toAbsolutePath().normalize().resolve("testdata/captures").resolve(name);
    }

    /** The goal of protocol coverage: every field of every real capture decoded by name and type. */
    @Test
    void everyRealCaptureIsDecodedWithoutRawFieldsOrMalformedNodes() throws Exception {
        Coverage c = new Coverage();
        java.util.List<Path> files;
        try (java.util.stream.Stream<Path> s = java.nio.file.Files.list(capture("x").getParent())) {
            files = s.filter(p -> p.toString().endsWith(".pcap")).sorted().toList();
        }
        assertTrue(files.size() >= 11, "captures: " + files);
        for (Path p : files) {
            try (NetlinkCapture cap = NetlinkCapture.open(p)) {
                for (DissectedFrame f; (f = cap.next()) != null; ) for (NetlinkMessage m : f.messages()) c.add(m);
            }
        }
        StringBuilder raw = new StringBuilder();
        for (Coverage.Row r : c.rows()) if (r.raw() > 0 || r.malformed() > 0) raw.append(r).append('\n');
        assertEquals("", raw.toString(), "protocol/type rows with raw or malformed fields");
        assertTrue(c.total().named() > 50_000, "named fields: " + c.total());
    }

    @Test
    void countsEveryMessageOnceAndSplitsNamedFromRaw() throws Exception {
        Coverage c = new Coverage();
        long messages = 0;
        try (NetlinkCapture cap = NetlinkCapture.open(capture("rtnl-changes.pcap"))) {
            for (DissectedFrame f; (f = cap.next()) != null; ) for (NetlinkMessage m : f.messages()) { c.add(m); messages++; }
        }
        Coverage.Row all = c.total();
        assertEquals(messages, all.messages());
        assertEquals(83, all.messages());
        assertEquals(0, all.malformed());
        Coverage.Row errors = c.rows().stream().filter(r -> r.type().equals("NLMSG_ERROR")).findFirst().orElseThrow();
        assertEquals("route", errors.protocol());
        assertTrue(errors.named() >= errors.messages() * 2, "error and request of every NLMSG_ERROR are named: " + errors);
        Coverage.Row routes = c.rows().stream().filter(r -> r.type().equals("RTM_NEWROUTE")).findFirst().orElseThrow();
        assertTrue(routes.named() >= routes.messages() * 9, "rtmsg's nine fields are named: " + routes);
    }
}
