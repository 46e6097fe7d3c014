package io.nlscope.dissect;

import io.nlscope.capture.CaptureReader;
import io.nlscope.capture.Frame;
import io.nlscope.capture.KernelRelease;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A netlink capture read as decoded frames, one at a time in constant memory:
 * <pre>{@code
 * try (NetlinkCapture cap = NetlinkCapture.open(Path.of("x.pcap"))) {
 *     for (DissectedFrame f; (f = cap.next()) != null; )
 *         for (NetlinkMessage m : f.messages()) System.out.println(m.typeName() + " " + m.summary());
 * }
 * }</pre>
 */
public final class NetlinkCapture implements Closeable {
    private final CaptureReader reader;
    private final NetlinkDissector dissector;
    private final GenlFamilies families;

    public NetlinkCapture(CaptureReader reader, NetlinkDissector dissector) {
        this(reader, dissector, null);
    }

    private NetlinkCapture(CaptureReader reader, NetlinkDissector dissector, GenlFamilies families) {
        this.reader = reader;
        this.dissector = dissector;
        this.families = families;
        // the kernel a pcapng section names (shb_os), unless the dissector was told one
        if (dissector.kernel().isEmpty()) reader.section().flatMap(KernelRelease::of).ifPresent(dissector::withKernel);
    }

    /**
     * Opens a pcap or pcapng file of link type 253 (LINKTYPE_NETLINK). A generic netlink family id
     * used before any announcement of it (nlctrl CTRL_CMD_NEWFAMILY) still resolves: a regular file
     * is then scanned once from its start for announcements (only then: a capture whose
     * announcements come first is read once); a FIFO or other file that can be read only once is
     * read as a stream, like {@link #open(InputStream)}.
     */
    public static NetlinkCapture open(Path file) throws IOException {
        return open(file, Map.of());
    }

    /**
     * As {@link #open(Path)}, with generic netlink family ids the user gives (id to family name,
     * e.g. {@code Map.of(0x24, "ethtool")}); they win over announcements in the capture.
     */
    public static NetlinkCapture open(Path file, Map<Integer, String> genlFamilies) throws IOException {
        return open(file, genlFamilies, List.of());
    }

    /**
     * As {@link #open(Path, Map)}, with dissectors of the caller's own protocols (e.g. one made
     * from a user's .ksy) taking the place of the standard ones for their protocol numbers.
     */
    public static NetlinkCapture open(Path file, Map<Integer, String> genlFamilies, List<ProtocolDissector> own) throws IOException {
        // a pipe, a FIFO, /dev/stdin or <(...) can be read only once: read as a stream, without the pre-scan
        if (!java.nio.file.Files.isRegularFile(file) && java.nio.file.Files.exists(file))
            return open(new java.io.FileInputStream(file.toFile()), genlFamilies, own);
        GenlFamilies fam = new GenlFamilies().giveAll(genlFamilies);
        fam.preScanOnDemand(() -> CaptureReader.openNetlink(file));
        return new NetlinkCapture(learnSection(CaptureReader.openNetlink(file), fam), dissector(fam, own), fam);
    }

    /** Reads standard input or another stream: no pre-scan, only earlier announcements name family ids. */
    public static NetlinkCapture open(InputStream in) throws IOException {
        return open(in, Map.of());
    }

    /** As {@link #open(InputStream)}, with generic netlink family ids the user gives. */
    public static NetlinkCapture open(InputStream in, Map<Integer, String> genlFamilies) throws IOException {
        return open(in, genlFamilies, List.of());
    }

    /** As {@link #open(InputStream, Map)}, with dissectors of the caller's own protocols. */
    public static NetlinkCapture open(InputStream in, Map<Integer, String> genlFamilies, List<ProtocolDissector> own) throws IOException {
        GenlFamilies fam = new GenlFamilies().giveAll(genlFamilies);
        return new NetlinkCapture(learnSection(CaptureReader.openNetlink(in), fam), dissector(fam, own), fam);
    }

    /**
     * The families the section header names ({@code nlscope capture} records them there, besides the frames it
     * adds): learnt as announcements, so that the user's win and later CTRL_CMD_NEWFAMILY messages replace them.
     */
    private static CaptureReader learnSection(CaptureReader r, GenlFamilies fam) {
        r.section().ifPresent(s -> s.genlFamilies().forEach(fam::learn));
        return r;
    }

    /** A dissector of the standard registry whose generic netlink dissector resolves ids with {@code fam}. */
    public static NetlinkDissector dissector(GenlFamilies fam) {
        return dissector(fam, List.of());
    }

    /** As {@link #dissector(GenlFamilies)}, with the caller's own dissectors for their protocols. */
    public static NetlinkDissector dissector(GenlFamilies fam, List<ProtocolDissector> own) {
        ProtocolRegistry r = ProtocolRegistry.standard();
        // a user's own protocol-16 dissector found on the class path stays in charge
        if (r.get(16) instanceof GenericNetlinkDissector) r = r.with(new GenericNetlinkDissector(fam));
        for (ProtocolDissector d : own) r = r.with(d);
        return new NetlinkDissector(r);
    }

    /** Decodes from now on only as deep as {@code d} says ({@link Depth#FULL} by default). */
    public NetlinkCapture withDepth(Depth d) { dissector.withDepth(d); return this; }

    /**
     * Reads the messages as sent by kernel {@code k} (null: unknown), whatever the section header says: what a
     * value the kernel renumbered between releases (IFLA_INET6_STATS) is read by.
     */
    public NetlinkCapture withKernel(KernelRelease k) { dissector.withKernel(k); return this; }

    /** The sending kernel's release: the user's, else the section header's; empty when neither says. */
    public java.util.Optional<KernelRelease> kernel() { return dissector.kernel(); }

    /** The interface names the frames read so far have told (see {@link InterfaceNames}). */
    public InterfaceNames interfaces() { return dissector.interfaces(); }

    /** The next decoded frame, or null at the end of the capture. */
    public DissectedFrame next() throws IOException {
        Frame f = reader.next();
        return f == null ? null : dissector.dissect(f);
    }

    /** Decodes a frame of {@link #reader()} (read from it in place of {@link #next()}, when the frame itself is needed too). */
    public DissectedFrame dissect(Frame f) { return dissector.dissect(f); }

    /**
     * Decodes a frame again, as deep as {@code d} says, leaving the capture's depth as it was: a frame first decoded
     * to its headers (to test a filter, to pair), decoded whole where it is shown. Learning (families, interface
     * names) is the same at every depth, so a frame decoded twice teaches nothing twice.
     */
    public DissectedFrame dissect(Frame f, Depth d) {
        Depth was = dissector.depth();
        dissector.withDepth(d);
        try {
            return dissector.dissect(f);
        } finally {
            dissector.withDepth(was);
        }
    }

    /**
     * The generic netlink family ids known so far (the user's, the section header's, the announcements read so far
     * or pre-scanned); empty for a capture made with the public constructor, whose dissector holds its own.
     */
    public java.util.Optional<GenlFamilies> genlFamilies() { return java.util.Optional.ofNullable(families); }

    /** Warnings of the reader (e.g. a capture cut short). */
    public List<String> warnings() { return reader.warnings(); }

    public CaptureReader reader() { return reader; }

    @Override public void close() throws IOException { reader.close(); }
}
