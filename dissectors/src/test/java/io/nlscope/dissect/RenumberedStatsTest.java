package io.nlscope.dissect;

import io.nlscope.capture.KernelRelease;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * IFLA_INET6_STATS, whose IPSTATS_MIB_* the kernel renumbered (6.1: 37 counters; 6.12: OUTPKTS renamed OUTREQUESTS
 * and a new OUTPKTS last; 6.18 and 7.2: the fast-path counters first), read by the layout of the kernel that sent
 * it (-nl-struct-by-kernel): from the capture's shb_os, from the caller, or, unknown, shown by each layout.
 */
class RenumberedStatsTest {
    private static final Path K618 = TestData.root().resolve("testdata/kernels/6.18/link-lo.pcapng");

    private static Field stats(NetlinkMessage m) {
        return stats0(m).orElseThrow();
    }

    private static java.util.Optional<Field> stats0(NetlinkMessage m) {
        return m.field("IFLA_AF_SPEC").flatMap(f -> f.child("AF_INET6")).flatMap(f -> f.child("IFLA_INET6_STATS"));
    }

    /** The IFLA_INET6_STATS of every RTM_NEWLINK of a capture, read as sent by {@code kernel} (null: as the file says). */
    private static List<Field> allStats(Path file, KernelRelease kernel) throws Exception {
        List<Field> out = new ArrayList<>();
        try (NetlinkCapture c = NetlinkCapture.open(file)) {
            if (kernel != null) c.withKernel(kernel);
            for (DissectedFrame f; (f = c.next()) != null; )
                for (NetlinkMessage m : f.messages())
                    if (m.protocol() == 0 && m.type() == 16 && stats0(m).isPresent())
                        out.add(stats(m));
        }
        assertFalse(out.isEmpty(), "no RTM_NEWLINK with IFLA_INET6_STATS in " + file);
        return out;
    }

    private static Map<String, Long> counters(Field f) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (Field c : ((Value.Nested) f.value()).fields()) m.put(c.name(), ((Value.Num) c.value()).value());
        return m;
    }

    private static List<String> names(Field f) {
        return ((Value.Nested) f.value()).fields().stream().map(Field::name).toList();
    }

    /** /proc/net/dev_snmp6/lo, saved right after the trace: name to value. */
    private static Map<String, Long> devSnmp6() throws Exception {
        Map<String, Long> m = new LinkedHashMap<>();
        for (String line : Files.readAllLines(K618.resolveSibling("link-lo.dev_snmp6.txt"))) {
            String[] w = line.trim().split("\\s+");
            if (w.length == 2) m.put(w[0], Long.parseLong(w[1]));
        }
        return m;
    }

    @Test
    void a618KernelSendsThe72OrderAndItsShbOsSaysSo() throws Exception {
        // recorded on this machine's 6.18 kernel: nlscope trace -w link-lo.pcapng -- ip link show lo, after IPv6 UDP on ::1
        try (NetlinkCapture c = NetlinkCapture.open(K618)) {
            assertEquals("6.18", c.kernel().orElseThrow().version());
        }
        Map<String, Long> proc = devSnmp6();
        Field lo = allStats(K618, null).get(0);
        Map<String, Long> got = counters(lo);
        assertEquals(38, got.size(), "one layout, not two readings: " + got.keySet());
        // the names /proc/net/dev_snmp6 gives the counters snmp.h numbers (its comments: InReceives ...)
        Map<String, String> procName = Map.of("inpkts", "Ip6InReceives", "inoctets", "Ip6InOctets", "indelivers", "Ip6InDelivers",
                "noectpkts", "Ip6InNoECTPkts", "outrequests", "Ip6OutRequests", "outpkts", "Ip6OutTransmits", "outoctets", "Ip6OutOctets",
                "outforwdatagrams", "Ip6OutForwDatagrams", "inhdrerrors", "Ip6InHdrErrors", "reasm_overlaps", "Ip6ReasmOverlaps");
        assertTrue(proc.get("Ip6InReceives") > 0 && proc.get("Ip6OutOctets") > 0 && proc.get("Ip6InDelivers") > 0, "traffic on ::1");
        assertEquals(38, got.get("num"));
        procName.forEach((ours, theirs) -> assertEquals(proc.getOrDefault(theirs, 0L), got.get(ours), ours + " = " + theirs));
        // 6.12's order would have put InReceives' 25 at position 4 (OUTFORWDATAGRAMS): the values prove the layout
        long nonZero = got.values().stream().filter(v -> v != 0).count();
        assertEquals(1 + proc.entrySet().stream().filter(e -> e.getKey().startsWith("Ip6") && e.getValue() != 0).count(), nonZero,
                "every non-zero Ip6 counter of /proc and NUM, nothing else: " + got);
    }

    @Test
    void an72CaptureWithoutItsKernelIsShownByBothLayoutsThatFit() throws Exception {
        Path file = TestData.root().resolve("testdata/kernels/7.2/link-dump.pcap");   // a pcap: no shb_os
        Field f = allStats(file, null).get(0);
        assertEquals(List.of("[as 6.12 numbers it]", "[as 6.18, 7.2 number it]"), names(f));
        for (Field reading : ((Value.Nested) f.value()).fields()) {
            assertEquals(38, counters(reading).size());
            assertFalse(reading.child("extra_bytes").isPresent());
            assertEquals(f.offset() + 4, reading.offset());
        }
        assertEquals("outpkts", last(names(((Value.Nested) f.value()).fields().get(0))), "6.12 appended OUTPKTS");
        assertEquals("reasm_overlaps", last(names(((Value.Nested) f.value()).fields().get(1))));
        // told the kernel, one reading
        for (Field s : allStats(file, KernelRelease.parse("7.2.13+deb14-amd64").orElseThrow())) {
            assertEquals(38, counters(s).size());
            assertEquals("noectpkts", names(s).get(4));
        }
    }

    @Test
    void a612CaptureToldItsKernelUsesThe612Order() throws Exception {
        Path file = TestData.root().resolve("testdata/kernels/6.12/link-dump.pcap");
        for (Field s : allStats(file, KernelRelease.parse("6.12").orElseThrow())) {
            List<String> n = names(s);
            assertEquals(List.of("num", "inpkts", "inoctets", "indelivers", "outforwdatagrams", "outrequests"), n.subList(0, 6));
            assertEquals("outpkts", last(n));
            assertEquals(38, counters(s).get("num"));
        }
    }

    @Test
    void a61CaptureHas37CountersWhateverTheKernel() throws Exception {
        // the length alone selects 6.1's layout: no reading to choose, with or without a kernel
        for (KernelRelease k : new KernelRelease[] {null, KernelRelease.parse("7.2").orElseThrow()}) {
            for (Field s : allStats(TestData.capture("rtnl-dump.pcap"), k)) {
                Map<String, Long> c = counters(s);
                assertEquals(37, c.size());
                assertEquals(37, c.get("num"));
                assertEquals("outpkts", names(s).get(5));
                assertFalse(c.containsKey("outrequests"));
            }
        }
    }

    @Test
    void aKernelBetweenTwoThatDifferGetsBothReadingsOneOutsideGetsOne() throws Exception {
        Path file = TestData.root().resolve("testdata/kernels/7.2/link-dump.pcap");
        // 6.13 .. 6.17: no headers Debian ships say which order they send
        assertEquals(2, ((Value.Nested) allStats(file, KernelRelease.parse("6.15").orElseThrow()).get(0).value()).fields().size());
        // before 6.12 a 38-counter value is 6.12's order (the reorder came after it); after 7.2, the newest
        assertEquals("outforwdatagrams", names(allStats(file, KernelRelease.parse("6.5").orElseThrow()).get(0)).get(4));
        assertEquals("noectpkts", names(allStats(file, KernelRelease.parse("7.9").orElseThrow()).get(0)).get(4));
        assertEquals("noectpkts", names(allStats(file, KernelRelease.parse("6.18").orElseThrow()).get(0)).get(4));
    }

    @Test
    void releasesParseFromShbOsAndUserText() {
        assertEquals("6.1", KernelRelease.parse("Linux 6.1.0-28-amd64").orElseThrow().version());
        assertEquals("7.2", KernelRelease.parse("7.2.13+deb14-amd64").orElseThrow().version());
        assertEquals("6.18", KernelRelease.parse("6.18").orElseThrow().version());
        assertTrue(KernelRelease.parse("foo").isEmpty());
        assertTrue(KernelRelease.parse("").isEmpty());
        assertTrue(KernelRelease.parse("6.12").orElseThrow().compareTo(KernelRelease.parse("6.9").orElseThrow()) > 0);
    }

    private static String last(List<String> l) { return l.get(l.size() - 1); }
}
