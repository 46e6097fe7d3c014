package io.nlscope.capture;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Makes the seeds of CaptureFuzzTest from the real captures of testdata: each cut to its first frames (a few
 * KB), in both byte orders (testdata is all little-endian: the big-endian ones are rewritten by
 * {@link OtherByteOrder}), a nanosecond pcap and a snapped one made by the writers, a pcapng of two sections of
 * different byte orders, and captures of another link type for openNetlink. Run, after testdata changes, with
 * <pre>mvn -o -q -B test -pl capture -am -Dtest=CaptureSeedsTest -Dsurefire.failIfNoSpecifiedTests=false -Dnlscope.seeds=write</pre>
 * and commit what it writes under {@code src/test/resources/io/nlscope/capture/CaptureFuzzTestInputs/}.
 */
class CaptureSeedsTest {
    /** How much of a capture a seed keeps: whole frames up to this, at least one. */
    private static final int SEED_BYTES = 4096;

    static Path testdata(String file) {
        String r = System.getProperty("nlscope.root");
        return (r != null ? Path.of(r) : Path.of("..")).toAbsolutePath().normalize().resolve("testdata").resolve(file);
    }

    @Test
    @EnabledIfSystemProperty(named = "nlscope.seeds", matches = "write")
    void writeSeeds() throws IOException {
        Map<String, byte[]> pcap = new LinkedHashMap<>();
        for (String f : List.of("captures/rtnl-dump.pcap", "captures/rtnl-changes.pcap", "captures/rtnl-monitor.pcap",
                "captures/genl-ctrl.pcap", "captures/genl-ethtool.pcap", "captures/netfilter.pcap", "captures/xfrm.pcap",
                "captures/sock-diag.pcap", "kernels/7.2/rtnl-bulk.pcap", "kernels/6.12/genl-misc.pcap")) {
            pcap.put(seedName(f), firstFrames(Files.readAllBytes(testdata(f))));
        }
        pcap.put("rtnl-changes-be.pcap", OtherByteOrder.pcap(pcap.get("rtnl-changes.pcap")));
        pcap.put("genl-ctrl-be.pcap", OtherByteOrder.pcap(pcap.get("genl-ctrl.pcap")));
        pcap.put("rtnl-dump-ns.pcap", rewrite(pcap.get("rtnl-dump.pcap"), CaptureWriter.Format.PCAP_NS));
        pcap.put("rtnl-dump-snapped.pcap", snapped(pcap.get("rtnl-dump.pcap"), 40));
        pcap.put("ethernet.pcap", ethernet(pcap.get("rtnl-changes.pcap")));

        Map<String, byte[]> pcapng = new LinkedHashMap<>();
        for (String f : List.of("captures/live-processes.pcapng", "captures/families-audit.daemon.pcapng",
                "captures/families-uevent.listener.pcapng", "kmod/captures/kmod-hello.pcapng", "kmod/captures/kmod-ack.pcapng",
                "kernels/6.18/link-lo.pcapng")) {
            pcapng.put(seedName(f), firstFrames(Files.readAllBytes(testdata(f))));
        }
        pcapng.put("live-processes-be.pcapng", OtherByteOrder.pcapng(pcapng.get("live-processes.pcapng")));
        pcapng.put("kmod-hello-be.pcapng", OtherByteOrder.pcapng(pcapng.get("kmod-hello.pcapng")));
        pcapng.put("two-sections-le-be.pcapng", concat(pcapng.get("kmod-ack.pcapng"), OtherByteOrder.pcapng(pcapng.get("link-lo.pcapng"))));
        pcapng.put("rtnl-dump-from-pcap.pcapng", rewrite(pcap.get("rtnl-dump.pcap"), CaptureWriter.Format.PCAPNG));
        pcapng.put("netlink-then-ethernet.pcapng", netlinkThenEthernet(pcap.get("rtnl-changes.pcap")));

        Path inputs = Path.of("src/test/resources/io/nlscope/capture/CaptureFuzzTestInputs");
        write(inputs.resolve("pcapReader"), pcap);
        write(inputs.resolve("pcapngReader"), pcapng);
        for (String target : List.of("roundTrip", "openNetlink")) {
            write(inputs.resolve(target), pcap);
            write(inputs.resolve(target), pcapng);
        }
    }

    private static String seedName(String testdataFile) {
        return Path.of(testdataFile).getFileName().toString().replace(".listener", "").replace(".daemon", "");
    }

    private static void write(Path dir, Map<String, byte[]> seeds) throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<String, byte[]> e : seeds.entrySet()) {
            Files.write(dir.resolve(e.getKey()), e.getValue());
        }
    }

    /** The capture up to the end of its last frame within {@link #SEED_BYTES} (at least its first frame). */
    static byte[] firstFrames(byte[] file) {
        List<Integer> ends = RealCapturesTest.frameEnds(file);
        int keep = ends.get(0);
        for (int end : ends) {
            if (end <= SEED_BYTES) keep = end;
        }
        return java.util.Arrays.copyOf(file, keep);
    }

    private static List<Frame> frames(byte[] capture) throws IOException {
        return CaptureContract.read(capture, false, ByteSource.DEFAULT_CAPACITY).frames();
    }

    private static byte[] rewrite(byte[] capture, CaptureWriter.Format format) throws IOException {
        CaptureContract.Reading r = CaptureContract.read(capture, false, ByteSource.DEFAULT_CAPACITY);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CaptureWriter w = CaptureWriter.open(out, format, new Section("x86_64", "Linux 6.1.0-56-amd64", "nlscope seeds", null), r.reader())) {
            for (Frame f : r.frames()) w.write(f, List.of("seed frame " + f.index()));
        }
        return out.toByteArray();
    }

    /** As tcpdump -s would have cut it. */
    private static byte[] snapped(byte[] capture, int snaplen) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PcapWriter w = new PcapWriter(out, 253, snaplen)) {
            for (Frame f : frames(capture)) w.write(f.timestampNanos(), f.copyOfData(), 0, f.capturedLength());
        }
        return out.toByteArray();
    }

    /** The same bytes under LINKTYPE_ETHERNET: what openNetlink refuses at open. */
    private static byte[] ethernet(byte[] pcap) {
        byte[] b = pcap.clone();
        ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putInt(20, 1);
        return b;
    }

    /** A netlink interface with frames, then an Ethernet one: openNetlink reads the first and refuses the second. */
    private static byte[] netlinkThenEthernet(byte[] pcap) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PcapngWriter w = new PcapngWriter(out)) {
            w.addInterface(253, 0, "nlmon0");
            List<Frame> f = frames(pcap);
            w.write(0, f.get(0));
            w.addInterface(1, 0, "eth0");
            w.write(1, f.get(1));
            w.write(0, f.get(2));
        }
        return out.toByteArray();
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
