package io.nlscope.capture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What this Linux host offers for a live capture, read from /proc and /sys: whether an interface
 * exists and is an nlmon interface, whether the running kernel has nlmon at all, the process's
 * capabilities, the kernel release. Each answer is read when asked, never cached.
 */
public final class HostFacts {
    private HostFacts() {}

    /** Linux capability numbers (linux/capability.h). */
    public static final int CAP_NET_ADMIN = 12, CAP_NET_RAW = 13;
    private static final int ARPHRD_NETLINK = 824;

    public static boolean interfaceExists(String name) {
        return validName(name) && Files.isDirectory(Path.of("/sys/class/net", name));
    }

    /** True when the interface's hardware type is ARPHRD_NETLINK (an nlmon interface). */
    public static boolean isNlmon(String name) {
        if (!validName(name)) return false;
        try {
            return Integer.parseInt(Files.readString(Path.of("/sys/class/net", name, "type")).trim()) == ARPHRD_NETLINK;
        } catch (IOException | NumberFormatException e) {
            return false;
        }
    }

    /** An interface name the kernel could have (IFNAMSIZ, no slash): never a path into /sys. */
    static boolean validName(String name) {
        return name != null && !name.isEmpty() && name.length() < 16 && !name.contains("/") && !name.equals(".") && !name.equals("..");
    }

    /** The host's name (`uname -n`); empty when /proc cannot say. */
    public static String hostName() {
        try {
            return Files.readString(Path.of("/proc/sys/kernel/hostname")).trim();
        } catch (IOException e) {
            return "";
        }
    }

    /** `uname -r`, e.g. 6.1.0-28-amd64; empty when /proc cannot say. */
    public static String kernelRelease() {
        try {
            return Files.readString(Path.of("/proc/sys/kernel/osrelease")).trim();
        } catch (IOException e) {
            return "";
        }
    }

    /**
     * Whether the running kernel can make nlmon interfaces: the module is loaded, built in, or present
     * under /lib/modules/RELEASE (compressed or not). Empty when the host cannot tell (no module tree,
     * as in many containers).
     */
    public static Optional<Boolean> kernelHasNlmon() {
        if (Files.isDirectory(Path.of("/sys/module/nlmon"))) return Optional.of(true);
        Path mods = Path.of("/lib/modules", kernelRelease());
        if (kernelRelease().isEmpty() || !Files.isDirectory(mods)) return Optional.empty();
        try {
            Path builtin = mods.resolve("modules.builtin");
            if (Files.isReadable(builtin) && Files.readString(builtin).contains("/nlmon.ko")) return Optional.of(true);
            try (Stream<Path> s = Files.walk(mods.resolve("kernel"))) {
                return Optional.of(s.anyMatch(p -> p.getFileName().toString().startsWith("nlmon.ko")));
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Whether this process has capability {@code cap} in its effective set (CapEff of /proc/self/status). */
    public static boolean hasCapability(int cap) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("CapEff:")) return (Long.parseUnsignedLong(line.substring(7).trim(), 16) >>> cap & 1) == 1;
            }
        } catch (IOException | NumberFormatException e) {
            // cannot tell: let the capture itself say
        }
        return true;
    }
}
