package io.nlscope.capture;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * pcapng: a sequence of self-delimiting blocks grouped into sections, each section with its own byte order and
 * interface table.
 */
final class PcapngReader extends AbstractReader {
    private static final int SHB = 0x0A0D0D0A;
    private static final int IDB = 1;
    private static final int PB = 2;
    private static final int SPB = 3;
    private static final int EPB = 6;
    private static final int BYTE_ORDER_MAGIC = 0x1A2B3C4D;

    private static final int OPT_END = 0;
    private static final int OPT_COMMENT = 1;
    private static final int OPT_EPB_FLAGS = 2;
    private static final int OPT_IF_NAME = 2;
    private static final int OPT_IF_TSRESOL = 9;
    private static final int OPT_IF_TSOFFSET = 14;

    /** Per-interface state needed to turn a packet block into a Frame. */
    private static final class Interface {
        final int linkType;
        final int snaplen;
        final Timestamps clock;
        final String name;

        Interface(int linkType, int snaplen, Timestamps clock, String name) {
            this.linkType = linkType;
            this.snaplen = snaplen;
            this.clock = clock;
            this.name = name;
        }
    }

    private final List<Interface> interfaces = new ArrayList<>();
    private int sections;

    PcapngReader(ByteSource src, String name, boolean netlinkOnly) throws IOException {
        super(src, name, netlinkOnly);
        // Read the first section header now so a bad byte-order magic is reported at open, like any other non-capture.
        readSectionHeader();
    }

    @Override
    public String format() {
        return "pcapng";
    }

    @Override
    public java.util.Optional<String> interfaceName(int id) {
        return id >= 0 && id < interfaces.size() ? java.util.Optional.ofNullable(interfaces.get(id).name) : java.util.Optional.empty();
    }

    @Override
    public int snaplen(int id) {
        return id >= 0 && id < interfaces.size() ? interfaces.get(id).snaplen : 0;
    }

    @Override
    public Frame next() throws IOException {
        while (!done) {
            int have = src.fill(8);
            if (have == 0) {
                done = true;
                return null;
            }
            if (have < 8) {
                return truncated(next("block"), "got " + have + " of 8 header bytes");
            }
            ByteBuffer w = src.window();
            int type = w.getInt(src.position());
            if (type == SHB) {
                readSectionHeader();
                continue;
            }
            long offset = src.offset();
            int len = checkedLength(w.getInt(src.position() + 4), offset, 12);
            int got = src.load(len);
            if (got < len) {
                return truncated(next("block"), "got " + got + " of " + len + " bytes");
            }
            ByteBuffer b = src.record();
            int p = src.recordOffset();
            checkTrailer(b, p, len, offset);
            Frame f;
            switch (type) {
                case IDB:
                    readInterface(b, p, len, offset);
                    f = null;
                    break;
                case EPB:
                    f = packet(b, p, len, offset, b.getInt(p + 8), true);
                    break;
                case PB:
                    f = packet(b, p, len, offset, b.getShort(p + 8) & 0xFFFF, false);
                    break;
                case SPB:
                    f = simplePacket(b, p, len, offset);
                    break;
                default:
                    // NRB, ISB, DSB, custom and future block types carry nothing a frame needs.
                    f = null;
                    break;
            }
            src.consume(len);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    private void readSectionHeader() throws IOException {
        long offset = src.offset();
        int have = src.fill(12);
        if (have < 12) {
            truncated(sections == 0 ? "its section header" : next("block"), "got " + have + " of at least 28 bytes");
            return;
        }
        ByteBuffer w = src.window();
        int bom = w.order(ByteOrder.BIG_ENDIAN).getInt(src.position() + 8);
        if (bom == BYTE_ORDER_MAGIC) {
            src.order(ByteOrder.BIG_ENDIAN);
        } else if (Integer.reverseBytes(bom) == BYTE_ORDER_MAGIC) {
            src.order(ByteOrder.LITTLE_ENDIAN);
        } else {
            throw corrupt(at("section header block", offset) + " has an unknown byte-order magic "
                    + String.format("0x%08x", bom));
        }
        int len = checkedLength(w.getInt(src.position() + 4), offset, 28);
        int got = src.load(len);
        if (got < len) {
            truncated(sections == 0 ? "its section header" : next("block"), "got " + got + " of " + len + " bytes");
            return;
        }
        ByteBuffer b = src.record();
        int p = src.recordOffset();
        checkTrailer(b, p, len, offset);
        int major = b.getShort(p + 12) & 0xFFFF;
        int minor = b.getShort(p + 14) & 0xFFFF;
        if (major != 1) {
            throw new CaptureFormatException(CaptureFormatException.Kind.UNSUPPORTED, name,
                    name + " uses pcapng version " + major + "." + minor + " in " + at("section", offset)
                            + ", which nlscope cannot read.");
        }
        if (sections == 0) section = sectionOptions(b, p + 24, p + len - 4);
        src.consume(len);
        interfaces.clear();
        sections++;
    }

    private int checkedLength(int raw, long offset, int minimum) throws CaptureFormatException {
        long len = raw & 0xFFFFFFFFL;
        if (len < minimum || (len & 3) != 0) {
            throw corrupt(at("block", offset) + " has an invalid length of " + len
                    + " bytes (it must be a multiple of 4 and at least " + minimum + ")");
        }
        if (len > MAX_RECORD + 1024) {
            throw corrupt(at("block", offset) + " claims a length of " + len
                    + " bytes, more than the 256 MiB any real block could have");
        }
        return (int) len;
    }

    private void checkTrailer(ByteBuffer b, int p, int len, long offset) throws CaptureFormatException {
        long trailer = b.getInt(p + len - 4) & 0xFFFFFFFFL;
        if (trailer != len) {
            throw corrupt(at("block", offset) + " starts with length " + len + " but ends with length " + trailer);
        }
    }

    private void readInterface(ByteBuffer b, int p, int len, long offset) throws CaptureFormatException {
        if (len < 20) {
            throw corrupt(at("interface description block", offset) + " is only " + len + " bytes long");
        }
        int linkType = b.getShort(p + 8) & 0xFFFF;
        int snaplen = b.getInt(p + 12);
        int tsresol = 6;
        long tsoffset = 0;
        String ifName = null;
        int end = p + len - 4;
        for (int o = p + 16; o + 4 <= end; ) {
            int code = b.getShort(o) & 0xFFFF;
            int olen = b.getShort(o + 2) & 0xFFFF;
            if (code == OPT_END || o + 4 + olen > end) {
                // A malformed option list costs us only the options, not the interface, so stop quietly.
                break;
            }
            if (code == OPT_IF_TSRESOL && olen >= 1) {
                tsresol = b.get(o + 4) & 0xFF;
            } else if (code == OPT_IF_NAME && olen > 0) {
                byte[] n = new byte[olen];
                b.get(o + 4, n);
                int z = 0;
                while (z < n.length && n[z] != 0) z++;
                ifName = new String(n, 0, z, java.nio.charset.StandardCharsets.UTF_8);
            } else if (code == OPT_IF_TSOFFSET && olen >= 8) {
                tsoffset = b.getLong(o + 4);
            }
            o += 4 + ((olen + 3) & ~3);
        }
        int id = interfaces.size();
        if (netlinkOnly && linkType != LINKTYPE_NETLINK) {
            throw wrongLinkType(linkType, " on interface " + id
                    + (sections > 1 ? " of section " + sections : ""));
        }
        interfaces.add(new Interface(linkType, snaplen, Timestamps.forResolution(tsresol, tsoffset), ifName));
    }

    private Interface iface(long id, String blockName, long offset) throws CaptureFormatException {
        if (id < 0 || id >= interfaces.size()) {
            throw corrupt(at(blockName, offset) + " refers to interface " + id + ", but its section defines "
                    + (interfaces.isEmpty() ? "no interfaces" : "only " + interfaces.size()));
        }
        return interfaces.get((int) id);
    }

    /** Enhanced (type 6) and obsolete (type 2) packet blocks share their layout after the interface id. */
    private Frame packet(ByteBuffer b, int p, int len, long offset, long ifId, boolean enhanced)
            throws CaptureFormatException {
        String blockName = enhanced ? "enhanced packet block" : "packet block";
        if (len < 32) {
            throw corrupt(at(blockName, offset) + " is only " + len + " bytes long");
        }
        ifId &= 0xFFFFFFFFL;
        Interface itf = iface(ifId, blockName, offset);
        long raw = ((long) b.getInt(p + 12) << 32) | (b.getInt(p + 16) & 0xFFFFFFFFL);
        long caplen = b.getInt(p + 20) & 0xFFFFFFFFL;
        long origlen = b.getInt(p + 24) & 0xFFFFFFFFL;
        long padded = (caplen + 3) & ~3L;
        if (28 + padded + 4 > len) {
            throw corrupt(at(blockName, offset) + " says it holds " + caplen
                    + " captured bytes, which do not fit in its " + len + "-byte block");
        }
        byte[] data = new byte[(int) caplen];
        b.get(p + 28, data, 0, data.length);
        // pack_flags of the obsolete block has the same code and bit layout as epb_flags.
        int optStart = p + 28 + (int) padded;
        int flags = findFlags(b, optStart, p + len - 4);
        return new Frame(++frames, itf.clock.toNanos(raw), clampToInt(origlen), itf.linkType, (int) ifId,
                Direction.fromFlags(flags), data, comments(b, optStart, p + len - 4));
    }

    private Frame simplePacket(ByteBuffer b, int p, int len, long offset) throws CaptureFormatException {
        if (len < 16) {
            throw corrupt(at("simple packet block", offset) + " is only " + len + " bytes long");
        }
        Interface itf = iface(0, "simple packet block", offset);
        long origlen = b.getInt(p + 8) & 0xFFFFFFFFL;
        long caplen = Math.min(origlen, len - 16);
        long snaplen = itf.snaplen & 0xFFFFFFFFL;
        if (snaplen != 0) {
            // snaplen 0 means "no limit" in pcapng.
            caplen = Math.min(caplen, snaplen);
        }
        byte[] data = new byte[(int) caplen];
        b.get(p + 12, data, 0, data.length);
        return new Frame(++frames, 0, clampToInt(origlen), itf.linkType, 0, Direction.UNKNOWN, data);
    }

    private Section section;

    @Override public java.util.Optional<Section> section() { return java.util.Optional.ofNullable(section); }

    /**
     * shb_hardware (2), shb_os (3), shb_userappl (4), the first opt_comment (1) and the families' opt_comment
     * ({@link Section#FAMILIES}) of a section header; null when it has none.
     */
    private static Section sectionOptions(ByteBuffer b, int o, int end) {
        String[] v = new String[5];
        java.util.Map<Integer, String> families = null;
        while (o + 4 <= end) {
            int code = b.getShort(o) & 0xFFFF;
            int olen = b.getShort(o + 2) & 0xFFFF;
            if (code == OPT_END || o + 4 + olen > end) break;
            if (code >= 1 && code <= 4 && (v[code] == null || code == 1)) {
                byte[] text = new byte[olen];
                b.get(o + 4, text, 0, olen);
                String t = new String(text, StandardCharsets.UTF_8);
                java.util.Map<Integer, String> f = code == 1 && families == null ? Section.parseFamilies(t) : null;
                if (f != null) families = f;
                else if (v[code] == null) v[code] = t;
            }
            o += 4 + ((olen + 3) & ~3);
        }
        Section s = new Section(v[2], v[3], v[4], v[1], families);
        return s.isEmpty() ? null : s;
    }

    /** The block's opt_comment options (UTF-8), in order; usually none, so no list is made then. */
    private static List<String> comments(ByteBuffer b, int o, int end) {
        List<String> out = List.of();
        while (o + 4 <= end) {
            int code = b.getShort(o) & 0xFFFF;
            int olen = b.getShort(o + 2) & 0xFFFF;
            if (code == OPT_END || o + 4 + olen > end) {
                break;
            }
            if (code == OPT_COMMENT) {
                byte[] text = new byte[olen];
                b.get(o + 4, text, 0, olen);
                if (out.isEmpty()) out = new ArrayList<>(1);
                out.add(new String(text, StandardCharsets.UTF_8));
            }
            o += 4 + ((olen + 3) & ~3);
        }
        return out;
    }

    private static int findFlags(ByteBuffer b, int o, int end) {
        while (o + 4 <= end) {
            int code = b.getShort(o) & 0xFFFF;
            int olen = b.getShort(o + 2) & 0xFFFF;
            if (code == OPT_END || o + 4 + olen > end) {
                break;
            }
            if (code == OPT_EPB_FLAGS && olen >= 4) {
                return b.getInt(o + 4);
            }
            o += 4 + ((olen + 3) & ~3);
        }
        return 0;
    }
}
