package io.nlscope.capture;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes a little-endian pcapng file: one section, interfaces with nanosecond resolution, enhanced packet blocks.
 *
 * <p>Output is buffered; nothing is guaranteed to reach the stream before {@link #flush()} or {@link #close()}.
 * Any data is cut to the 262144 bytes that readers accept, its original length kept.
 */
public final class PcapngWriter implements Closeable {
    private static final int SHB = 0x0A0D0D0A;
    private static final int IDB = 1;
    private static final int EPB = 6;

    /** The most bytes an option's value holds: its length is a 16-bit field. */
    static final int MAX_OPTION = 0xFFFF;

    private final OutBuffer out;
    private final Section section;
    private final List<Integer> snaplens = new ArrayList<>();
    private long cutOptions;

    public PcapngWriter(OutputStream out) throws IOException {
        this(out, new Section(null, null, "nlscope", null));
    }

    /** A writer whose section header says where the capture was made ({@link Section}). */
    public PcapngWriter(OutputStream out, Section section) throws IOException {
        this.out = new OutBuffer(Objects.requireNonNull(out, "out"));
        this.section = Objects.requireNonNull(section, "section");
        sectionHeader();
    }

    private void sectionHeader() throws IOException {
        byte[] hw = text(section.hardware()), os = text(section.os()), app = text(section.application()), comment = text(section.comment());
        byte[] families = text(section.familiesComment());
        int opts = optionSize(comment) + optionSize(families) + optionSize(hw) + optionSize(os) + optionSize(app);
        int len = 24 + opts + (opts > 0 ? 4 : 0) + 4;
        ByteBuffer b = this.out.room(len);
        b.putInt(SHB).putInt(len).putInt(0x1A2B3C4D);
        b.putShort((short) 1).putShort((short) 0);
        b.putLong(-1L); // section length unknown: we stream
        if (comment != null) putOption(b, 1, comment); // opt_comment
        if (families != null) putOption(b, 1, families); // opt_comment: the generic netlink families (Section.FAMILIES)
        if (hw != null) putOption(b, 2, hw); // shb_hardware
        if (os != null) putOption(b, 3, os); // shb_os
        if (app != null) putOption(b, 4, app); // shb_userappl
        if (opts > 0) b.putInt(0); // opt_endofopt
        b.putInt(len);
    }

    /**
     * Starts a new section with the same header: every interface declared so far is forgotten, and ids count
     * from 0 again (as after a section header in the file read).
     */
    void newSection() throws IOException {
        snaplens.clear();
        sectionHeader();
    }

    /** Options whose text was cut to {@link #MAX_OPTION} bytes (a comment or name that long cannot be written whole). */
    long cutOptions() { return cutOptions; }

    /** The UTF-8 of {@code s} (null for null or empty), cut at a character's start to fit an option. */
    private byte[] text(String s) {
        return text(s, MAX_OPTION);
    }

    /** The UTF-8 of {@code s} (null for null or empty), cut at a character's start to at most {@code max} bytes. */
    private byte[] text(String s, int max) {
        if (s == null || s.isEmpty()) return null;
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        if (b.length <= max) return b;
        cutOptions++;
        int n = max;
        while ((b[n] & 0xC0) == 0x80) n--;   // b[n] is the first byte left out: not inside a character
        return java.util.Arrays.copyOf(b, n);
    }

    private static int optionSize(byte[] value) { return value == null ? 0 : optionSize(value.length); }

    /**
     * Declares an interface (IDB with if_tsresol = 10^-9 and, when given, if_name: its first 256 bytes, what readers keep).
     *
     * @param snaplen 0 for "no limit"; a positive value cuts longer data on write
     * @return the interface id to pass to {@code write}
     */
    public int addInterface(int linkType, int snaplen, String name) throws IOException {
        if (linkType < 0 || linkType > 0xFFFF) {
            throw new IllegalArgumentException("link type must fit in 16 bits: " + linkType);
        }
        if (snaplen < 0) {
            throw new IllegalArgumentException("snaplen must not be negative: " + snaplen);
        }
        byte[] nameBytes = text(name, PcapngReader.MAX_INTERFACE_NAME);   // what a reader keeps of a name
        int opts = optionSize(1) + (nameBytes == null ? 0 : optionSize(nameBytes.length)) + 4;
        int len = 16 + opts + 4;
        ByteBuffer b = out.room(len);
        b.putInt(IDB).putInt(len);
        b.putShort((short) linkType).putShort((short) 0);
        b.putInt(snaplen);
        if (nameBytes != null) {
            putOption(b, 2, nameBytes); // if_name
        }
        putOption(b, 9, new byte[] {9}); // if_tsresol: nanoseconds
        b.putInt(0);
        b.putInt(len);
        snaplens.add(snaplen);
        return snaplens.size() - 1;
    }

    /**
     * A frame as it was read (its time, direction, bytes, original length and comments), without copying its
     * bytes, and whole: the interface's snaplen cuts only the data of the other methods.
     */
    public void write(int interfaceId, Frame f) throws IOException {
        write(interfaceId, f, f.comments());
    }

    /** A frame as it was read, with {@code comments} in the place of its own. */
    public void write(int interfaceId, Frame f, List<String> comments) throws IOException {
        byte[] b = f.bytes();
        epb(interfaceId, f.timestampNanos(), f.direction(), b, 0, b.length, Math.max(f.originalLength(), b.length), comments);
    }

    public void write(int interfaceId, long timestampNanos, Direction direction, byte[] data, int off, int len)
            throws IOException {
        write(interfaceId, timestampNanos, direction, data, off, len, len, null);
    }

    /** As {@link #write(int, long, Direction, byte[], int, int)}, adding an opt_comment when {@code comment} is non-null. */
    public void write(int interfaceId, long timestampNanos, Direction direction, byte[] data, int off, int len,
                      String comment) throws IOException {
        write(interfaceId, timestampNanos, direction, data, off, len, len, comment);
    }

    /** @param originalLength length on the wire, at least {@code len} */
    public void write(int interfaceId, long timestampNanos, Direction direction, byte[] data, int off, int len,
                      int originalLength, String comment) throws IOException {
        if (originalLength < len) {
            throw new IllegalArgumentException("original length " + originalLength + " < captured length " + len);
        }
        checkInterface(interfaceId);
        int snaplen = snaplens.get(interfaceId);
        epb(interfaceId, timestampNanos, direction, data, off, snaplen > 0 ? Math.min(len, snaplen) : len, originalLength,
                comment == null ? List.of() : List.of(comment));
    }

    private void checkInterface(int interfaceId) {
        if (interfaceId < 0 || interfaceId >= snaplens.size()) {
            throw new IllegalArgumentException("no interface " + interfaceId + " (added: " + snaplens.size() + ")");
        }
    }

    /**
     * The enhanced packet block of {@code len} bytes from {@code off} (at most {@link AbstractReader#MAX_FRAME} of
     * them), with an opt_comment for each of {@code comments}.
     */
    void epb(int interfaceId, long timestampNanos, Direction direction, byte[] data, int off, int len,
             int originalLength, List<String> comments) throws IOException {
        Objects.checkFromIndexSize(off, len, data.length);
        int caplen = Math.min(len, AbstractReader.MAX_FRAME);
        Objects.requireNonNull(direction, "direction");
        checkInterface(interfaceId);
        if (timestampNanos < 0) {
            throw new IllegalArgumentException("timestamp before 1970: " + timestampNanos);
        }
        int pad = -caplen & 3;
        byte[][] commentBytes = new byte[comments.size()][];
        int flags = direction.toFlags();
        long opts = flags != 0 ? optionSize(4) : 0;
        for (int i = 0; i < commentBytes.length; i++) {
            byte[] c = text(comments.get(i));
            commentBytes[i] = c == null ? new byte[0] : c;
            opts += optionSize(commentBytes[i].length);
        }
        if (opts > 0) {
            opts += 4;
        }
        long total = 28L + caplen + pad + opts + 4;
        if (total > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("frame too large for a pcapng block: " + caplen);
        }
        int len32 = (int) total;
        ByteBuffer b = out.room(28);
        b.putInt(EPB).putInt(len32).putInt(interfaceId);
        b.putInt((int) (timestampNanos >>> 32)).putInt((int) timestampNanos);
        b.putInt(caplen).putInt(originalLength);
        out.bytes(data, off, caplen);
        b = out.room(pad);
        for (int i = 0; i < pad; i++) {
            b.put((byte) 0);
        }
        for (byte[] c : commentBytes) {
            putOption(out.room(optionSize(c.length)), 1, c); // opt_comment
        }
        b = out.room(8 + 4 + 4);
        if (flags != 0) {
            b.putShort((short) 2).putShort((short) 4).putInt(flags); // epb_flags
        }
        if (opts > 0) {
            b.putInt(0);
        }
        b.putInt(len32);
    }

    private static int optionSize(int valueLength) {
        if (valueLength > MAX_OPTION) {
            throw new IllegalArgumentException("option value longer than 65535 bytes");
        }
        return 4 + ((valueLength + 3) & ~3);
    }

    private static void putOption(ByteBuffer b, int code, byte[] value) {
        b.putShort((short) code).putShort((short) value.length).put(value);
        for (int i = value.length; (i & 3) != 0; i++) {
            b.put((byte) 0);
        }
    }

    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
