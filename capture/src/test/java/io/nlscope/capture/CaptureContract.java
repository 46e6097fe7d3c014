package io.nlscope.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a reader and a writer promise about any input, checked on fuzzed bytes (CaptureFuzzTest) and on every
 * real capture (RealCapturesTest) alike: only {@link CaptureFormatException} escapes, with one sentence naming
 * the input; every frame holds at most {@link AbstractReader#MAX_FRAME} bytes; the window size changes nothing;
 * a cut-short input yields a prefix of the frames; what was read, written in any format, reads back the same.
 */
final class CaptureContract {
    static final String NAME = "input";

    private CaptureContract() {
    }

    /** Everything one reading of an input gave: the frames, then the warnings, or the exception that ended it. */
    record Reading(List<Frame> frames, List<String> warnings, CaptureFormatException failure, CaptureReader reader) {
        String end() {
            return failure == null ? "end, warnings " + warnings : "failure: " + failure.getMessage();
        }
    }

    /** Reads every frame of {@code data}, and what the reader says about it, checking each answer as it comes. */
    static Reading read(byte[] data, boolean netlinkOnly, int capacity) throws IOException {
        List<Frame> frames = new ArrayList<>();
        CaptureReader r = null;
        try {
            r = Readers.open(Channels.newChannel(new ByteArrayInputStream(data)), NAME, netlinkOnly, capacity);
            String format = r.format();
            assertTrue(format.equals("pcap") || format.equals("pcap-ns") || format.equals("pcapng"), format);
            Optional<Section> section = r.section();
            section.ifPresent(s -> assertTrue(!s.isEmpty()));
            for (Frame f; (f = r.next()) != null; ) {
                assertEquals(frames.size() + 1, f.index(), "frames are numbered in order");
                assertTrue(f.capturedLength() <= AbstractReader.MAX_FRAME, f.toString());
                assertTrue(f.originalLength() >= 0 && f.interfaceId() >= 0 && f.linkType() >= 0 && f.linkType() <= 0xFFFF, f.toString());
                assertTrue(r.snaplen(f.interfaceId()) >= 0);
                r.interfaceName(f.interfaceId()).ifPresent(n -> assertTrue(n.length() <= PcapngReader.MAX_INTERFACE_NAME, n));
                if (netlinkOnly) {
                    assertEquals(CaptureReader.LINKTYPE_NETLINK, f.linkType(), "openNetlink gives netlink frames only");
                }
                frames.add(f);
            }
            assertNull(r.next(), "a reader that has ended stays ended");
            List<String> warnings = List.copyOf(r.warnings());
            assertTrue(warnings.size() <= AbstractReader.MAX_WARNINGS + 1, "warnings are capped");
            for (String w : warnings) {
                sentence(w);
            }
            r.close();
            return new Reading(frames, warnings, null, r);
        } catch (CaptureFormatException e) {
            sentence(e.getMessage());
            assertEquals(NAME, e.source());
            if (r != null) {
                r.close();
            }
            return new Reading(frames, r == null ? List.of() : List.copyOf(r.warnings()), e, r);
        }
    }

    /** One sentence for the user, naming the input. */
    private static void sentence(String m) {
        assertTrue(m.startsWith(NAME + " "), m);
        assertTrue(m.endsWith("."), m);
        assertTrue(!m.contains("\n"), m);
    }

    /**
     * The reader's whole contract on one input: the same answers through a 1 MiB and a 32-byte window (which
     * loads every record through the oversized path); a cut at {@code cut} yields a prefix of the frames, and
     * fails only where the whole input fails.
     */
    static Reading readerContract(byte[] data, int cut) throws IOException {
        Reading whole = read(data, false, ByteSource.DEFAULT_CAPACITY);
        Reading small = read(data, false, ByteSource.MIN_CAPACITY);
        assertEquals(whole.frames(), small.frames());
        assertEquals(whole.end(), small.end());
        if (data.length > 0 && cut >= 0) {
            byte[] part = java.util.Arrays.copyOf(data, cut % (data.length + 1));
            Reading p = read(part, false, ByteSource.DEFAULT_CAPACITY);
            assertTrue(p.frames().size() <= whole.frames().size(), "a cut adds no frame");
            assertEquals(whole.frames().subList(0, p.frames().size()), p.frames(), "a cut keeps the frames before it");
            // (a cut inside the 4-byte magic number leaves no capture to speak of: "not a capture" is right there)
            if (p.failure() != null && part.length >= 4) {
                assertEquals(whole.end(), p.end(), "a cut fails only where the whole input fails");
            }
        }
        return whole;
    }

    /**
     * {@code openNetlink}: frames of link type NETLINK only; it stops with WRONG_LINK_TYPE where another link
     * type is declared, and otherwise answers exactly as {@code open} does.
     */
    static void netlinkContract(byte[] data) throws IOException {
        Reading any = read(data, false, ByteSource.DEFAULT_CAPACITY);
        Reading nl = read(data, true, ByteSource.DEFAULT_CAPACITY);
        assertTrue(nl.frames().size() <= any.frames().size());
        assertEquals(any.frames().subList(0, nl.frames().size()), nl.frames());
        if (nl.failure() != null && nl.failure().kind() == CaptureFormatException.Kind.WRONG_LINK_TYPE) {
            assertTrue(nl.failure().getMessage().contains(", not 253 (NETLINK): nlscope reads captures taken on an nlmon interface."),
                    nl.failure().getMessage());
            return;
        }
        assertEquals(any.frames(), nl.frames(), "no other link type, so the same frames");
        assertEquals(any.end(), nl.end());
    }

    /**
     * Writes what {@code data} gave (the frames before any failure) in every format and reads it back: the same
     * frames, as far as each format holds them (see {@link #kept}).
     */
    static void roundTripContract(byte[] data) throws IOException {
        Reading in = read(data, false, ByteSource.DEFAULT_CAPACITY);
        if (in.reader() == null) {
            return;   // not a capture at all: nothing was read
        }
        for (CaptureWriter.Format format : CaptureWriter.Format.values()) {
            roundTrip(in, format);
        }
    }

    static void roundTrip(Reading in, CaptureWriter.Format format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Section section = in.reader().section().orElse(new Section(null, null, "nlscope", null));
        List<Boolean> commentsCut = new ArrayList<>();
        try (CaptureWriter w = CaptureWriter.open(out, format, section, in.reader())) {
            for (Frame f : in.frames()) {
                long clamped = w.clampedTimes(), lost = w.lostComments();
                w.write(f, List.of());
                assertEquals(clamped + (keptTime(f.timestampNanos(), format) != f.timestampNanos() ? 1 : 0), w.clampedTimes(),
                        "a time the format cannot hold is counted");
                long tooLong = f.comments().stream().filter(c -> c.getBytes(StandardCharsets.UTF_8).length > PcapngWriter.MAX_OPTION).count();
                assertEquals(lost + (format == CaptureWriter.Format.PCAPNG ? tooLong : f.comments().size()), w.lostComments(),
                        "a comment not kept is counted");
                commentsCut.add(tooLong > 0);
            }
            assertEquals(in.frames().size(), w.frames());
        }
        Reading back = read(out.toByteArray(), false, ByteSource.DEFAULT_CAPACITY);
        assertNull(back.failure(), () -> format + ": " + back.end());
        assertEquals(List.of(), back.warnings(), format.id);
        assertEquals(format.id, back.reader().format());
        assertEquals(in.frames().size(), back.frames().size(), format.id);
        for (int i = 0; i < in.frames().size(); i++) {
            Frame f = in.frames().get(i);
            Frame g = back.frames().get(i);
            assertEquals(kept(f, format), g, format.id);
            if (format == CaptureWriter.Format.PCAPNG && !commentsCut.get(i)) {
                assertEquals(f.comments(), g.comments(), format.id);
            }
        }
    }

    /** What a format keeps of a frame: pcap no interface, direction or link type (its header says NETLINK). */
    static Frame kept(Frame f, CaptureWriter.Format format) {
        long t = keptTime(f.timestampNanos(), format);
        int original = Math.max(f.originalLength(), f.capturedLength());
        if (format == CaptureWriter.Format.PCAPNG) {
            return new Frame(f.index(), t, original, f.linkType(), f.interfaceId(), f.direction(), f.copyOfData());
        }
        return new Frame(f.index(), format == CaptureWriter.Format.PCAP ? t - t % 1000 : t, original,
                CaptureReader.LINKTYPE_NETLINK, 0, Direction.UNKNOWN, f.copyOfData());
    }

    /** The time a format can hold nearest to {@code t}: pcapng from 1970 on, pcap from 1970 to 2106. */
    static long keptTime(long t, CaptureWriter.Format format) {
        return Math.max(0, Math.min(t, format == CaptureWriter.Format.PCAPNG ? Long.MAX_VALUE : PcapWriter.LATEST));
    }
}
