package io.nlscope.analysis;

import io.nlscope.dissect.NetlinkMessage;

import java.util.List;

/**
 * A request and what the kernel answered.
 *
 * @param number        the request's message number, which also names the transaction
 * @param request       the request
 * @param operation     its family and operation
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
 */
public record Transaction(long number, NetlinkMessage request, Operation operation, Outcome outcome,
                          List<Numbered> responses, long responseCount, long responseBytes,
                          Numbered first, Numbered last, int errno, String errorMessage, int flags) implements PairingEvent {

    /** A dump part carried NLM_F_DUMP_INTR: the dump changed while it was being read. */
    public static final int INTERRUPTED = 1;
    /** A response was attached by inference (a seq-0 reply to the port that had just sent this request). */
    public static final int INFERRED = 2;
    /** Another open request could have matched a response as well; the earliest was taken. */
    public static final int AMBIGUOUS = 4;
    /** Pairing used the recorded socket (port id, or process and fd) and direction of a traced capture, so it is exact. */
    public static final int EXACT = 8;
    /** Closed before its answer came because too many transactions were open ({@link Pairing.Config#maxPending()}). */
    public static final int EVICTED = 16;
    /** Closed because no response came within {@link Pairing.Config#timeoutNanos()} of the last one. */
    public static final int TIMED_OUT = 32;

    public Transaction {
        responses = List.copyOf(responses);
    }

    public boolean has(int flag) { return (flags & flag) != 0; }

    /** Time from the request to the first response, in ns; -1 without responses. */
    public long firstLatencyNanos() {
        return first == null ? -1 : first.message().timestampNanos() - request.timestampNanos();
    }

    /** Time from the request to the last response, in ns; -1 without responses. */
    public long lastLatencyNanos() {
        return last == null ? -1 : last.message().timestampNanos() - request.timestampNanos();
    }

    /** The request's frame. */
    public long frame() { return request.frame(); }
}
