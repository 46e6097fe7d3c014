package io.nlscope.analysis;

import java.util.List;

/**
 * The words of the frame comments nlscope writes, {@code key=value} separated by spaces, with {@code comm=}
 * last and taking the rest of the comment (a command name may hold spaces):
 * <ul>
 *   <li>{@code nlscope trace} and {@code import-strace}, on every frame: {@code pid=PID fd=FD proto=N portid=P [comm=NAME]}
 *       (portid {@code ?} when the trace never learnt it);</li>
 *   <li>{@code nlscope capture}, on each frame whose nlmsg_pid names a port it traced to a process (the sender of a
 *       request, the receiver of an answer, the port whose request caused a notification):
 *       {@code pid=PID portid=P proto=N comm=NAME}.</li>
 * </ul>
 * Numbers that are not numbers read as -1.
 */
public record FrameComment(long pid, int fd, int protocol, long portId, String comm) {

    /** The first comment of this form, or null. */
    public static FrameComment of(List<String> comments) {
        for (String c : comments) {
            FrameComment f = parse(c);
            if (f != null) return f;
        }
        return null;
    }

    /** The comment read, or null when it is not of this form (it must start with {@code pid=}). */
    public static FrameComment parse(String c) {
        if (!c.startsWith("pid=")) return null;
        long pid = -1, port = -1;
        int fd = -1, proto = -1;
        String comm = null;
        int i = 0;
        while (i < c.length()) {
            int sp = c.indexOf(' ', i);
            if (c.startsWith("comm=", i)) {
                comm = c.substring(i + 5);
                break;
            }
            String word = c.substring(i, sp < 0 ? c.length() : sp);
            int eq = word.indexOf('=');
            if (eq > 0) {
                long v = number(word.substring(eq + 1));
                switch (word.substring(0, eq)) {
                    case "pid" -> pid = v;
                    case "fd" -> fd = (int) v;
                    case "proto" -> proto = (int) v;
                    case "portid" -> port = v;
                    default -> { }
                }
            }
            if (sp < 0) break;
            i = sp + 1;
        }
        return pid < 0 ? null : new FrameComment(pid, fd, proto, port, comm);
    }

    private static long number(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return -1;   // "portid=?": the trace did not learn it
        }
    }

    /** Whether it names a socket (the fd of a traced capture): then it is a {@link Socket}. */
    public boolean namesSocket() { return fd >= 0; }

    /** The traced socket it names, or null (what {@code nlscope capture} records names a process only). */
    public Socket socket() { return namesSocket() ? new Socket(pid, fd, portId) : null; }

    /** The process, with its name when the comment gave one. */
    public ProcessRef process() { return new ProcessRef(pid, comm); }
}
