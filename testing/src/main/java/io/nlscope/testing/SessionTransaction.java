package io.nlscope.testing;

import io.nlscope.analysis.Outcome;
import io.nlscope.analysis.ProcessRef;
import io.nlscope.analysis.Transaction;
import io.nlscope.dissect.Errno;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One request of a {@link NetlinkSession} and what the kernel answered, as pairing made it ({@link Transaction}),
 * with the request's decoded fields by name.
 *
 * @param transaction the transaction as {@link io.nlscope.analysis.Pairing} reported it: the request and its
 *                    responses as summaries ({@link io.nlscope.analysis.MessageRef}), outcome, errno, extended ACK
 * @param attributes  the request's decoded fields by path ({@code rtmsg.rtm_dst_len}, {@code RTA_DST},
 *                    {@code IFLA_LINKINFO.IFLA_INFO_KIND}) with their values as {@code read -V} names them; a path
 *                    that occurs several times holds its values joined by ","
 * @param marks       the names of the session's filters ({@link NetlinkSession.Options#withFilter}) that matched it
 */
public record SessionTransaction(Transaction transaction, SortedMap<String, String> attributes, Set<String> marks) {

    public SessionTransaction {
        attributes = Collections.unmodifiableSortedMap(new TreeMap<>(attributes));
        marks = Collections.unmodifiableSet(new LinkedHashSet<>(marks));
    }

    /** The request's message number (1 for the first message of the capture). */
    public long number() { return transaction.number(); }

    /** The request's frame (1-based). */
    public long frame() { return transaction.frame(); }

    /** The protocol's name ({@code route}, {@code netfilter}), or for generic netlink the family's ({@code ethtool}). */
    public String family() { return transaction.operation().family(); }

    /** The kernel's name of the request: {@code RTM_NEWROUTE}, {@code ETHTOOL_MSG_LINKINFO_GET}, {@code CTRL_CMD_GETFAMILY}. */
    public String operation() { return transaction.operation().name(); }

    public Outcome outcome() { return transaction.outcome(); }

    /** The errno's name ({@code EEXIST}) of an error, or of a dump's NLMSG_DONE; "" when there is none. */
    public String errno() { return transaction.errno() == 0 ? "" : Errno.name(transaction.errno()); }

    /** The extended ACK's message ({@code Nexthop has invalid gateway}); "" without one. */
    public String errorMessage() { return transaction.errorMessage(); }

    /** Whether the kernel refused it: a negative errno in its NLMSG_ERROR or its dump's NLMSG_DONE. */
    public boolean isError() { return transaction.errno() != 0; }

    /** All responses, also those pairing only counted. */
    public long responses() { return transaction.responseCount(); }

    /** Time from the request to its last response in ns; -1 without responses. */
    public long latencyNanos() { return transaction.lastLatencyNanos(); }

    /** The process that sent it, when the capture recorded it ({@code nlscope capture}, {@code nlscope trace}). */
    public Optional<ProcessRef> process() { return Optional.ofNullable(transaction.process()); }

    /** What the request is about, from its key fields: {@code 198.51.100.0/24 via 192.0.2.254}; "" when it has none. */
    public String keys() { return transaction.requestKeys(); }

    /**
     * The request's field of this name or path: a whole path ({@code rtmsg.rtm_dst_len}) or its last part
     * ({@code RTA_DST}, {@code rtm_dst_len}); the first in path order when several end so.
     */
    public Optional<String> attribute(String name) { return NetlinkSession.attribute(attributes, name); }

    /** Whether its operation is this one: its name ({@code RTM_NEWROUTE}), short name ({@code NEWROUTE}) or {@code route NEWROUTE}. */
    public boolean is(String operation) { return NetlinkSession.names(transaction.operation(), operation); }

    /**
     * {@code frame 17 route RTM_NEWROUTE 10.77.0.0/16 via 203.0.113.1: ERROR ENETUNREACH "Nexthop has invalid gateway"}
     * (and {@code by ip[209]} when the capture names the process): {@link Transaction#describe()} after its frame and family.
     */
    @Override public String toString() { return "frame " + frame() + " " + family() + " " + transaction.describe(); }
}
