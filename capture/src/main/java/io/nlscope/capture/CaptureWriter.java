package io.nlscope.capture;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

/**
 * Writes frames as they were read to a new capture ({@code nlscope export}): each frame's time, bytes, original
 * length, and in pcapng its interface, direction and comments, with comments of the caller's after them. The
 * pcapng file gets one section whose header is the given one, and an interface for each one the source declared,
 * with the source's name and snapshot length and nanosecond times (a frame on an interface whose link type
 * differs from the one its id was declared with, which only a source of several sections has, starts a new
 * section, so that every frame keeps its interface id and link type). A classic pcap keeps no comments,
 * directions, interfaces or link types (its header says NETLINK): {@link #lostComments()} counts the comments
 * it could not keep (or cut to the 65535 bytes of a pcapng option), {@link #cutTimes()} the times that lost
 * digits to microseconds, {@link #clampedTimes()} those outside the format's range.
 *
 * <p>Frames are written whole, whatever snapshot length their interface declares (up to the 262144 bytes
 * readers accept, which no frame read is longer than).
 */
public final class CaptureWriter implements Closeable {

    /** The formats written: each keeps every time of a file read in it exactly. */
    public enum Format {
        /** Classic pcap with microsecond times: what every tool reads. */
        PCAP("pcap"),
        /** Classic pcap with nanosecond times (magic a1b23c4d). */
        PCAP_NS("pcap-ns"),
        /** pcapng, nanosecond times, comments and directions kept. */
        PCAPNG("pcapng");

        public final String id;

        Format(String id) { this.id = id; }

        /** The format called {@code id} ("pcap", "pcap-ns", "pcapng"), or null. */
        public static Format of(String id) {
            for (Format f : values()) if (f.id.equals(id.toLowerCase(Locale.ROOT))) return f;
            return null;
        }

        /** The format of what {@code r} reads ({@link CaptureReader#format()}). */
        public static Format of(CaptureReader r) {
            Format f = of(r.format());
            return f == null ? PCAPNG : f;
        }
    }

    /** What a classic pcap header announces as snapshot length (libpcap's largest); frames are never cut to it. */
    private static final int PCAP_SNAPLEN = 262144;

    private final Format format;
    private final PcapWriter pcap;
    private final PcapngWriter pcapng;
    private final CaptureReader source;
    /** The link type each interface id of the current output section was declared with. */
    private final List<Integer> declared = new java.util.ArrayList<>();
    private long lostComments, cutTimes, clampedTimes, frames;

    private CaptureWriter(Format format, PcapWriter pcap, PcapngWriter pcapng, CaptureReader source) {
        this.format = format;
        this.pcap = pcap;
        this.pcapng = pcapng;
        this.source = source;
    }

    /**
     * @param section the pcapng section header to write (ignored for pcap)
     * @param source  the reader the frames come from: its interfaces' names and snapshot lengths are kept
     */
    public static CaptureWriter open(OutputStream out, Format format, Section section, CaptureReader source) throws IOException {
        return switch (format) {
            case PCAP, PCAP_NS -> new CaptureWriter(format, new PcapWriter(out, CaptureReader.LINKTYPE_NETLINK, PCAP_SNAPLEN,
                    format == Format.PCAP_NS), null, source);
            case PCAPNG -> new CaptureWriter(format, null, new PcapngWriter(out, section), source);
        };
    }

    public Format format() { return format; }

    /**
     * Writes {@code f} with its own comments, then {@code extra} (each a pcapng opt_comment). A time the format
     * cannot hold (before 1970, or after 2106 in pcap) is written as the nearest one it can, and counted.
     */
    public void write(Frame f, List<String> extra) throws IOException {
        frames++;
        byte[] b = f.bytes();
        int original = Math.max(f.originalLength(), b.length);
        long t = Math.max(0, Math.min(f.timestampNanos(), pcap != null ? PcapWriter.LATEST : Long.MAX_VALUE));
        if (t != f.timestampNanos()) clampedTimes++;
        if (pcap != null) {
            lostComments += f.comments().size() + extra.size();
            if (format == Format.PCAP && t % 1000 != 0) cutTimes++;
            pcap.record(t, b, 0, Math.min(b.length, AbstractReader.MAX_FRAME), original);
            return;
        }
        int id = f.interfaceId();
        if (id < declared.size() && declared.get(id) != f.linkType()) {
            pcapng.newSection();
            declared.clear();
        }
        while (declared.size() <= id) {
            int i = declared.size();
            pcapng.addInterface(f.linkType(), Math.max(0, source.snaplen(i)), source.interfaceName(i).orElse(null));
            declared.add(f.linkType());
        }
        List<String> comments = f.comments();
        if (!extra.isEmpty()) {
            comments = new java.util.ArrayList<>(comments);
            comments.addAll(extra);
        }
        long cut = pcapng.cutOptions();
        pcapng.epb(id, t, f.direction(), b, 0, b.length, original, comments);
        lostComments += pcapng.cutOptions() - cut;
    }

    /** Frames written. */
    public long frames() { return frames; }

    /** Comments a classic pcap could not keep. */
    public long lostComments() { return lostComments; }

    /** Times that lost their nanoseconds to a microsecond pcap. */
    public long cutTimes() { return cutTimes; }

    /** Times outside what the format holds (before 1970; after 2106 in pcap), written as its first or last. */
    public long clampedTimes() { return clampedTimes; }

    public void flush() throws IOException {
        if (pcap != null) pcap.flush();
        else pcapng.flush();
    }

    @Override
    public void close() throws IOException {
        if (pcap != null) pcap.close();
        else pcapng.close();
    }
}
