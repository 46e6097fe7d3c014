package io.nlscope.examples.ops;

import io.nlscope.dissect.MessageKind;
import io.nlscope.dissect.PayloadContext;
import io.nlscope.dissect.ProtocolDissector;
import io.nlscope.userspec.SpecDissector;

import java.util.Optional;

/**
 * The "ops" protocol of a user's kernel module on NETLINK_USERSOCK: {@code struct ops_msg} after
 * nlmsghdr, parsed by {@link OpsMsg}, the class Kaitai generated at build time from
 * {@code src/main/ksy/ops.ksy}. The protocol number, message type names and field hints are in
 * that spec, not here. Registered for {@link java.util.ServiceLoader} in
 * {@code META-INF/services/io.nlscope.dissect.ProtocolDissector}: a jar of this module on the
 * class path is all {@code ProtocolRegistry.standard()} needs.
 */
public final class OpsDissector implements ProtocolDissector {
    private final SpecDissector spec = SpecDissector.ofResource("ops.ksy", OpsMsg.class);

    @Override public int protocol() { return spec.protocol(); }
    @Override public String name() { return "ops"; }
    @Override public Optional<String> typeName(int type) { return spec.typeName(type); }
    @Override public MessageKind kind(int type) { return spec.kind(type); }
    @Override public String dissect(PayloadContext ctx) { return spec.dissect(ctx); }
}
