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

    /**
     * The largest block read into memory (section headers, interfaces and packet blocks): an enhanced packet
     * block of {@link #MAX_FRAME} bytes with 128 KiB of options, libpcap's MAX_BLOCKSIZE_FOR_SNAPLEN for
     * LINKTYPE_NETLINK (Wireshark allows more only for D-Bus). Other blocks are streamed past whatever their
     * length, so a 4 GB name resolution or custom block costs nothing.
     */
    static final int MAX_BLOCK = 28 + MAX_FRAME + 131072 + 4;

    /**
     * Interfaces one section may declare. Each is kept for the section's life, so without a bound a file of
     * nothing but interface blocks would fill the heap; a capture names a few (nlmon captures one), and an EPB
     * refers to an interface by a 32-bit id that libpcap and Wireshark also look up in a table.
     */
    static final int MAX_INTERFACES = 4096;

    /**
     * The most bytes of an if_name kept: Linux names are at most 15 (IFNAMSIZ), Windows NPF device names about
     * 50; a longer one is cut (and said so), since {@link #MAX_INTERFACES} of 64 KiB names would be 256 MiB.
     */
    static final int MAX_INTERFACE_NAME = 256;

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
            long offset = src.offset();
            int have = src.fill(8);
            if (have == 0) {
                done = true;
                return null;
            }
            if (have < 8) {
                return truncated(at("block", offset), "got " + have + " of 8 header bytes");
            }
            ByteBuffer w = src.window();
            int type = w.getInt(src.position());
            if (type == SHB) {
                readSectionHeader();
                continue;
            }
            long len = checkedLength(w.getInt(src.position() + 4), offset, 12);
            if (type != IDB && type != EPB && type != PB && type != SPB) {
                // NRB, ISB, DSB, custom and future block types carry nothing a frame needs.
                skipBlock(len, offset);
                continue;
            }
            int got = load(len, offset, "block");
            if (got < len) {
                return truncated(at("block", offset), "got " + got + " of " + len + " bytes");
            }
            ByteBuffer b = src.record();
            int p = src.recordOffset();
            checkTrailer(b.getInt(p + got - 4), len, offset);
            Frame f;
            switch (type) {
                case IDB:
                    readInterface(b, p, got, offset);
                    f = null;
                    break;
                case EPB:
                    f = packet(b, p, got, offset, b.getInt(p + 8), true);
                    break;
                case PB:
                    f = packet(b, p, got, offset, b.getShort(p + 8) & 0xFFFF, false);
                    break;
                default:
                    f = simplePacket(b, p, got, offset);
                    break;
            }
            src.consume(got);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    /** Loads a block whose length was checked, refusing one larger than {@link #MAX_BLOCK} before allocating for it. */
    private int load(long len, long offset, String unit) throws IOException {
        if (len > MAX_BLOCK) {
            throw corrupt(at(unit, offset) + " claims a length of " + len + " bytes, more than the " + MAX_BLOCK
                    + " of the largest block libpcap reads (a " + MAX_FRAME + "-byte frame with 128 KiB of options)");
        }
        return src.load((int) len);
    }

    /** Streams past a block nothing is read from, in constant memory, checking only its trailing length. */
    private void skipBlock(long len, long offset) throws IOException {
        src.consume(8);
        long body = src.skip(len - 12);
        if (body < len - 12) {
            truncated(at("block", offset), "got " + (8 + body) + " of " + len + " bytes");
            return;
        }
        int got = src.fill(4);
        if (got < 4) {
            truncated(at("block", offset), "got " + (len - 4 + got) + " of " + len + " bytes");
            return;
        }
        checkTrailer(src.window().getInt(src.position()), len, offset);
        src.consume(4);
    }

    private void readSectionHeader() throws IOException {
        long offset = src.offset();
        String what = sections == 0 ? "its section header" : at("section header block", offset);
        int have = src.fill(12);
        if (have < 12) {
            truncated(what, "got " + have + " of at least 28 bytes");
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
        long len = checkedLength(w.getInt(src.position() + 4), offset, 28);
        int got = load(len, offset, "section header block");
        if (got < len) {
            truncated(what, "got " + got + " of " + len + " bytes");
            return;
        }
        ByteBuffer b = src.record();
        int p = src.recordOffset();
        checkTrailer(b.getInt(p + got - 4), len, offset);
        int major = b.getShort(p + 12) & 0xFFFF;
        int minor = b.getShort(p + 14) & 0xFFFF;
        if (major != 1) {
            throw new CaptureFormatException(CaptureFormatException.Kind.UNSUPPORTED, name,
                    name + " uses pcapng version " + major + "." + minor + " in " + at("section", offset)
                            + ", which nlscope cannot read.");
        }
        Section s = sectionOptions(b, p, got, offset);
        if (sections == 0) section = s;
        src.consume(got);
        interfaces.clear();
        sections++;
    }

    /** A block's total length as an unsigned number, refused when it cannot be a block's. */
    private long checkedLength(int raw, long offset, int minimum) throws CaptureFormatException {
        long len = raw & 0xFFFFFFFFL;
        if (len < minimum || (len & 3) != 0) {
            throw corrupt(at("block", offset) + " has an invalid length of " + len
                    + " bytes (it must be a multiple of 4 and at least " + minimum + ")");
        }
        return len;
    }

    private void checkTrailer(int raw, long len, long offset) throws CaptureFormatException {
        long trailer = raw & 0xFFFFFFFFL;
        if (trailer != len) {
            throw corrupt(at("block", offset) + " starts with length " + len + " but ends with length " + trailer);
        }
    }

    /** What an option walk hands on for each option: its code, where its value starts, and its length. */
    private interface OptionVisitor {
        void option(int code, int value, int length);
    }

    /**
     * Walks the options of the block at {@code p} (file offset {@code offset}) from {@code o} to its trailer, up to
     * opt_endofopt. An option that runs past the block ends the walk and is reported: the block itself is kept,
     * only its options from there on are lost, as Wireshark does.
     */
    private void options(ByteBuffer b, int p, int len, int o, long offset, String blockName, OptionVisitor v) {
        int end = p + len - 4;
        while (o + 4 <= end) {
            int code = b.getShort(o) & 0xFFFF;
            int olen = b.getShort(o + 2) & 0xFFFF;
            if (code == OPT_END) {
                return;
            }
            if (o + 4 + olen > end) {
                warn(name + " is damaged: " + at(blockName, offset) + " has an option (code " + code + ", at byte offset "
                        + (offset + o - p) + ") of " + olen + " bytes, which runs past the end of the block; the options"
                        + " from there on are ignored.");
                return;
            }
            v.option(code, o + 4, olen);
            o += 4 + ((olen + 3) & ~3);
        }
    }

    private void readInterface(ByteBuffer b, int p, int len, long offset) throws CaptureFormatException {
        String blockName = "interface description block";
        if (len < 20) {
            throw corrupt(at(blockName, offset) + " is only " + len + " bytes long");
        }
        int id = interfaces.size();
        if (id == MAX_INTERFACES) {
            throw corrupt(at(blockName, offset) + " declares interface " + id + ", more than the " + MAX_INTERFACES
                    + " nlscope keeps for one section");
        }
        int linkType = b.getShort(p + 8) & 0xFFFF;
        if (netlinkOnly && linkType != LINKTYPE_NETLINK) {
            throw wrongLinkType(linkType, " on interface " + id
                    + (sections > 1 ? " of section " + sections : ""));
        }
        int snaplen = clampToInt(b.getInt(p + 12) & 0xFFFFFFFFL);
        InterfaceOptions opt = new InterfaceOptions();
        options(b, p, len, p + 16, offset, blockName, (code, o, olen) -> {
            if (code == OPT_IF_TSRESOL && olen >= 1) {
                opt.tsresol = b.get(o) & 0xFF;
            } else if (code == OPT_IF_NAME && olen > 0) {
                int z = 0;
                while (z < olen && b.get(o + z) != 0) z++;
                if (z > MAX_INTERFACE_NAME) {
                    warn(name + " is damaged: " + at(blockName, offset) + " names its interface with " + z
                            + " bytes; the first " + MAX_INTERFACE_NAME + " are kept.");
                    z = MAX_INTERFACE_NAME;
                }
                byte[] n = new byte[z];
                b.get(o, n);
                opt.name = new String(n, StandardCharsets.UTF_8);
            } else if (code == OPT_IF_TSOFFSET && olen >= 8) {
                opt.tsoffset = b.getLong(o);
            }
        });
        int exp = opt.tsresol & 0x7F;
        boolean binary = (opt.tsresol & 0x80) != 0;
        if (exp > (binary ? 63 : 19)) {
            // libpcap refuses these; the times stay exact, but a 64-bit tick count cannot span a second with them.
            warn(name + " is damaged: " + at(blockName, offset) + String.format(" has if_tsresol 0x%02x", opt.tsresol)
                    + " (ticks of " + (binary ? "2" : "10") + "^-" + exp + " s), finer than any clock: every time of its"
                    + " frames falls within a second of its if_tsoffset.");
        }
        interfaces.add(new Interface(linkType, snaplen, Timestamps.forResolution(opt.tsresol, opt.tsoffset), opt.name));
    }

    /** What an interface description block's options say (if_tsresol defaults to microseconds). */
    private static final class InterfaceOptions {
        int tsresol = 6;
        long tsoffset;
        String name;
    }

    /** What a packet block's options say: epb_flags (the first) and every opt_comment, in order. */
    private static final class PacketOptions {
        int flags;
        boolean flagsSeen;
        List<String> comments = List.of();
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
        if (caplen > MAX_FRAME) {
            throw corrupt(at(blockName, offset) + " claims " + caplen + " captured bytes, more than the "
                    + MAX_FRAME + " that libpcap and Wireshark read in a frame");
        }
        long padded = (caplen + 3) & ~3L;
        if (28 + padded + 4 > len) {
            throw corrupt(at(blockName, offset) + " says it holds " + caplen
                    + " captured bytes, which do not fit in its " + len + "-byte block");
        }
        byte[] data = new byte[(int) caplen];
        b.get(p + 28, data, 0, data.length);
        // pack_flags of the obsolete block has the same code and bit layout as epb_flags.
        PacketOptions opt = new PacketOptions();
        options(b, p, len, p + 28 + (int) padded, offset, blockName, (code, o, olen) -> {
            if (code == OPT_EPB_FLAGS && olen >= 4 && !opt.flagsSeen) {
                opt.flags = b.getInt(o);
                opt.flagsSeen = true;
            } else if (code == OPT_COMMENT) {
                byte[] text = new byte[olen];
                b.get(o, text, 0, olen);
                if (opt.comments.isEmpty()) opt.comments = new ArrayList<>(1);
                opt.comments.add(new String(text, StandardCharsets.UTF_8));
            }
        });
        return new Frame(++frames, itf.clock.toNanos(raw), clampToInt(origlen), itf.linkType, (int) ifId,
                Direction.fromFlags(opt.flags), data, opt.comments);
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
        if (caplen > MAX_FRAME) {
            throw corrupt(at("simple packet block", offset) + " holds " + caplen + " captured bytes, more than the "
                    + MAX_FRAME + " that libpcap and Wireshark read in a frame");
        }
        byte[] data = new byte[(int) caplen];
        b.get(p + 12, data, 0, data.length);
        return new Frame(++frames, 0, clampToInt(origlen), itf.linkType, 0, Direction.UNKNOWN, data);
    }

    private Section section;

    @Override public java.util.Optional<Section> section() { return java.util.Optional.ofNullable(section); }

    /**
     * shb_hardware (2), shb_os (3), shb_userappl (4), the first opt_comment (1) and the families' opt_comment
     * ({@link Section#FAMILIES}) of the section header at {@code p}; null when it has none.
     */
    private Section sectionOptions(ByteBuffer b, int p, int len, long offset) {
        String[] v = new String[5];
        List<java.util.Map<Integer, String>> families = new ArrayList<>(1);   // the first families' comment
        options(b, p, len, p + 24, offset, "section header block", (code, o, olen) -> {
            if (code >= 1 && code <= 4 && (v[code] == null || code == 1)) {
                byte[] text = new byte[olen];
                b.get(o, text, 0, olen);
                String t = new String(text, StandardCharsets.UTF_8);
                java.util.Map<Integer, String> f = code == 1 && families.isEmpty() ? Section.parseFamilies(t) : null;
                if (f != null) families.add(f);
                else if (v[code] == null) v[code] = t;
            }
        });
        Section s = new Section(v[2], v[3], v[4], v[1], families.isEmpty() ? null : families.get(0));
        return s.isEmpty() ? null : s;
    }
}
