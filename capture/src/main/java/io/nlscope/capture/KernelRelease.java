package io.nlscope.capture;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The release of the kernel that sent a capture's messages, by its major and minor number ({@code 6.12}): what
 * a layout that was renumbered between kernels (IFLA_INET6_STATS's IPSTATS_MIB_*) is read by. It comes from a
 * pcapng section's shb_os ({@code Linux 6.1.0-28-amd64}), from the user ({@code --kernel 6.12}) or, for a live
 * capture, from this machine.
 *
 * @param text what it was read from, e.g. {@code 7.2.13+deb14-amd64}
 */
public record KernelRelease(int major, int minor, String text) implements Comparable<KernelRelease> {
    private static final Pattern RELEASE = Pattern.compile("(?<![0-9.])(\\d{1,3})\\.(\\d{1,3})(?![0-9])");

    public KernelRelease {
        if (major < 0 || minor < 0) throw new IllegalArgumentException("a kernel release has no negative numbers: " + major + "." + minor);
    }

    /** The first {@code MAJOR.MINOR} in a text such as {@code Linux 6.1.0-28-amd64}, {@code 6.18.44-fc} or {@code 7.2}. */
    public static Optional<KernelRelease> parse(String text) {
        if (text == null) return Optional.empty();
        Matcher m = RELEASE.matcher(text);
        if (!m.find()) return Optional.empty();
        return Optional.of(new KernelRelease(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), text.trim()));
    }

    /** The kernel a section header names in its shb_os, when it is Linux. */
    public static Optional<KernelRelease> of(Section s) {
        return s.os() != null && s.os().startsWith("Linux") ? parse(s.os()) : Optional.empty();
    }

    @Override public int compareTo(KernelRelease o) {
        return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor);
    }

    /** {@code 6.12}. */
    public String version() { return major + "." + minor; }

    @Override public String toString() { return version(); }
}
