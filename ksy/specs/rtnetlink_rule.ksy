meta:
  id: rtnetlink_rule
  title: "rtnetlink policy rules: struct fib_rule_hdr and FRA_* attributes"
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  RTM_NEWRULE, RTM_DELRULE, RTM_GETRULE: struct fib_rule_hdr followed by FRA_* attributes.
  The table of the header and FRA_TABLE take the RT_TABLE_* names, FRA_PROTOCOL the RTPROT_*
  names of rtnetlink.h (rtnetlink_route.ksy). FRA_TUN_ID is in network byte order; the port
  ranges (struct fib_rule_port_range, a single port is start = end) and their masks are in host
  order. FRA_SUPPRESS_PREFIXLEN and FRA_SUPPRESS_IFGROUP are -1 when unset. Newer kernels add
  matches iproute2 6.1 cannot state: FRA_DSCP (the 6-bit DSCP, instead of tos) with
  FRA_DSCP_MASK, FRA_FLOWLABEL with FRA_FLOWLABEL_MASK (IPv6 only, network byte order), and
  FRA_SPORT_MASK/FRA_DPORT_MASK (a port value matched under a mask, the range's start).
doc-ref: /usr/include/linux/fib_rules.h
params:
  - id: is_le
    type: bool
types:
  fib_rule_hdr:
    doc: struct fib_rule_hdr
    seq:
      - id: family
        type: u1
        -nl-enum: linux_common.address_family
      - id: dst_len
        type: u1
      - id: src_len
        type: u1
      - id: tos
        type: u1
      - id: table
        type: u1
        -nl-enum: rtnetlink_route.rt_table
      - id: res1
        type: u1
      - id: res2
        type: u1
      - id: action
        type: u1
        -nl-enum: fr_act
      - id: flags
        type: u4
        -nl-flags: fib_rule_flags
  fib_rule_uid_range:
    doc: struct fib_rule_uid_range (FRA_UID_RANGE)
    seq:
      - id: start
        type: u4
      - id: end
        type: u4
  fib_rule_port_range:
    doc: struct fib_rule_port_range (FRA_SPORT_RANGE, FRA_DPORT_RANGE)
    seq:
      - id: start
        type: u2
      - id: end
        type: u2
enums:
  fr_act:
    0: fr_act_unspec
    1: fr_act_to_tbl
    2: fr_act_goto
    3: fr_act_nop
    4: fr_act_res3
    5: fr_act_res4
    6: fr_act_blackhole
    7: fr_act_unreachable
    8: fr_act_prohibit
  fib_rule_flags:
    0x1: fib_rule_permanent
    0x2: fib_rule_invert
    0x4: fib_rule_unresolved
    0x8: fib_rule_iif_detached
    0x10: fib_rule_oif_detached
    0x10000: fib_rule_find_saddr
  fra_attr:
    0: {id: fra_unspec, -nl-type: binary}
    1: {id: fra_dst, -nl-type: ipaddr}
    2: {id: fra_src, -nl-type: ipaddr}
    3: {id: fra_iifname, -nl-type: string}
    4: {id: fra_goto, -nl-type: u32}
    5: {id: fra_unused2, -nl-type: binary}
    6: {id: fra_priority, -nl-type: u32}
    7: {id: fra_unused3, -nl-type: binary}
    8: {id: fra_unused4, -nl-type: binary}
    9: {id: fra_unused5, -nl-type: binary}
    10: {id: fra_fwmark, -nl-type: u32}
    11: {id: fra_flow, -nl-type: u32}
    12: {id: fra_tun_id, -nl-type: u64, -nl-byte-order: big}
    13: {id: fra_suppress_ifgroup, -nl-type: s32}
    14: {id: fra_suppress_prefixlen, -nl-type: s32}
    15: {id: fra_table, -nl-type: u32, -nl-enum: rtnetlink_route.rt_table}
    16: {id: fra_fwmask, -nl-type: u32}
    17: {id: fra_oifname, -nl-type: string}
    18: {id: fra_pad, -nl-type: binary}
    19: {id: fra_l3mdev, -nl-type: u8}
    20: {id: fra_uid_range, -nl-type: struct, -nl-struct: fib_rule_uid_range}
    21: {id: fra_protocol, -nl-type: u8, -nl-enum: rtnetlink_route.rtprot}
    22: {id: fra_ip_proto, -nl-type: u8, -nl-enum: rtnetlink_route.ip_proto}
    23: {id: fra_sport_range, -nl-type: struct, -nl-struct: fib_rule_port_range}
    24: {id: fra_dport_range, -nl-type: struct, -nl-struct: fib_rule_port_range}
    25: {id: fra_dscp, -nl-type: u8}
    26: {id: fra_flowlabel, -nl-type: u32, -nl-byte-order: big}
    27: {id: fra_flowlabel_mask, -nl-type: u32, -nl-byte-order: big}
    28: {id: fra_sport_mask, -nl-type: u16}
    29: {id: fra_dport_mask, -nl-type: u16}
    30: {id: fra_dscp_mask, -nl-type: u8}
