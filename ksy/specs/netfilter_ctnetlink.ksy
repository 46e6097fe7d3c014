meta:
  id: netfilter_ctnetlink
  title: "nfnetlink conntrack (ctnetlink): IPCTNL_MSG_* and CTA_* attributes"
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  Connection tracking (conntrack -L, -S, -E). Values are big-endian (network order): ports,
  CTA_STATUS, CTA_TIMEOUT, CTA_MARK, CTA_ID, counters, statistics.
doc-ref: /usr/include/linux/netfilter/nfnetlink_conntrack.h, /usr/include/linux/netfilter/nf_conntrack_common.h
params:
  - id: is_le
    type: bool
enums:
  multicast_groups:
    # enum nfnetlink_groups (linux/netfilter/nfnetlink.h), the groups of every nfnetlink
    # subsystem (group N is bit N-1 of nl_groups, or NETLINK_ADD_MEMBERSHIP N). -nl-group on a
    # message type names the group the kernel notifies that type to. ctnetlink_conntrack_event
    # (net/netfilter/nf_conntrack_netlink.c) sends a new connection as IPCTNL_MSG_CT_NEW with
    # NLM_F_CREATE|NLM_F_EXCL to NFNLGRP_CONNTRACK_NEW, any other change as IPCTNL_MSG_CT_NEW
    # without them to NFNLGRP_CONNTRACK_UPDATE, and a destroyed one as IPCTNL_MSG_CT_DELETE to
    # NFNLGRP_CONNTRACK_DESTROY; ctnetlink_expect_event sends IPCTNL_MSG_EXP_NEW (always with
    # NLM_F_CREATE) to NFNLGRP_CONNTRACK_EXP_NEW and IPCTNL_MSG_EXP_DELETE to
    # NFNLGRP_CONNTRACK_EXP_DESTROY (6.1 sends nothing to NFNLGRP_CONNTRACK_EXP_UPDATE).
    0: nfnlgrp_none
    1: nfnlgrp_conntrack_new
    2: nfnlgrp_conntrack_update
    3: nfnlgrp_conntrack_destroy
    4: nfnlgrp_conntrack_exp_new
    5: nfnlgrp_conntrack_exp_update
    6: nfnlgrp_conntrack_exp_destroy
    7: nfnlgrp_nftables
    8: nfnlgrp_acct_quota
    9: nfnlgrp_nftrace
  ctnl_msg_type:
    0: {id: ipctnl_msg_ct_new, -nl-kind: new, -nl-attrs: cta_attr, -nl-group: {create: nfnlgrp_conntrack_new, other: nfnlgrp_conntrack_update}}
    1: {id: ipctnl_msg_ct_get, -nl-kind: get, -nl-attrs: cta_attr}
    2: {id: ipctnl_msg_ct_delete, -nl-kind: delete, -nl-attrs: cta_attr, -nl-group: nfnlgrp_conntrack_destroy}
    3: {id: ipctnl_msg_ct_get_ctrzero, -nl-kind: get, -nl-attrs: cta_attr}
    4: {id: ipctnl_msg_ct_get_stats_cpu, -nl-kind: get, -nl-attrs: cta_stats_cpu_attr}
    5: {id: ipctnl_msg_ct_get_stats, -nl-kind: get, -nl-attrs: cta_stats_global_attr}
    6: {id: ipctnl_msg_ct_get_dying, -nl-kind: get, -nl-attrs: cta_attr}
    7: {id: ipctnl_msg_ct_get_unconfirmed, -nl-kind: get, -nl-attrs: cta_attr}
  ctnl_exp_msg_type:
    0: {id: ipctnl_msg_exp_new, -nl-kind: new, -nl-attrs: cta_expect_attr, -nl-group: nfnlgrp_conntrack_exp_new}
    1: {id: ipctnl_msg_exp_get, -nl-kind: get, -nl-attrs: cta_expect_attr}
    2: {id: ipctnl_msg_exp_delete, -nl-kind: delete, -nl-attrs: cta_expect_attr, -nl-group: nfnlgrp_conntrack_exp_destroy}
    3: {id: ipctnl_msg_exp_get_stats_cpu, -nl-kind: get, -nl-attrs: cta_stats_exp_attr}
  ip_conntrack_status:
    0x1: ips_expected
    0x2: ips_seen_reply
    0x4: ips_assured
    0x8: ips_confirmed
    0x10: ips_src_nat
    0x20: ips_dst_nat
    0x40: ips_seq_adjust
    0x80: ips_src_nat_done
    0x100: ips_dst_nat_done
    0x200: ips_dying
    0x400: ips_fixed_timeout
    0x800: ips_template
    0x1000: ips_untracked
    0x2000: ips_helper
    0x4000: ips_offload
    0x8000: ips_hw_offload
  cta_attr:
    0: {id: cta_unspec, -nl-type: binary}
    1: {id: cta_tuple_orig, -nl-type: nest, -nl-nest: cta_tuple_attr}
    2: {id: cta_tuple_reply, -nl-type: nest, -nl-nest: cta_tuple_attr}
    3: {id: cta_status, -nl-type: u32, -nl-byte-order: big, -nl-flags: ip_conntrack_status}
    4: {id: cta_protoinfo, -nl-type: nest, -nl-nest: cta_protoinfo_attr}
    5: {id: cta_help, -nl-type: nest, -nl-nest: cta_help_attr}
    6: {id: cta_nat_src, -nl-type: nest, -nl-nest: cta_nat_attr}
    7: {id: cta_timeout, -nl-type: u32, -nl-byte-order: big}
    8: {id: cta_mark, -nl-type: u32, -nl-byte-order: big}
    9: {id: cta_counters_orig, -nl-type: nest, -nl-nest: cta_counters_attr}
    10: {id: cta_counters_reply, -nl-type: nest, -nl-nest: cta_counters_attr}
    11: {id: cta_use, -nl-type: u32, -nl-byte-order: big}
    12: {id: cta_id, -nl-type: u32, -nl-byte-order: big}
    13: {id: cta_nat_dst, -nl-type: nest, -nl-nest: cta_nat_attr}
    14: {id: cta_tuple_master, -nl-type: nest, -nl-nest: cta_tuple_attr}
    15: {id: cta_seq_adj_orig, -nl-type: nest, -nl-nest: cta_seqadj_attr}
    16: {id: cta_seq_adj_reply, -nl-type: nest, -nl-nest: cta_seqadj_attr}
    17: {id: cta_secmark, -nl-type: u32, -nl-byte-order: big}
    18: {id: cta_zone, -nl-type: u16, -nl-byte-order: big}
    19: {id: cta_secctx, -nl-type: nest, -nl-nest: cta_secctx_attr}
    20: {id: cta_timestamp, -nl-type: nest, -nl-nest: cta_timestamp_attr}
    21: {id: cta_mark_mask, -nl-type: u32, -nl-byte-order: big}
    22: {id: cta_labels, -nl-type: binary}
    23: {id: cta_labels_mask, -nl-type: binary}
    24: {id: cta_synproxy, -nl-type: nest, -nl-nest: cta_synproxy_attr}
    25: {id: cta_filter, -nl-type: nest, -nl-nest: cta_filter_attr}
    26: {id: cta_status_mask, -nl-type: u32, -nl-byte-order: big, -nl-flags: ip_conntrack_status}
    # 7.2: when the event was queued (nanoseconds, big-endian like CTA_TIMESTAMP_START), on conntrack events
    27: {id: cta_timestamp_event, -nl-type: u64, -nl-byte-order: big}
  cta_tuple_attr:
    0: {id: cta_tuple_unspec, -nl-type: binary}
    1: {id: cta_tuple_ip, -nl-type: nest, -nl-nest: cta_ip_attr}
    2: {id: cta_tuple_proto, -nl-type: nest, -nl-nest: cta_proto_attr}
    3: {id: cta_tuple_zone, -nl-type: u16, -nl-byte-order: big}
  cta_ip_attr:
    0: {id: cta_ip_unspec, -nl-type: binary}
    1: {id: cta_ip_v4_src, -nl-type: ipv4}
    2: {id: cta_ip_v4_dst, -nl-type: ipv4}
    3: {id: cta_ip_v6_src, -nl-type: ipv6}
    4: {id: cta_ip_v6_dst, -nl-type: ipv6}
  cta_proto_attr:
    0: {id: cta_proto_unspec, -nl-type: binary}
    1: {id: cta_proto_num, -nl-type: u8, -nl-enum: sock_diag_inet.ip_protocol}
    2: {id: cta_proto_src_port, -nl-type: u16, -nl-byte-order: big}
    3: {id: cta_proto_dst_port, -nl-type: u16, -nl-byte-order: big}
    4: {id: cta_proto_icmp_id, -nl-type: u16, -nl-byte-order: big}
    5: {id: cta_proto_icmp_type, -nl-type: u8}
    6: {id: cta_proto_icmp_code, -nl-type: u8}
    7: {id: cta_proto_icmpv6_id, -nl-type: u16, -nl-byte-order: big}
    8: {id: cta_proto_icmpv6_type, -nl-type: u8}
    9: {id: cta_proto_icmpv6_code, -nl-type: u8}
  cta_protoinfo_attr:
    0: {id: cta_protoinfo_unspec, -nl-type: binary}
    1: {id: cta_protoinfo_tcp, -nl-type: nest, -nl-nest: cta_protoinfo_tcp_attr}
    2: {id: cta_protoinfo_dccp, -nl-type: nest, -nl-nest: cta_protoinfo_dccp_attr}
    3: {id: cta_protoinfo_sctp, -nl-type: nest, -nl-nest: cta_protoinfo_sctp_attr}
  cta_protoinfo_tcp_attr:
    0: {id: cta_protoinfo_tcp_unspec, -nl-type: binary}
    1: {id: cta_protoinfo_tcp_state, -nl-type: u8}
    2: {id: cta_protoinfo_tcp_wscale_original, -nl-type: u8}
    3: {id: cta_protoinfo_tcp_wscale_reply, -nl-type: u8}
    4: {id: cta_protoinfo_tcp_flags_original, -nl-type: binary}
    5: {id: cta_protoinfo_tcp_flags_reply, -nl-type: binary}
  cta_protoinfo_dccp_attr:
    0: {id: cta_protoinfo_dccp_unspec, -nl-type: binary}
    1: {id: cta_protoinfo_dccp_state, -nl-type: u8}
    2: {id: cta_protoinfo_dccp_role, -nl-type: u8}
    3: {id: cta_protoinfo_dccp_handshake_seq, -nl-type: u64, -nl-byte-order: big}
    4: {id: cta_protoinfo_dccp_pad, -nl-type: binary}
  cta_protoinfo_sctp_attr:
    0: {id: cta_protoinfo_sctp_unspec, -nl-type: binary}
    1: {id: cta_protoinfo_sctp_state, -nl-type: u8}
    2: {id: cta_protoinfo_sctp_vtag_original, -nl-type: u32, -nl-byte-order: big}
    3: {id: cta_protoinfo_sctp_vtag_reply, -nl-type: u32, -nl-byte-order: big}
  cta_counters_attr:
    0: {id: cta_counters_unspec, -nl-type: binary}
    1: {id: cta_counters_packets, -nl-type: u64, -nl-byte-order: big}
    2: {id: cta_counters_bytes, -nl-type: u64, -nl-byte-order: big}
    3: {id: cta_counters32_packets, -nl-type: u32, -nl-byte-order: big}
    4: {id: cta_counters32_bytes, -nl-type: u32, -nl-byte-order: big}
    5: {id: cta_counters_pad, -nl-type: binary}
  cta_timestamp_attr:
    0: {id: cta_timestamp_unspec, -nl-type: binary}
    1: {id: cta_timestamp_start, -nl-type: u64, -nl-byte-order: big}
    2: {id: cta_timestamp_stop, -nl-type: u64, -nl-byte-order: big}
    3: {id: cta_timestamp_pad, -nl-type: binary}
  cta_nat_attr:
    0: {id: cta_nat_unspec, -nl-type: binary}
    1: {id: cta_nat_v4_minip, -nl-type: ipv4}
    2: {id: cta_nat_v4_maxip, -nl-type: ipv4}
    3: {id: cta_nat_proto, -nl-type: nest, -nl-nest: cta_protonat_attr}
    4: {id: cta_nat_v6_minip, -nl-type: ipv6}
    5: {id: cta_nat_v6_maxip, -nl-type: ipv6}
  cta_protonat_attr:
    0: {id: cta_protonat_unspec, -nl-type: binary}
    1: {id: cta_protonat_port_min, -nl-type: u16, -nl-byte-order: big}
    2: {id: cta_protonat_port_max, -nl-type: u16, -nl-byte-order: big}
  cta_seqadj_attr:
    0: {id: cta_seqadj_unspec, -nl-type: binary}
    1: {id: cta_seqadj_correction_pos, -nl-type: u32, -nl-byte-order: big}
    2: {id: cta_seqadj_offset_before, -nl-type: u32, -nl-byte-order: big}
    3: {id: cta_seqadj_offset_after, -nl-type: u32, -nl-byte-order: big}
  cta_synproxy_attr:
    0: {id: cta_synproxy_unspec, -nl-type: binary}
    1: {id: cta_synproxy_isn, -nl-type: u32, -nl-byte-order: big}
    2: {id: cta_synproxy_its, -nl-type: u32, -nl-byte-order: big}
    3: {id: cta_synproxy_tsoff, -nl-type: u32, -nl-byte-order: big}
  cta_help_attr:
    0: {id: cta_help_unspec, -nl-type: binary}
    1: {id: cta_help_name, -nl-type: string}
    2: {id: cta_help_info, -nl-type: binary}
  cta_secctx_attr:
    0: {id: cta_secctx_unspec, -nl-type: binary}
    1: {id: cta_secctx_name, -nl-type: string}
  cta_filter_attr:
    0: {id: cta_filter_unspec, -nl-type: binary}
    1: {id: cta_filter_orig_flags, -nl-type: u32}
    2: {id: cta_filter_reply_flags, -nl-type: u32}
  cta_stats_cpu_attr:
    0: {id: cta_stats_unspec, -nl-type: binary}
    1: {id: cta_stats_searched, -nl-type: u32, -nl-byte-order: big}
    2: {id: cta_stats_found, -nl-type: u32, -nl-byte-order: big}
    3: {id: cta_stats_new, -nl-type: u32, -nl-byte-order: big}
    4: {id: cta_stats_invalid, -nl-type: u32, -nl-byte-order: big}
    5: {id: cta_stats_ignore, -nl-type: u32, -nl-byte-order: big}
    6: {id: cta_stats_delete, -nl-type: u32, -nl-byte-order: big}
    7: {id: cta_stats_delete_list, -nl-type: u32, -nl-byte-order: big}
    8: {id: cta_stats_insert, -nl-type: u32, -nl-byte-order: big}
    9: {id: cta_stats_insert_failed, -nl-type: u32, -nl-byte-order: big}
    10: {id: cta_stats_drop, -nl-type: u32, -nl-byte-order: big}
    11: {id: cta_stats_early_drop, -nl-type: u32, -nl-byte-order: big}
    12: {id: cta_stats_error, -nl-type: u32, -nl-byte-order: big}
    13: {id: cta_stats_search_restart, -nl-type: u32, -nl-byte-order: big}
    14: {id: cta_stats_clash_resolve, -nl-type: u32, -nl-byte-order: big}
    15: {id: cta_stats_chain_toolong, -nl-type: u32, -nl-byte-order: big}
  cta_stats_global_attr:
    0: {id: cta_stats_global_unspec, -nl-type: binary}
    1: {id: cta_stats_global_entries, -nl-type: u32, -nl-byte-order: big}
    2: {id: cta_stats_global_max_entries, -nl-type: u32, -nl-byte-order: big}
  cta_stats_exp_attr:
    0: {id: cta_stats_exp_unspec, -nl-type: binary}
    1: {id: cta_stats_exp_new, -nl-type: u32, -nl-byte-order: big}
    2: {id: cta_stats_exp_create, -nl-type: u32, -nl-byte-order: big}
    3: {id: cta_stats_exp_delete, -nl-type: u32, -nl-byte-order: big}
  cta_expect_attr:
    0: {id: cta_expect_unspec, -nl-type: binary}
    1: {id: cta_expect_master, -nl-type: nest, -nl-nest: cta_tuple_attr}
    2: {id: cta_expect_tuple, -nl-type: nest, -nl-nest: cta_tuple_attr}
    3: {id: cta_expect_mask, -nl-type: nest, -nl-nest: cta_tuple_attr}
    4: {id: cta_expect_timeout, -nl-type: u32, -nl-byte-order: big}
    5: {id: cta_expect_id, -nl-type: u32, -nl-byte-order: big}
    6: {id: cta_expect_help_name, -nl-type: string}
    7: {id: cta_expect_zone, -nl-type: u16, -nl-byte-order: big}
    8: {id: cta_expect_flags, -nl-type: u32, -nl-byte-order: big}
    9: {id: cta_expect_class, -nl-type: u32, -nl-byte-order: big}
    10: {id: cta_expect_nat, -nl-type: nest, -nl-nest: cta_expect_nat_attr}
    11: {id: cta_expect_fn, -nl-type: string}
  cta_expect_nat_attr:
    0: {id: cta_expect_nat_unspec, -nl-type: binary}
    1: {id: cta_expect_nat_dir, -nl-type: u32, -nl-byte-order: big}
    2: {id: cta_expect_nat_tuple, -nl-type: nest, -nl-nest: cta_tuple_attr}
