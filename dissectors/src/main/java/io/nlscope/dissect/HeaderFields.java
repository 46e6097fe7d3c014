package io.nlscope.dissect;

/**
 * The five fields of a struct nlmsghdr, made when asked for: every message has one, and most
 * callers only read the message's own header values, so this saves building them eagerly.
 */
final class HeaderFields extends ImmutableFields {
    private final int pos;
    private final long len, seq, pid;
    private final Value.Named type;
    private final Value.Flags flags;

    HeaderFields(int pos, long len, Value.Named type, Value.Flags flags, long seq, long pid) {
        this.pos = pos;
        this.len = len;
        this.type = type;
        this.flags = flags;
        this.seq = seq;
        this.pid = pid;
    }

    @Override public Field get(int i) {
        return switch (i) {
            case 0 -> new Field("nlmsg_len", Value.Num.of(len), pos, 4);
            case 1 -> new Field("nlmsg_type", type, pos + 4, 2);
            case 2 -> new Field("nlmsg_flags", flags, pos + 6, 2);
            case 3 -> new Field("nlmsg_seq", Value.Num.of(seq), pos + 8, 4);
            case 4 -> new Field("nlmsg_pid", Value.Num.of(pid), pos + 12, 4);
            default -> throw new IndexOutOfBoundsException(i);
        };
    }

    @Override public int size() { return 5; }

    @Override boolean malformedInside() { return false; }
}
