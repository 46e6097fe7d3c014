meta:
  id: netfilter_message
  title: "NETLINK_NETFILTER (nfnetlink): struct nfgenmsg, subsystems, batches"
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  nfnetlink: nlmsg_type is subsystem << 8 | message (NFNL_SUBSYS_ID, NFNL_MSG_TYPE); every
  message starts with struct nfgenmsg (res_id big-endian: the subsystem of a batch, a CPU of
  per-CPU statistics, a generation id). The enum nfnl_subsys names each subsystem and, with
  -nl-types, the enum of its messages (keyed by the low byte; -nl-kind and -nl-attrs as
  everywhere). Subsystem 0 holds the batch markers NFNL_MSG_BATCH_BEGIN/END (16, 17), whose
  res_id is the subsystem the batch is for. Attribute values of nfnetlink subsystems are
  big-endian (network order) unless a set says otherwise.
doc-ref: /usr/include/linux/netfilter/nfnetlink.h, /usr/include/linux/netfilter/nf_tables_compat.h, /usr/include/linux/netfilter.h
params:
  - id: is_le
    type: bool
types:
  nfgenmsg:
    doc: struct nfgenmsg
    seq:
      - {id: nfgen_family, type: u1, -nl-enum: nfproto}
      - {id: version, type: u1}
      - {id: res_id, type: u2be}
enums:
  nfproto:
    # NFPROTO_* (linux/netfilter.h): nfgen_family; the IPv4/IPv6 values are AF_INET/AF_INET6
    0: nfproto_unspec
    1: nfproto_inet
    2: nfproto_ipv4
    3: nfproto_arp
    5: nfproto_netdev
    7: nfproto_bridge
    10: nfproto_ipv6
    12: nfproto_decnet
  nfnl_subsys:
    0: {id: nfnl_subsys_none, -nl-types: nfnl_batch_type}
    1: {id: nfnl_subsys_ctnetlink, -nl-types: netfilter_ctnetlink.ctnl_msg_type}
    2: {id: nfnl_subsys_ctnetlink_exp, -nl-types: netfilter_ctnetlink.ctnl_exp_msg_type}
    3: {id: nfnl_subsys_queue, -nl-types: netfilter_queue.nfqnl_msg_types}
    4: {id: nfnl_subsys_ulog, -nl-types: netfilter_log.nfulnl_msg_types}
    5: nfnl_subsys_osf
    6: nfnl_subsys_ipset
    7: nfnl_subsys_acct
    8: nfnl_subsys_ctnetlink_timeout
    9: nfnl_subsys_cthelper
    10: {id: nfnl_subsys_nftables, -nl-types: netfilter_nftables.nft_msg_type}
    11: {id: nfnl_subsys_nft_compat, -nl-types: nfnl_compat_msg_type}
    12: nfnl_subsys_hook
  nfnl_batch_type:
    16: {id: nfnl_msg_batch_begin, -nl-kind: batch, -nl-attrs: nfnl_batch_attr}
    17: {id: nfnl_msg_batch_end, -nl-kind: batch, -nl-attrs: nfnl_batch_attr}
  nfnl_batch_attr:
    0: {id: nfnl_batch_unspec, -nl-type: binary}
    1: {id: nfnl_batch_genid, -nl-type: u32, -nl-byte-order: big}
  nfnl_compat_msg_type:
    # nf_tables_compat.h: iptables-nft asks whether an xtables match/target revision exists
    0: {id: nfnl_msg_compat_get, -nl-kind: get, -nl-attrs: nfta_compat_attr}
  nfta_compat_attr:
    0: {id: nfta_compat_unspec, -nl-type: binary}
    1: {id: nfta_compat_name, -nl-type: string}
    2: {id: nfta_compat_rev, -nl-type: u32, -nl-byte-order: big}
    3: {id: nfta_compat_type, -nl-type: u32, -nl-byte-order: big}
