package io.nlscope.dissect;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * NETLINK_KOBJECT_UEVENT (protocol 15), whose datagrams have no nlmsghdr
 * ({@link #framesOwnMessages()}). A kernel uevent is "ACTION@DEVPATH\0" and then
 * "KEY=VALUE\0" properties; udev's re-broadcast starts with {@code udev_monitor_header}
 * ("libudev\0", see kobject_uevent.ksy) that says where its KEY=VALUE\0 properties are. The
 * first line is shown as ACTION and DEVPATH, every property as a text field named by its key. Each
 * field's bytes include the separator that ends it (the '@' after ACTION, the NUL after DEVPATH and
 * after each property), as a string attribute's include its NUL; a run of NULs between properties is
 * one {@code padding} field, so every byte of the datagram is some field's.
 */
@Decodes(15)
public final class KobjectUeventDissector implements ProtocolDissector {
    private static final String SPEC = "kobject_uevent";
    private static final byte[] LIBUDEV = "libudev\0".getBytes(StandardCharsets.US_ASCII);
    private static final long UDEV_MAGIC = 0xfeedcafeL;

    private final StructDecoder udevHeader = StructDecoder.of(SPEC + ".udev_monitor_header");
    private final SpecTables.EnumTable types = SpecTables.enumTable(SPEC + ".uevent_type");
    private final String uevent = types.nameOrNull(0);

    @Override public int protocol() { return 15; }
    @Override public String name() { return "kobject_uevent"; }
    @Override public Optional<String> typeName(int type) { return Optional.ofNullable(types.nameOrNull(type)); }
    @Override public MessageKind kind(int type) { return MessageKind.OTHER; }
    @Override public boolean framesOwnMessages() { return true; }

    @Override public String dissect(PayloadContext ctx) {
        if (ctx.length() == 0) return "no payload";
        ByteBuffer b = ctx.frame();
        if (startsWith(b, ctx.start(), ctx.end(), LIBUDEV)) return udev(ctx);
        // the kernel's form: the ACTION@DEVPATH line, then the properties
        int nul = nul(b, ctx.start(), ctx.end());
        String line = text(b, ctx.start(), nul);
        if (nul == ctx.end() && ctx.cut()) {   // the snapshot length cut the first line: the action if whole, then the cut
            int at = line.indexOf('@'), from = at < 0 ? ctx.start() : atSign(b, ctx.start(), nul) + 1;
            if (at >= 0) ctx.add(new Field("ACTION", new Value.Text(line.substring(0, at)), ctx.start(), from - ctx.start()));
            if (from < ctx.end()) ctx.add(AttributeWalker.malformed(b, from, ctx.end(), "cut"));
            return uevent;
        }
        int at = line.indexOf('@');
        if (at < 0) {
            ctx.add(AttributeWalker.malformed(b, ctx.start(), ctx.end(), "a uevent starts with ACTION@DEVPATH, not \"" + line + "\""));
            return "malformed " + uevent;
        }
        int devpath = atSign(b, ctx.start(), nul) + 1;   // a byte offset: the line's characters need not be one byte each
        int lineEnd = Math.min(ctx.end(), nul + 1);
        ctx.add(new Field("ACTION", new Value.Text(line.substring(0, at)), ctx.start(), devpath - ctx.start()));
        ctx.add(new Field("DEVPATH", new Value.Text(line.substring(at + 1)), devpath, lineEnd - devpath));
        String subsystem = properties(ctx, Math.min(ctx.end(), nul + 1), ctx.end());
        return line.substring(0, at) + " " + line.substring(at + 1) + (subsystem == null ? "" : " (" + subsystem + ")");
    }

    private String udev(PayloadContext ctx) {
        ByteBuffer b = ctx.frame();
        if (ctx.length() < udevHeader.size()) {
            ctx.add(AttributeWalker.malformed(b, ctx.start(), ctx.end(),
                    udevHeader.name() + " needs " + udevHeader.size() + " bytes, the datagram has " + ctx.length()));
            return "malformed " + udevHeader.name();
        }
        // header_size and the properties' place are in the sender's order: take the one that reads as the header's size
        boolean le = ctx.littleEndian();
        long size = Bytes.u32(b, ctx.start() + 12, le);
        if (size > 0xffff) le = !le;
        ctx.add(new Field(udevHeader.name(), new Value.Nested(udevHeader.decode(b, ctx.start(), le)), ctx.start(), udevHeader.size()));
        long magic = Bytes.u32(b, ctx.start() + 8, false);
        long off = Bytes.u32(b, ctx.start() + 16, le), len = Bytes.u32(b, ctx.start() + 20, le);
        if (ctx.cut() && magic == UDEV_MAGIC && off >= udevHeader.size() && off < ctx.length()) len = Math.min(len, ctx.length() - off);
        if (magic != UDEV_MAGIC || off < udevHeader.size() || off + len > ctx.length()) {
            ctx.add(AttributeWalker.malformed(b, ctx.start() + udevHeader.size(), ctx.end(), magic != UDEV_MAGIC
                    ? "udev monitor magic is 0x" + Long.toHexString(magic) + ", not 0xfeedcafe"
                    : "properties at " + off + ", " + len + " bytes, lie outside the " + ctx.length() + "-byte datagram"));
            return "malformed " + udevHeader.name();
        }
        int from = ctx.start() + (int) off, to = from + (int) len;
        int headerEnd = ctx.start() + udevHeader.size();
        if (from > headerEnd) ctx.add(new Field("unused", ctx.raw(headerEnd, from), headerEnd, from - headerEnd));
        String subsystem = properties(ctx, from, to);
        if (to < ctx.end()) ctx.add(new Field("trailing", ctx.raw(to, ctx.end()), to, ctx.end() - to));
        return "udev " + (subsystem == null ? "" : subsystem + " ") + "event";
    }

    /** Adds KEY=VALUE\0 strings in [from, to) as text fields; returns the SUBSYSTEM, if any. */
    private static String properties(PayloadContext ctx, int from, int to) {
        ByteBuffer b = ctx.frame();
        String subsystem = null;
        for (int at = from; at < to; ) {
            int nul = nul(b, at, to);
            if (nul == at) {   // NULs between (or after) the properties
                int e = at;
                while (e < to && b.get(e) == 0) e++;
                ctx.add(new Field("padding", ctx.raw(at, e), at, e - at));
                at = e;
                continue;
            }
            if (nul == ctx.end() && ctx.cut()) {   // the last property, cut by the snapshot length
                ctx.add(AttributeWalker.malformed(b, at, nul, "cut"));
                break;
            }
            String s = text(b, at, nul);
            int eq = s.indexOf('=');
            int end = Math.min(to, nul + 1);
            if (eq <= 0) {
                ctx.add(new Field("property", new Value.Text(s), at, end - at));
            } else {
                String key = s.substring(0, eq), value = s.substring(eq + 1);
                if (key.equals("SUBSYSTEM")) subsystem = value;
                ctx.add(new Field(key, new Value.Text(value), at, end - at));
            }
            at = end;
        }
        return subsystem;
    }

    private static int nul(ByteBuffer b, int from, int to) {
        int i = from;
        while (i < to && b.get(i) != 0) i++;
        return i;
    }

    private static String text(ByteBuffer b, int from, int to) {
        return CapturedText.decode(b, from, to);
    }

    /** Where the first '@' of [from, to) is (the line is known to hold one). */
    private static int atSign(ByteBuffer b, int from, int to) {
        int i = from;
        while (i < to && b.get(i) != '@') i++;
        return i;
    }

    private static boolean startsWith(ByteBuffer b, int from, int to, byte[] prefix) {
        if (to - from < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if (b.get(from + i) != prefix[i]) return false;
        return true;
    }
}
