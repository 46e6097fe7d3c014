package io.nlscope.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static io.nlscope.cli.ReadCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What `nlscope capture` says before it captures, on this host (the real pcap4j and libpcap; this
 * kernel has no nlmon). The capture itself runs in a real kernel with nlmon: scripts/test-live.sh.
 */
class CaptureCommandTest {

    @Test
    void aMissingInterfaceIsOneSentenceAndExit4(@TempDir Path dir) {
        ReadCommandTest.Result r = run("capture", "-i", "nlmon9", "-w", dir.resolve("x.pcapng").toString());
        assertEquals(CaptureCommand.NO_INTERFACE, r.code(), r.err());
        assertEquals("nlscope capture: interface nlmon9 does not exist; create it with 'ip link add nlmon9 type nlmon "
                + "&& ip link set nlmon9 up' (as root), or add --create.\n", r.err());
        assertFalse(Files.exists(dir.resolve("x.pcapng")));
    }

    @Test
    void anInterfaceThatIsNoNlmonIsRefused(@TempDir Path dir) {
        ReadCommandTest.Result r = run("capture", "-i", "lo", "-w", dir.resolve("x.pcapng").toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith("nlscope capture: lo is not an nlmon interface"), r.err());
    }

    @Test
    void usageErrorsComeBeforeAnythingStarts(@TempDir Path dir) throws Exception {
        Path existing = Files.writeString(dir.resolve("old.pcapng"), "keep me");
        ReadCommandTest.Result e = run("capture", "-i", "nlmon0", "-w", existing.toString());
        assertEquals(2, e.code());
        assertEquals("nlscope capture: " + existing + " exists; use --force to overwrite it.\n", e.err());
        assertEquals("keep me", Files.readString(existing));

        ReadCommandTest.Result p = run("capture", "--protocol", "30", "-w", dir.resolve("y.pcapng").toString());
        assertEquals(2, p.code());
        assertEquals("nlscope capture: nlmon never sees netlink protocol 30 on a stock kernel (only 0, 2, 4, 5, 6, 10, 12 "
                + "and 16); record it with 'nlscope trace -w FILE -- PROGRAM' instead.\n", p.err());

        ReadCommandTest.Result w = run("capture", "-i", "nlmon0");
        assertEquals(2, w.code());
        assertTrue(w.err().contains("-w FILE"), w.err());
        ReadCommandTest.Result c = run("capture", "-c", "0", "-w", dir.resolve("z.pcapng").toString());
        assertEquals(2, c.code());
        assertTrue(c.err().contains("-c needs a positive whole number"), c.err());
        ReadCommandTest.Result d = run("capture", "--print", "-w", "-");
        assertEquals(2, d.code());
        assertTrue(d.err().contains("both want standard output"), d.err());
        ReadCommandTest.Result nodir = run("capture", "-w", dir.resolve("no/such/dir/x.pcapng").toString());
        assertEquals(2, nodir.code());
        assertEquals("nlscope capture: cannot write " + dir.resolve("no/such/dir/x.pcapng") + ": there is no folder "
                + dir.resolve("no/such/dir") + ".\n", nodir.err());
    }

    @Test
    void rotationOptionsAreChecked(@TempDir Path dir) throws Exception {
        ReadCommandTest.Result a = run("capture", "--rotate-size", "lots", "-w", dir.resolve("r.pcapng").toString());
        assertEquals(2, a.code());
        assertEquals("nlscope capture: --rotate-size needs a size in bytes such as 1000000, 512K or 100M, not 'lots'.\n", a.err());
        ReadCommandTest.Result b = run("capture", "--rotate-seconds", "1", "-w", "-");
        assertEquals(2, b.code());
        assertTrue(b.err().contains("standard output cannot be rotated"), b.err());
        Files.writeString(dir.resolve("r-00001.pcapng"), "an earlier recording");
        ReadCommandTest.Result c = run("capture", "--rotate-seconds", "1", "-w", dir.resolve("r.pcapng").toString());
        assertEquals(2, c.code());
        assertEquals("nlscope capture: " + dir.resolve("r-00001.pcapng") + " exists; use --force to overwrite it.\n", c.err());
    }

    @Test
    void helpListsTheOptionsAndExitCodes() {
        ReadCommandTest.Result h = run("capture", "--help");
        assertEquals(0, h.code(), h.err());
        assertTrue(h.out().contains("--rotate-seconds") && h.out().contains("--create") && h.out().contains("--no-genl-families"), h.out());
        assertTrue(h.out().contains("libpcap is not installed") && h.out().contains("8 writing failed"), h.out());
    }
}
