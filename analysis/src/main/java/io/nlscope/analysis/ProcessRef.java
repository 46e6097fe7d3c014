package io.nlscope.analysis;

/**
 * A process that held a netlink socket, as the capture recorded it: {@code nlscope capture} in the
 * comment of each frame whose port id it could trace to a process, {@code nlscope trace} in the comment
 * of every frame ({@link FrameComment}).
 *
 * @param pid  the process id (the thread group's)
 * @param name its command name ({@code /proc/PID/comm}, at most 15 bytes), "" when the capture did not record it
 */
public record ProcessRef(long pid, String name) {

    public ProcessRef {
        name = name == null ? "" : name;
    }

    /** "ip[178]" as syslog names processes, or "pid 178" without a name (captured names as they are: escape them for a terminal). */
    public String label() {
        return name.isEmpty() ? "pid " + pid : name + "[" + pid + "]";
    }
}
