package io.nlscope.capture;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** What both formats share: the source, the frame counter, end-of-input state and message wording. */
abstract class AbstractReader implements CaptureReader {
    /** Beyond this a length field is garbage, not a jumbo frame; it also caps what one record can make us allocate. */
    static final int MAX_RECORD = 256 << 20;

    final ByteSource src;
    final String name;
    final boolean netlinkOnly;
    long frames;
    boolean done;
    private final List<String> warnings = new ArrayList<>(1);
    private final List<String> warningsView = Collections.unmodifiableList(warnings);

    AbstractReader(ByteSource src, String name, boolean netlinkOnly) {
        this.src = src;
        this.name = name;
        this.netlinkOnly = netlinkOnly;
    }

    @Override
    public List<String> warnings() {
        return warningsView;
    }

    @Override
    public void close() throws IOException {
        done = true;
        src.close();
    }

    /** Records the cut-short warning and ends the stream; always returns null so callers can {@code return} it. */
    Frame truncated(String what, String got) {
        warnings.add(name + " is cut short: " + what + " is incomplete (" + got + "); " + framesRead() + ".");
        done = true;
        return null;
    }

    private String framesRead() {
        return frames == 1 ? "1 frame was read" : frames + " frames were read";
    }

    /** "the record after frame 41" / "the first record", for messages about the unit that failed to load. */
    String next(String unit) {
        return frames == 0 ? "the first " + unit : "the " + unit + " after frame " + frames;
    }

    /** "the block at byte offset 1234 (after frame 41)" */
    String at(String unit, long offset) {
        return "the " + unit + " at byte offset " + offset
                + (frames == 0 ? " (before the first frame)" : " (after frame " + frames + ")");
    }

    CaptureFormatException corrupt(String detail) {
        return new CaptureFormatException(CaptureFormatException.Kind.CORRUPT, name,
                name + " is corrupt: " + detail + ".");
    }

    CaptureFormatException wrongLinkType(int linkType, String where) {
        return new CaptureFormatException(CaptureFormatException.Kind.WRONG_LINK_TYPE, name,
                name + " has link type " + LinkTypes.describe(linkType) + where + ", not "
                        + LinkTypes.describe(LINKTYPE_NETLINK)
                        + ": nlscope reads captures taken on an nlmon interface.");
    }

    static int clampToInt(long v) {
        return v > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) v;
    }
}
