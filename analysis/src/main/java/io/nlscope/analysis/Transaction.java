package io.nlscope.analysis;

import java.util.List;

/**
 * A request and what the kernel answered.
 *
 * @param number        the request's message number, which also names the transaction
 * @param request       the request
 * @param requestKeys   the request's key fields ({@link io.nlscope.dissect.NetlinkMessage#keys()}), "" when
 *                      {@link Pairing.Config#requestKeys()} is off or it has none
 * @param outcome       what became of it
 * @param responses     the responses in order; at most {@link Pairing.Config#keepResponses()} of them
 *                      (a dump may have millions: {@code responseCount} counts them all)
 * @param responseCount all responses
 * @param responseBytes their nlmsg_len summed
 * @param first         the first response, or null
 * @param last          the last response, or null
 * @param errno         the error (negative errno, as the kernel sends it) of an ERROR, or of a
 *                      DUMP's NLMSG_DONE; 0 if none
 * @param errorMessage  the extended ACK's message (NLMSGERR_ATTR_MSG), also on success; "" if none
 * @param flags         what else is known: the {@code INTERRUPTED}, {@code INFERRED}, ... bits of this record
 * @param alternatives  when {@link #AMBIGUOUS}: the other requests that could have had (some of) its
 *                      responses, or could have had this one's, as far as the capture shows
 */
public record Transaction(long number, MessageRef request, String requestKeys, Outcome outcome,
                          List<MessageRef> responses, long responseCount, long responseBytes,
                          MessageRef first, MessageRef last, int errno, String errorMessage, int flags,
                          List<MessageRef> alternatives) implements PairingEvent {

    /** A dump part carried NLM_F_DUMP_INTR: the dump changed while it was being read. */
    public static final int INTERRUPTED = 1;
    /** A response was attached by inference (a seq-0 reply to the port that had just sent this request). */
    public static final int INFERRED = 2;
    /**
     * Another open request could have had a response as well ({@link #alternatives()} names them):
     * the one that expects it is taken, then on a custom unit the earliest still unanswered, else
     * the earliest.
     */
    public static final int AMBIGUOUS = 4;
    /** Pairing used the recorded socket (port id, or process and fd) and direction of a traced capture, so it is exact. */
    public static final int EXACT = 8;
    /**
     * Reported before its answer was known, to keep memory within {@link Pairing.Config#pendingBytes()}
     * (the events waiting behind it); a response that comes later is a {@link Unpaired.Kind#LATE} naming it.
     */
    public static final int EVICTED = 16;
    /** Closed because no response came within {@link Pairing.Config#timeoutNanos()} of the last one. */
    public static final int TIMED_OUT = 32;
    /**
     * A request whose answers have no end marker (a batch marker, a NEW or DELETE without
     * NLM_F_ACK: only an error, or its echo) closed when a later request of its protocol was
     * answered: the kernel sends those answers before the sendmsg() that carried the request returns.
     */
    public static final int SETTLED = 64;
    /** Its request carried no NLM_F_REQUEST; the capture showed it was one (a response echoed its header, or answered it). */
    public static final int DIRECTION_INFERRED = 128;

    /** Its NLMSG_ERROR was cut short by the capture (its snapshot length) before the errno: outcome {@link Outcome#CUT}. */
    public static final int CUT = 256;

    public Transaction {
        responses = List.copyOf(responses);
        alternatives = List.copyOf(alternatives);
    }

    public Operation operation() { return request.operation(); }

    public boolean has(int flag) { return (flags & flag) != 0; }

    /** Time from the request to the first response, in ns; -1 without responses. */
    public long firstLatencyNanos() {
        return first == null ? -1 : first.timestampNanos() - request.timestampNanos();
    }

    /** Time from the request to the last response, in ns; -1 without responses. */
    public long lastLatencyNanos() {
        return last == null ? -1 : last.timestampNanos() - request.timestampNanos();
    }

    /**
     * The process that sent the request, as the capture recorded it: the request's own, else (nlmon, where a
     * request's nlmsg_pid is often 0) the one its first response went to; null when the capture does not say.
     */
    public ProcessRef process() {
        if (request.process() != null) return request.process();
        return first == null ? null : first.process();
    }

    /** The request's frame. */
    public long frame() { return request.frame(); }

    @Override public String describe() {
        StringBuilder b = new StringBuilder(operation().name());
        if (!requestKeys.isEmpty()) b.append(' ').append(requestKeys);
        b.append(": ").append(outcome);
        if (errno != 0) b.append(' ').append(io.nlscope.dissect.Errno.name(errno));
        if (!errorMessage.isEmpty()) b.append(" \"").append(errorMessage).append('"');
        if (process() != null) b.append(" by ").append(process().label());
        return b.toString();
    }
}
