package io.nlscope.output;

import com.fasterxml.jackson.core.JsonGenerator;
import io.nlscope.analysis.MessageRef;
import io.nlscope.analysis.Outcome;
import io.nlscope.analysis.Pairing;
import io.nlscope.analysis.ProcessRef;
import io.nlscope.analysis.Transaction;
import io.nlscope.dissect.Direction;
import io.nlscope.dissect.Errno;
import io.nlscope.dissect.NetlinkMessage;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * How one message of {@code nlscope read} pairs with others, like Wireshark's "response in" /
 * "request in" fields: a request's responses with outcome and latency, a response's request.
 *
 * @param role         request, response, late, copy, notification, orphan or unreadable
 * @param requestFrame for a response the frame of its request, for a notification the frame of
 *                     the request that caused it, for a copy the frame of the request it copies; 0 if none
 * @param firstFrame   for a request, the frames of its first and last response; 0 without
 * @param lastFrame    (see firstFrame)
 * @param outcome      for a request, what became of it; else null
 * @param errno        for a request, the error's name; else null
 * @param firstLatencyNanos for a request, the time to its first response; -1 without
 * @param lastLatencyNanos  and to its last
 * @param responses    for a request, how many responses
 * @param group        for a notification, the multicast group its type goes to, where the family defines one; else null
 * @param lateBecause  for a late response, why its request was already reported; else null
 * @param flags        for a request, its transaction's flags ({@link Transaction#EVICTED}, ...)
 * @param alternatives for an ambiguous request, the frames of the other requests that could have had its
 *                     responses (or it theirs)
 * @param process      the process the capture recorded: for a request its sender, for a notification the one whose
 *                     request caused it, else the one it went to; null when the capture does not say
 * @param extack       for a request, its extended ACK's message; else ""
 */
public record Link(String role, long requestFrame, long firstFrame, long lastFrame, Outcome outcome, String errno,
            long firstLatencyNanos, long lastLatencyNanos, long responses, String group, String lateBecause, int flags,
            List<Long> alternatives, ProcessRef process, String extack) {

    private static final String[] ROLES = java.util.Arrays.stream(Pairing.Placement.Role.values())
            .map(r -> r.name().toLowerCase(Locale.ROOT)).toArray(String[]::new);

    /** The link of a message pairing placed at once (a response, notification, copy, ...); {@code process} as the record's. */
    public static Link of(Pairing.Placement p, NetlinkMessage m, ProcessRef process) {
        String group = p.role() == Pairing.Placement.Role.NOTIFICATION ? m.group().orElse(null) : null;
        String late = p.role() == Pairing.Placement.Role.LATE ? lateReason(p.requestFlags()) : null;
        return new Link(ROLES[p.role().ordinal()], p.requestFrame(), 0, 0, null, null, -1, -1, 0, group, late, 0,
                List.of(), process, "");
    }

    /** The link of a request, from its transaction. */
    public static Link of(Transaction t) {
        return new Link("request", 0, t.first() == null ? 0 : t.first().frame(),
                t.last() == null ? 0 : t.last().frame(), t.outcome(),
                t.errno() == 0 ? null : Errno.name(t.errno()), t.firstLatencyNanos(), t.lastLatencyNanos(), t.responseCount(),
                null, null, t.flags(), frames(t.alternatives()), t.process(), t.errorMessage());
    }

    private static List<Long> frames(List<MessageRef> requests) {
        return requests.isEmpty() ? List.of() : requests.stream().map(MessageRef::frame).distinct().toList();
    }

    /** The link of a message pairing made no transaction of: its kind as the role (notification, orphan, late, copy, unreadable). */
    public static Link of(io.nlscope.analysis.Unpaired u) {
        String group = u.kind() == io.nlscope.analysis.Unpaired.Kind.NOTIFICATION ? u.message().group().orElse(null) : null;
        return new Link(u.kind().name().toLowerCase(Locale.ROOT), 0, 0, 0, null, null, -1, -1, 0, group, null, 0, List.of(),
                u.message().process(), "");
    }

    /** A message that answers nothing and that nothing answers; {@code process} as the record's. */
    public static Link notification(ProcessRef process) {
        return new Link("notification", 0, 0, 0, null, null, -1, -1, 0, null, null, 0, List.of(), process, "");
    }

    /** A request the capture showed was one, though it carried no NLM_F_REQUEST. */
    public boolean sentToKernel() { return (flags & Transaction.DIRECTION_INFERRED) != 0; }

    /**
     * The direction to show: a request the capture showed was one, though it carried no
     * NLM_F_REQUEST, went to the kernel; a multicast copy of a request came from it, whatever its flags say.
     */
    public Direction direction(Direction recorded) {
        if (sentToKernel()) return Direction.TO_KERNEL;
        if (role.equals("copy")) return Direction.FROM_KERNEL;
        return recorded;
    }

    /** Why a late response's request had already been reported. */
    private static String lateReason(int requestFlags) {
        if ((requestFlags & Transaction.TIMED_OUT) != 0) return "timed out";
        if ((requestFlags & Transaction.EVICTED) != 0) return "released before its answer was known";
        if ((requestFlags & Transaction.SETTLED) != 0) return "settled as answered by nothing";
        return "ended at its timeout";
    }

    /** "answered by frames 42-44 in 0.327..2.361 ms: DUMP (4 messages)", "response to frame 1", ... (captured names as they are) */
    public String text() { return text(new TextBuffer(96, false)).toString(); }

    /** Appends {@link #text()} to {@code t} (escaped if {@code t} escapes). */
    public TextBuffer text(TextBuffer t) {
        switch (role) {
            case "request" -> {
                requestText(t);
                if (!alternatives.isEmpty()) {
                    t.text("; ambiguous: the capture cannot tell it from ").text(alternatives.size() == 1 ? "frame " : "frames ");
                    for (int i = 0; i < alternatives.size(); i++) (i > 0 ? t.text(", ") : t).num(alternatives.get(i));
                }
            }
            case "response" -> t.text("response to frame ").num(requestFrame);
            case "notification" -> {
                t.text("notification");
                if (group != null) t.text(" to ").text(group);
                if (requestFrame > 0) t.text(", caused by frame ").num(requestFrame);
            }
            case "orphan" -> t.text("response to a request not in the capture");
            case "late" -> t.text("late response to frame ").num(requestFrame).text(" (that request ").text(lateBecause).ascii(')');
            case "copy" -> t.text("multicast copy of the request in frame ").num(requestFrame).text(" (one per listening socket)");
            default -> t.text(role);
        }
        if (process != null) {
            t.text(switch (role) {
                case "request" -> "; sent by ";
                case "notification" -> requestFrame > 0 ? " of " : ", caused by ";   // "caused by frame 24 of ip[214]"
                default -> ", to ";
            }).text(process.label());
        }
        return t;
    }

    /** What became of a request. */
    private void requestText(TextBuffer t) {
        if ((flags & Transaction.EVICTED) != 0) {
            t.text("answer not known yet: reported early to keep memory bounded");
            if (responses > 0) t.text(" after ").num(responses).text(responses > 1 ? " responses" : " response");
            t.text("; a later response names this frame");
            return;
        }
        boolean inferred = (flags & Transaction.DIRECTION_INFERRED) != 0;
        if (responses == 0) {
            t.text(outcome == Outcome.NO_REPLY ? "no reply (none asked for)"
                    : (flags & Transaction.TIMED_OUT) != 0 ? "unanswered within the timeout" : "unanswered");
            if (inferred) t.text("; sent to the kernel, though without NLM_F_REQUEST: its datagram, or the same request before, shows it");
            return;
        }
        t.text(firstFrame == lastFrame ? "answered by frame " : "answered by frames ").num(firstFrame);
        if (firstFrame != lastFrame) t.ascii('-').num(lastFrame);
        ms(t.text(" in "), firstLatencyNanos);
        if (responses != 1 && firstLatencyNanos != lastLatencyNanos) ms(t.text(".."), lastLatencyNanos);
        t.text(" ms: ");
        if (outcome == Outcome.CUT) t.text("answer cut short by the capture, ACK or error not known");
        else {
            t.text(outcome.name());
            if (errno != null) t.ascii(' ').text(errno);
        }
        if (responses > 1) t.text(" (").num(responses).text(" messages)");
        if (inferred) t.text("; sent to the kernel, though without NLM_F_REQUEST: the answer shows it");
    }

    /** Milliseconds with three decimals, rounded half up, as {@code %.3f} would give them (without a Formatter per line). */
    static String ms(long nanos) { return ms(new TextBuffer(16), nanos).toString(); }

    static TextBuffer ms(TextBuffer t, long nanos) {
        long us = nanos >= 0 ? (nanos + 500) / 1000 : -((-nanos + 500) / 1000);
        long a = Math.abs(us);
        long frac = a % 1000;
        if (us < 0) t.ascii('-');
        t.num(a / 1000).ascii('.');
        if (frac < 100) t.ascii('0');
        if (frac < 10) t.ascii('0');
        return t.num(frac);
    }

    /** The "pairing" object of the JSON output (docs/json.md). */
    public void write(JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("pairing");
        g.writeStringField("role", role);
        if (requestFrame > 0) g.writeNumberField("request_frame", requestFrame);
        if (group != null) g.writeStringField("group", group);
        if (lateBecause != null) g.writeStringField("late_because", lateBecause);
        if (outcome != null) {
            g.writeStringField("outcome", outcome.name());
            if (errno != null) g.writeStringField("errno", errno);
            g.writeNumberField("responses", responses);
            if (responses > 0) {
                g.writeNumberField("first_response_frame", firstFrame);
                g.writeNumberField("last_response_frame", lastFrame);
                g.writeNumberField("first_latency_ns", firstLatencyNanos);
                g.writeNumberField("last_latency_ns", lastLatencyNanos);
            }
        }
        if ((flags & Transaction.DIRECTION_INFERRED) != 0) g.writeBooleanField("direction_inferred", true);
        if ((flags & Transaction.EVICTED) != 0) g.writeBooleanField("released_early", true);
        if (!alternatives.isEmpty()) {
            g.writeArrayFieldStart("ambiguous_with_frames");
            for (long f : alternatives) g.writeNumber(f);
            g.writeEndArray();
        }
        if (process != null) {
            g.writeObjectFieldStart("process");
            g.writeNumberField("pid", process.pid());
            g.writeStringField("name", process.name());
            g.writeEndObject();
        }
        g.writeStringField("text", text());
        g.writeEndObject();
    }
}
