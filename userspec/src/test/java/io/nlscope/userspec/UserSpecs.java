package io.nlscope.userspec;

import io.nlscope.capture.Direction;
import io.nlscope.capture.Frame;
import io.nlscope.dissect.DissectedFrame;
import io.nlscope.dissect.Field;
import io.nlscope.dissect.MessageKind;
import io.nlscope.dissect.NetlinkDissector;
import io.nlscope.dissect.NetlinkMessage;
import io.nlscope.dissect.PayloadContext;
import io.nlscope.dissect.ProtocolDissector;
import io.nlscope.dissect.ProtocolRegistry;
import io.nlscope.dissect.Value;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the user-.ksy fuzz targets and the tests over the real captures share: the real specs compiled once per JVM
 * by {@link KsyCompiler} (the example plug-in's ops.ksy on NETLINK_USERSOCK, this module's ops.ksy on 30, and
 * nest.ksy, a recursive user type, on 31), the frames made of a payload, and the properties every decoded frame has:
 * no exception escapes {@link SpecDissector#dissect}, every byte of the payload lies in exactly one top-level field
 * (in order, no gaps, no overlaps), and a raw or malformed node holds the bytes of its place.
 */
final class UserSpecs {
    private UserSpecs() {}

    static Path root() {
        String r = System.getProperty("nlscope.root");
        return (r != null ? Path.of(r) : Path.of("..")).toAbsolutePath().normalize();
    }

    /** The real specs: the example plug-in's, and this module's test resources. */
    static final List<Path> SPECS = specs();

    private static List<Path> specs() {
        try {
            Path dir = Files.createTempDirectory("nlscope-userspec-fuzz");
            dir.toFile().deleteOnExit();
            Path ops = dir.resolve("ops.ksy"), nest = dir.resolve("nest.ksy");
            for (Path p : List.of(ops, nest)) {
                try (var in = UserSpecs.class.getResourceAsStream("/" + p.getFileName())) { Files.write(p, in.readAllBytes()); }
                p.toFile().deleteOnExit();
            }
            return List.of(root().resolve("examples/ops-protocol/src/main/ksy/ops.ksy"), ops, nest);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@link #SPECS} compiled, in that order (protocols 2, 30, 31). */
    static final List<SpecDissector> DISSECTORS = compiled();

    private static List<SpecDissector> compiled() {
        try {
            return List.of(KsyCompiler.dissector(SPECS.get(0), -1), KsyCompiler.dissector(SPECS.get(1), -1), KsyCompiler.dissector(SPECS.get(2), -1));
        } catch (KsyCompiler.KsyException | IOException e) {
            throw new IllegalStateException("the real specs must compile", e);
        }
    }

    /** A dissector that lets no exception of {@code d} pass as a RuntimeException the core would catch. */
    static ProtocolDissector checked(SpecDissector d) {
        return new ProtocolDissector() {
            @Override public int protocol() { return d.protocol(); }
            @Override public String name() { return d.name(); }
            @Override public Optional<String> typeName(int type) { return d.typeName(type); }
            @Override public MessageKind kind(int type) { return d.kind(type); }
            @Override public String dissect(PayloadContext ctx) {
                try {
                    return d.dissect(ctx);
                } catch (Throwable t) {
                    throw new AssertionError("an exception escaped the dissector of " + d.name(), t);
                }
            }
        };
    }

    /** The core dissector with every compiled spec in its registry, each {@link #checked}. */
    static final NetlinkDissector DISSECTOR = dissector();

    private static NetlinkDissector dissector() {
        ProtocolRegistry r = ProtocolRegistry.standard();
        for (SpecDissector d : DISSECTORS) r = r.with(checked(d));
        return new NetlinkDissector(r);
    }

    static final int COOKED = 16, NLMSG_HDRLEN = 16;

    /** An nlmon frame of one message to the kernel on {@code protocol}: type {@code type}, this payload. */
    static Frame frame(int protocol, int type, byte[] payload) {
        ByteBuffer b = ByteBuffer.allocate(COOKED + NLMSG_HDRLEN + payload.length);
        b.order(ByteOrder.BIG_ENDIAN).putShort((short) 4).putShort((short) 824).putShort((short) 0).putLong(0).putShort((short) protocol);
        b.order(ByteOrder.LITTLE_ENDIAN).putInt(NLMSG_HDRLEN + payload.length).putShort((short) type).putShort((short) 1).putInt(7).putInt(4242);
        b.put(payload);
        return new Frame(1, 0, b.capacity(), 253, 0, Direction.UNKNOWN, b.array());
    }

    /**
     * The fuzz targets' input: {@code data[0] % 3} picks the spec, its bit 7 the message type (17, else 16), the rest
     * is the payload (at most what nlmsg_len can say in a frame nlmon records).
     */
    static DissectedFrame decode(byte[] data) {
        if (data.length == 0) return null;
        SpecDissector d = DISSECTORS.get((data[0] & 0x7f) % DISSECTORS.size());
        int type = (data[0] & 0x80) != 0 ? 17 : 16;
        byte[] payload = java.util.Arrays.copyOfRange(data, 1, Math.min(data.length, 1 + 0xffff - COOKED - NLMSG_HDRLEN));
        Frame frame = frame(d.protocol(), type, payload);
        DissectedFrame f = DISSECTOR.dissect(frame);
        accounted(f, d, frame.copyOfData());
        return f;
    }

    /**
     * Throws unless every message of {@code f} on {@code d}'s protocol accounts for its payload: after nlmsghdr, top-level
     * fields from the payload's first byte to its last, each starting where the one before ends; every raw and
     * malformed node anywhere holding the bytes of its place in the frame.
     */
    static void accounted(DissectedFrame f, SpecDissector d, byte[] frame) {
        for (NetlinkMessage m : f.messages()) {
            if (m.protocol() != d.protocol() || m.type() < 16) continue;
            String at = "frame " + f.index() + " message " + m.index() + " (" + m.typeName() + ")";
            List<Field> fs = m.fields();
            if (fs.isEmpty() || !fs.get(0).name().equals("nlmsghdr")) throw new AssertionError(at + ": no nlmsghdr first: " + fs);
            int start = m.offset() + NLMSG_HDRLEN, end = (int) Math.min(m.offset() + m.length(), f.capturedLength());
            int pos = start;
            for (Field x : fs.subList(1, fs.size())) {
                if (x.offset() != pos)
                    throw new AssertionError(at + ": field " + x.name() + " at " + x.offset() + ", where " + (x.offset() > pos
                            ? "bytes " + pos + ".." + x.offset() + " belong to no field" : "the field before ends (" + pos + ")") + ": " + fs);
                pos += x.length();
                if (pos > end) throw new AssertionError(at + ": field " + x.name() + " ends at " + pos + ", past the payload's end " + end);
                held(x, frame, at);
            }
            if (pos != end) throw new AssertionError(at + ": bytes " + pos + ".." + end + " of the payload belong to no field: " + fs);
        }
    }

    /** Raw and malformed nodes at and below {@code x} hold the frame's bytes of their place. */
    private static void held(Field x, byte[] frame, String at) {
        byte[] b = x.value() instanceof Value.Raw r ? r.bytes() : x.value() instanceof Value.Malformed mf ? mf.bytes() : null;
        if (b != null && (b.length != x.length()
                || !java.util.Arrays.equals(b, 0, b.length, frame, x.offset(), x.offset() + x.length())))
            throw new AssertionError(at + ": " + x.name() + " holds other bytes than its place [" + x.offset() + "+" + x.length() + "]");
        for (Field c : x.children()) held(c, frame, at);
    }
}
