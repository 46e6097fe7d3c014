meta:
  id: rtnetlink_route
  title: "rtnetlink routes: struct rtmsg and RTA_* attributes"
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  RTM_NEWROUTE, RTM_DELROUTE, RTM_GETROUTE: struct rtmsg followed by RTA_* attributes.

  The numbers shared by other rtnetlink families live here too: routing tables (RT_TABLE_*,
  also the table of fib_rule_hdr and FRA_TABLE), route origins (RTPROT_*, also FRA_PROTOCOL,
  NDA_PROTOCOL and nhmsg's nh_protocol), scopes (RT_SCOPE_*), route types (RTN_*, also
  ndm_type), next hop flags (RTNH_F_*, also nh_flags) and IP protocol numbers (IPPROTO_*,
  linux/in.h, for RTA_IP_PROTO and FRA_IP_PROTO).

  RTA_MULTIPATH holds a run of struct rtnexthop, each followed by its own RTA_* attributes
  (rtnh_len covers both, the next at RTNH_ALIGN, 4): -nl-type struct-attrs-array with
  -nl-length-field rtnh_len; the entries are numbered [0], [1] ... RTA_VIA is struct rtvia, a
  2-byte family then an address of the family's length (a flexible array): the struct holds the
  family and the address is its tail (-nl-tail rtvia_addr, read as an IP address when it is 4 or
  16 bytes, as bytes otherwise, e.g. the link-layer gateway of an MPLS route). RTA_NEWDST is an
  MPLS label stack, as many struct mpls_label (a big-endian entry: label 20 bits, TC 3,
  bottom-of-stack 1, TTL 8, linux/mpls.h) as the route pushes (-nl-type struct-array).
  RTA_EXPIRES has a size that depends on the sender: a u32 of seconds in IPv6 route requests, a
  u64 of clock ticks in multicast (ipmr/ip6mr) route replies; -nl-type uint reads either by
  length.

  Lightweight tunnels (linux/lwtunnel.h): RTA_ENCAP is a nest whose attribute set is chosen by
  the number in the sibling RTA_ENCAP_TYPE (enum lwtunnel_encap_types; the kernel puts it after
  RTA_ENCAP, iproute2 too): -nl-type submsg whose keys are that enum's names (LWTUNNEL_ENCAP_MPLS
  ...). The same pair is NHA_ENCAP/NHA_ENCAP_TYPE of a nexthop object, and RTA_ENCAP inside each
  RTA_MULTIPATH next hop. The sets: MPLS_IPTUNNEL_* (linux/mpls_iptunnel.h), LWTUNNEL_IP_* and
  LWTUNNEL_IP6_* (metadata of collect_md tunnels, with LWTUNNEL_IP_OPTS_* for geneve, vxlan and
  erspan options), ILA_ATTR_* (linux/ila.h, the locator and its modes), LWT_BPF_* (one program per
  hook), SEG6_IPTUNNEL_* (linux/seg6_iptunnel.h: struct seg6_iptunnel_encap, the mode then an
  IPv6 segment routing header, struct ipv6_sr_hdr of linux/seg6.h, then its segments, last
  segment first), SEG6_LOCAL_* (linux/seg6_local.h: the End.* action and its parameters),
  RPL_IPTUNNEL_* (linux/rpl_iptunnel.h, struct ipv6_rpl_sr_hdr of linux/rpl.h), IOAM6_IPTUNNEL_*
  (linux/ioam6_iptunnel.h, struct ioam6_trace_hdr of linux/ioam6.h) and LWT_XFRM_* (xfrm
  interface id and link). A segment list is the header's tail read as IPv6 addresses
  (-nl-tail-type ipv6-list: [0], [1] ...); with TLVs after the segments (an HMAC) it stays bytes.
  Bit fields of ipv6_rpl_sr_hdr and ioam6_trace_hdr are whole bytes here (their bit order depends
  on the host).
doc-ref: /usr/include/linux/rtnetlink.h, /usr/include/linux/mpls.h, /usr/include/linux/lwtunnel.h, /usr/include/linux/mpls_iptunnel.h, /usr/include/linux/ila.h, /usr/include/linux/seg6.h, /usr/include/linux/seg6_iptunnel.h, /usr/include/linux/seg6_local.h, /usr/include/linux/rpl.h, /usr/include/linux/rpl_iptunnel.h, /usr/include/linux/ioam6.h, /usr/include/linux/ioam6_iptunnel.h, /usr/include/linux/icmpv6.h, /usr/include/linux/in.h, /usr/include/linux/in6.h
-nl-sub-messages:
  # what an encapsulation attribute holds by its LWTUNNEL_ENCAP_* type (RTA_ENCAP here, NHA_ENCAP in rtnetlink_nexthop)
  lwtunnel_encap:
    LWTUNNEL_ENCAP_MPLS: mpls_iptunnel_attr
    LWTUNNEL_ENCAP_IP: lwtunnel_ip_attr
    LWTUNNEL_ENCAP_ILA: ila_attr
    LWTUNNEL_ENCAP_IP6: lwtunnel_ip6_attr
    LWTUNNEL_ENCAP_SEG6: seg6_iptunnel_attr
    LWTUNNEL_ENCAP_BPF: lwt_bpf_attr
    LWTUNNEL_ENCAP_SEG6_LOCAL: seg6_local_attr
    LWTUNNEL_ENCAP_RPL: rpl_iptunnel_attr
    LWTUNNEL_ENCAP_IOAM6: ioam6_iptunnel_attr
    LWTUNNEL_ENCAP_XFRM: lwt_xfrm_attr
params:
  - id: is_le
    type: bool
types:
  rtmsg:
    doc: struct rtmsg
    seq:
      - id: rtm_family
        type: u1
        -nl-enum: linux_common.address_family
      - id: rtm_dst_len
        type: u1
      - id: rtm_src_len
        type: u1
      - id: rtm_tos
        type: u1
      - id: rtm_table
        type: u1
        -nl-enum: rt_table
      - id: rtm_protocol
        type: u1
        -nl-enum: rtprot
      - id: rtm_scope
        type: u1
        -nl-enum: rt_scope
      - id: rtm_type
        type: u1
        -nl-enum: rtn
      - id: rtm_flags
        type: u4
        -nl-flags: rtm_flags
  rtnexthop:
    doc: |
      struct rtnexthop, one next hop of RTA_MULTIPATH; rtnh_len counts it and the RTA_*
      attributes after it (RTA_GATEWAY, RTA_VIA, RTA_FLOW, RTA_ENCAP ...).
    seq:
      - id: rtnh_len
        type: u2
      - id: rtnh_flags
        type: u1
        -nl-flags: rtnh_flags
      - id: rtnh_hops
        type: u1
      - id: rtnh_ifindex
        type: s4
  rta_cacheinfo:
    doc: struct rta_cacheinfo (RTA_CACHEINFO)
    seq:
      - id: rta_clntref
        type: u4
      - id: rta_lastuse
        type: u4
      - id: rta_expires
        type: s4
      - id: rta_error
        type: u4
      - id: rta_used
        type: u4
      - id: rta_id
        type: u4
      - id: rta_ts
        type: u4
      - id: rta_tsage
        type: u4
  rtvia:
    doc: |
      struct rtvia (RTA_VIA): the gateway's address family; the address itself (rtvia_addr[],
      as long as the family's addresses: 4 or 16 bytes for IP, a link-layer address for MPLS
      routes) follows as the attribute's tail (-nl-tail on RTA_VIA).
    seq:
      - id: rtvia_family
        type: u2
        -nl-enum: linux_common.address_family
  rta_mfc_stats:
    doc: struct rta_mfc_stats (RTA_MFC_STATS, multicast routes)
    seq:
      - id: mfcs_packets
        type: u8
      - id: mfcs_bytes
        type: u8
      - id: mfcs_wrong_if
        type: u8
  mpls_label:
    doc: |
      struct mpls_label (linux/mpls.h), one entry of an MPLS label stack: label (MPLS_LS_LABEL_MASK,
      bits 31-12), traffic class (bits 11-9), bottom of stack (bit 8), TTL (bits 7-0), big-endian
    seq:
      - id: entry
        type: u4be
  seg6_iptunnel_encap:
    doc: |
      struct seg6_iptunnel_encap (SEG6_IPTUNNEL_SRH): the mode (an int), then struct ipv6_sr_hdr
      (linux/seg6.h), its members flattened here; the segments (struct in6_addr segments[],
      first_segment + 1 of them, the last segment first) and any TLVs follow as the tail
    seq:
      - id: mode
        type: s4
        -nl-enum: seg6_iptun_mode
      - id: nexthdr
        type: u1
        -nl-enum: ip_proto
      - id: hdrlen
        type: u1
      - id: type
        type: u1
        -nl-enum: ipv6_srcrt_type
      - id: segments_left
        type: u1
      - id: first_segment
        type: u1
      - id: flags
        type: u1
        -nl-flags: sr6_flag1
      - id: tag
        type: u2be
  ipv6_sr_hdr:
    doc: |
      struct ipv6_sr_hdr (linux/seg6.h, SEG6_LOCAL_SRH): an IPv6 segment routing header; hdrlen
      counts 8-byte units after the first 8; the segments follow as the tail
    seq:
      - id: nexthdr
        type: u1
        -nl-enum: ip_proto
      - id: hdrlen
        type: u1
      - id: type
        type: u1
        -nl-enum: ipv6_srcrt_type
      - id: segments_left
        type: u1
      - id: first_segment
        type: u1
      - id: flags
        type: u1
        -nl-flags: sr6_flag1
      - id: tag
        type: u2be
  ipv6_rpl_sr_hdr:
    doc: |
      struct ipv6_rpl_sr_hdr (linux/rpl.h, RPL_IPTUNNEL_SRH): the RPL source routing header; the
      32 bits after segments_left hold the bit fields cmpri, cmpre (4 bits each, byte 4), pad (4
      bits of byte 5) and reserved bits, kept as bytes here; the segments follow as the tail
    seq:
      - id: nexthdr
        type: u1
        -nl-enum: ip_proto
      - id: hdrlen
        type: u1
      - id: type
        type: u1
        -nl-enum: ipv6_srcrt_type
      - id: segments_left
        type: u1
      - id: cmpri_cmpre
        type: u1
      - id: pad_reserved
        type: u1
      - id: reserved1
        type: u2be
  ioam6_trace_hdr:
    doc: |
      struct ioam6_trace_hdr (linux/ioam6.h, IOAM6_IPTUNNEL_TRACE): the IOAM namespace, the bit
      fields nodelen (5 bits) and overflow (1) in one byte, remlen (7 bits) in the next, the
      24-bit trace type in the high bytes of a big-endian u32; the pre-allocated trace data
      follows as the tail
    seq:
      - id: namespace_id
        type: u2be
      - id: nodelen_overflow
        type: u1
      - id: remlen
        type: u1
      - id: type_be32
        type: u4be
enums:
  rt_table:
    0: rt_table_unspec
    252: rt_table_compat
    253: rt_table_default
    254: rt_table_main
    255: rt_table_local
  rtprot:
    0: rtprot_unspec
    1: rtprot_redirect
    2: rtprot_kernel
    3: rtprot_boot
    4: rtprot_static
    8: rtprot_gated
    9: rtprot_ra
    10: rtprot_mrt
    11: rtprot_zebra
    12: rtprot_bird
    13: rtprot_dnrouted
    14: rtprot_xorp
    15: rtprot_ntk
    16: rtprot_dhcp
    17: rtprot_mrouted
    18: rtprot_keepalived
    84: rtprot_ovn
    42: rtprot_babel
    99: rtprot_openr
    186: rtprot_bgp
    187: rtprot_isis
    188: rtprot_ospf
    189: rtprot_rip
    192: rtprot_eigrp
  rt_scope:
    0: rt_scope_universe
    200: rt_scope_site
    253: rt_scope_link
    254: rt_scope_host
    255: rt_scope_nowhere
  rtn:
    0: rtn_unspec
    1: rtn_unicast
    2: rtn_local
    3: rtn_broadcast
    4: rtn_anycast
    5: rtn_multicast
    6: rtn_blackhole
    7: rtn_unreachable
    8: rtn_prohibit
    9: rtn_throw
    10: rtn_nat
    11: rtn_xresolve
  rtnh_flags:
    0x1: rtnh_f_dead
    0x2: rtnh_f_pervasive
    0x4: rtnh_f_onlink
    0x8: rtnh_f_offload
    0x10: rtnh_f_linkdown
    0x20: rtnh_f_unresolved
    0x40: rtnh_f_trap
  rtm_flags:
    # the low byte carries the RTNH_F_* flags of the route's next hop
    0x1: rtnh_f_dead
    0x2: rtnh_f_pervasive
    0x4: rtnh_f_onlink
    0x8: rtnh_f_offload
    0x10: rtnh_f_linkdown
    0x20: rtnh_f_unresolved
    0x40: rtnh_f_trap
    0x100: rtm_f_notify
    0x200: rtm_f_cloned
    0x400: rtm_f_equalize
    0x800: rtm_f_prefix
    0x1000: rtm_f_lookup_table
    0x2000: rtm_f_fib_match
    0x4000: rtm_f_offload
    0x8000: rtm_f_trap
    0x20000000: rtm_f_offload_failed
  lwtunnel_encap_types:
    0: lwtunnel_encap_none
    1: lwtunnel_encap_mpls
    2: lwtunnel_encap_ip
    3: lwtunnel_encap_ila
    4: lwtunnel_encap_ip6
    5: lwtunnel_encap_seg6
    6: lwtunnel_encap_bpf
    7: lwtunnel_encap_seg6_local
    8: lwtunnel_encap_rpl
    9: lwtunnel_encap_ioam6
    10: lwtunnel_encap_xfrm
  icmpv6_router_pref:
    0x0: icmpv6_router_pref_medium
    0x1: icmpv6_router_pref_high
    0x2: icmpv6_router_pref_invalid
    0x3: icmpv6_router_pref_low
  ip_proto:
    # IPPROTO_HOPOPTS (in6.h) is 0 too: the entry keeps IPPROTO_IP
    0: ipproto_ip
    1: ipproto_icmp
    2: ipproto_igmp
    4: ipproto_ipip
    6: ipproto_tcp
    8: ipproto_egp
    12: ipproto_pup
    17: ipproto_udp
    22: ipproto_idp
    29: ipproto_tp
    33: ipproto_dccp
    41: ipproto_ipv6
    43: ipproto_routing
    44: ipproto_fragment
    46: ipproto_rsvp
    47: ipproto_gre
    50: ipproto_esp
    51: ipproto_ah
    58: ipproto_icmpv6
    59: ipproto_none
    60: ipproto_dstopts
    92: ipproto_mtp
    94: ipproto_beetph
    98: ipproto_encap
    103: ipproto_pim
    108: ipproto_comp
    115: ipproto_l2tp
    132: ipproto_sctp
    136: ipproto_udplite
    135: ipproto_mh
    137: ipproto_mpls
    143: ipproto_ethernet
    144: ipproto_aggfrag
    255: ipproto_raw
    256: ipproto_smc
    262: ipproto_mptcp
  rtax_features:
    0x1: rtax_feature_ecn
    0x2: rtax_feature_sack
    0x4: rtax_feature_timestamp
    0x8: rtax_feature_allfrag
    0x10: rtax_feature_tcp_usec_ts
  rtax_lock:
    # RTAX_LOCK is a mask of 1 << RTAX_* (RTAX_MTU 2 is 0x4: net/dst.h dst_metric_locked, iproute2 "lock mtu")
    # for the metrics the kernel must not change (RTAX_UNSPEC and RTAX_LOCK itself name bits 0 and 1, never locked)
    0x1: rtax_unspec
    0x2: rtax_lock
    0x4: rtax_mtu
    0x8: rtax_window
    0x10: rtax_rtt
    0x20: rtax_rttvar
    0x40: rtax_ssthresh
    0x80: rtax_cwnd
    0x100: rtax_advmss
    0x200: rtax_reordering
    0x400: rtax_hoplimit
    0x800: rtax_initcwnd
    0x1000: rtax_features
    0x2000: rtax_rto_min
    0x4000: rtax_initrwnd
    0x8000: rtax_quickack
    0x10000: rtax_cc_algo
    0x20000: rtax_fastopen_no_cookie
  rtax_attr:
    0: {id: rtax_unspec, -nl-type: binary}
    1: {id: rtax_lock, -nl-type: u32, -nl-flags: rtax_lock}
    2: {id: rtax_mtu, -nl-type: u32}
    3: {id: rtax_window, -nl-type: u32}
    4: {id: rtax_rtt, -nl-type: u32}
    5: {id: rtax_rttvar, -nl-type: u32}
    6: {id: rtax_ssthresh, -nl-type: u32}
    7: {id: rtax_cwnd, -nl-type: u32}
    8: {id: rtax_advmss, -nl-type: u32}
    9: {id: rtax_reordering, -nl-type: u32}
    10: {id: rtax_hoplimit, -nl-type: u32}
    11: {id: rtax_initcwnd, -nl-type: u32}
    12: {id: rtax_features, -nl-type: u32, -nl-flags: rtax_features}
    13: {id: rtax_rto_min, -nl-type: u32}
    14: {id: rtax_initrwnd, -nl-type: u32}
    15: {id: rtax_quickack, -nl-type: u32}
    16: {id: rtax_cc_algo, -nl-type: string}
    17: {id: rtax_fastopen_no_cookie, -nl-type: u32}
  rta_attr:
    0: {id: rta_unspec, -nl-type: binary}
    1: {id: rta_dst, -nl-type: ipaddr}
    2: {id: rta_src, -nl-type: ipaddr}
    3: {id: rta_iif, -nl-type: u32}
    4: {id: rta_oif, -nl-type: u32}
    5: {id: rta_gateway, -nl-type: ipaddr}
    6: {id: rta_priority, -nl-type: u32}
    7: {id: rta_prefsrc, -nl-type: ipaddr}
    8: {id: rta_metrics, -nl-type: nest, -nl-nest: rtax_attr}
    9: {id: rta_multipath, -nl-type: struct-attrs-array, -nl-struct: rtnexthop, -nl-length-field: rtnh_len, -nl-nest: rta_attr}
    10: {id: rta_protoinfo, -nl-type: binary}
    11: {id: rta_flow, -nl-type: u32}
    12: {id: rta_cacheinfo, -nl-type: struct, -nl-struct: rta_cacheinfo}
    13: {id: rta_session, -nl-type: binary}
    14: {id: rta_mp_algo, -nl-type: binary}
    15: {id: rta_table, -nl-type: u32, -nl-enum: rt_table}
    16: {id: rta_mark, -nl-type: u32}
    17: {id: rta_mfc_stats, -nl-type: struct, -nl-struct: rta_mfc_stats}
    18: {id: rta_via, -nl-type: struct, -nl-struct: rtvia, -nl-tail: rtvia_addr, -nl-tail-type: ipaddr}
    19: {id: rta_newdst, -nl-type: struct-array, -nl-struct: mpls_label}
    20: {id: rta_pref, -nl-type: u8, -nl-enum: icmpv6_router_pref}
    21: {id: rta_encap_type, -nl-type: u16, -nl-enum: lwtunnel_encap_types}
    22:
      id: rta_encap
      -nl-type: submsg
      -nl-selector: RTA_ENCAP_TYPE
      -nl-submsg: lwtunnel_encap
    23: {id: rta_expires, -nl-type: uint}
    24: {id: rta_pad, -nl-type: binary}
    25: {id: rta_uid, -nl-type: u32}
    26: {id: rta_ttl_propagate, -nl-type: u8}
    27: {id: rta_ip_proto, -nl-type: u8, -nl-enum: ip_proto}
    28: {id: rta_sport, -nl-type: u16, -nl-byte-order: big}
    29: {id: rta_dport, -nl-type: u16, -nl-byte-order: big}
    30: {id: rta_nh_id, -nl-type: u32}
    31: {id: rta_flowlabel, -nl-type: u32, -nl-byte-order: big}
  seg6_iptun_mode:
    0: seg6_iptun_mode_inline
    1: seg6_iptun_mode_encap
    2: seg6_iptun_mode_l2encap
    3: seg6_iptun_mode_encap_red
    4: seg6_iptun_mode_l2encap_red
  ipv6_srcrt_type:
    # the routing header types of linux/ipv6.h (IPV6_SRCRT_STRICT, 0x01, is a flag of type 0, deprecated)
    0: ipv6_srcrt_type_0
    2: ipv6_srcrt_type_2
    3: ipv6_srcrt_type_3
    4: ipv6_srcrt_type_4
  sr6_flag1:
    0x8: sr6_flag1_hmac
    0x10: sr6_flag1_alert
    0x20: sr6_flag1_oam
    0x40: sr6_flag1_protected
  mpls_iptunnel_attr:
    0: {id: mpls_iptunnel_unspec, -nl-type: binary}
    1: {id: mpls_iptunnel_dst, -nl-type: struct-array, -nl-struct: mpls_label}
    2: {id: mpls_iptunnel_ttl, -nl-type: u8}
  lwtunnel_ip_attr:
    0: {id: lwtunnel_ip_unspec, -nl-type: binary}
    1: {id: lwtunnel_ip_id, -nl-type: u64, -nl-byte-order: big}
    2: {id: lwtunnel_ip_dst, -nl-type: ipv4}
    3: {id: lwtunnel_ip_src, -nl-type: ipv4}
    4: {id: lwtunnel_ip_ttl, -nl-type: u8}
    5: {id: lwtunnel_ip_tos, -nl-type: u8}
    6: {id: lwtunnel_ip_flags, -nl-type: u16, -nl-byte-order: big}
    7: {id: lwtunnel_ip_pad, -nl-type: binary}
    8: {id: lwtunnel_ip_opts, -nl-type: nest, -nl-nest: lwtunnel_ip_opts_attr}
  lwtunnel_ip6_attr:
    0: {id: lwtunnel_ip6_unspec, -nl-type: binary}
    1: {id: lwtunnel_ip6_id, -nl-type: u64, -nl-byte-order: big}
    2: {id: lwtunnel_ip6_dst, -nl-type: ipv6}
    3: {id: lwtunnel_ip6_src, -nl-type: ipv6}
    4: {id: lwtunnel_ip6_hoplimit, -nl-type: u8}
    5: {id: lwtunnel_ip6_tc, -nl-type: u8}
    6: {id: lwtunnel_ip6_flags, -nl-type: u16, -nl-byte-order: big}
    7: {id: lwtunnel_ip6_pad, -nl-type: binary}
    8: {id: lwtunnel_ip6_opts, -nl-type: nest, -nl-nest: lwtunnel_ip_opts_attr}
  lwtunnel_ip_opts_attr:
    0: {id: lwtunnel_ip_opts_unspec, -nl-type: binary}
    1: {id: lwtunnel_ip_opts_geneve, -nl-type: nest, -nl-nest: lwtunnel_ip_opt_geneve_attr}
    2: {id: lwtunnel_ip_opts_vxlan, -nl-type: nest, -nl-nest: lwtunnel_ip_opt_vxlan_attr}
    3: {id: lwtunnel_ip_opts_erspan, -nl-type: nest, -nl-nest: lwtunnel_ip_opt_erspan_attr}
  lwtunnel_ip_opt_geneve_attr:
    0: {id: lwtunnel_ip_opt_geneve_unspec, -nl-type: binary}
    1: {id: lwtunnel_ip_opt_geneve_class, -nl-type: u16, -nl-byte-order: big}
    2: {id: lwtunnel_ip_opt_geneve_type, -nl-type: u8}
    3: {id: lwtunnel_ip_opt_geneve_data, -nl-type: binary}
  lwtunnel_ip_opt_vxlan_attr:
    0: {id: lwtunnel_ip_opt_vxlan_unspec, -nl-type: binary}
    1: {id: lwtunnel_ip_opt_vxlan_gbp, -nl-type: u32}
  lwtunnel_ip_opt_erspan_attr:
    0: {id: lwtunnel_ip_opt_erspan_unspec, -nl-type: binary}
    1: {id: lwtunnel_ip_opt_erspan_ver, -nl-type: u8}
    2: {id: lwtunnel_ip_opt_erspan_index, -nl-type: u32, -nl-byte-order: big}
    3: {id: lwtunnel_ip_opt_erspan_dir, -nl-type: u8}
    4: {id: lwtunnel_ip_opt_erspan_hwid, -nl-type: u8}
  ila_attr:
    # the ILA_ATTR_* of linux/ila.h as the ILA lightweight tunnel uses them; locators are 64 bits in network order
    0: {id: ila_attr_unspec, -nl-type: binary}
    1: {id: ila_attr_locator, -nl-type: u64, -nl-byte-order: big}
    2: {id: ila_attr_identifier, -nl-type: u64, -nl-byte-order: big}
    3: {id: ila_attr_locator_match, -nl-type: u64, -nl-byte-order: big}
    4: {id: ila_attr_ifindex, -nl-type: s32}
    5: {id: ila_attr_dir, -nl-type: u32, -nl-flags: ila_dir}
    6: {id: ila_attr_pad, -nl-type: binary}
    7: {id: ila_attr_csum_mode, -nl-type: u8, -nl-enum: ila_csum}
    8: {id: ila_attr_ident_type, -nl-type: u8, -nl-enum: ila_atype}
    9: {id: ila_attr_hook_type, -nl-type: u8, -nl-enum: ila_hook}
  ila_dir:
    0x1: ila_dir_in
    0x2: ila_dir_out
  ila_csum:
    0: ila_csum_adjust_transport
    1: ila_csum_neutral_map
    2: ila_csum_no_action
    3: ila_csum_neutral_map_auto
  ila_atype:
    0: ila_atype_iid
    1: ila_atype_luid
    2: ila_atype_virt_v4
    3: ila_atype_virt_uni_v6
    4: ila_atype_virt_multi_v6
    5: ila_atype_nonlocal_addr
    6: ila_atype_rsvd_1
    7: ila_atype_rsvd_2
    32: ila_atype_use_format
  ila_hook:
    0: ila_hook_route_output
    1: ila_hook_route_input
  lwt_bpf_attr:
    0: {id: lwt_bpf_unspec, -nl-type: binary}
    1: {id: lwt_bpf_in, -nl-type: nest, -nl-nest: lwt_bpf_prog_attr}
    2: {id: lwt_bpf_out, -nl-type: nest, -nl-nest: lwt_bpf_prog_attr}
    3: {id: lwt_bpf_xmit, -nl-type: nest, -nl-nest: lwt_bpf_prog_attr}
    4: {id: lwt_bpf_xmit_headroom, -nl-type: u32}
  lwt_bpf_prog_attr:
    0: {id: lwt_bpf_prog_unspec, -nl-type: binary}
    1: {id: lwt_bpf_prog_fd, -nl-type: u32}
    2: {id: lwt_bpf_prog_name, -nl-type: string}
  seg6_iptunnel_attr:
    0: {id: seg6_iptunnel_unspec, -nl-type: binary}
    1: {id: seg6_iptunnel_srh, -nl-type: struct, -nl-struct: seg6_iptunnel_encap, -nl-tail: segments, -nl-tail-type: ipv6-list}
    2: {id: seg6_iptunnel_src, -nl-type: ipv6}
  seg6_local_attr:
    0: {id: seg6_local_unspec, -nl-type: binary}
    1: {id: seg6_local_action, -nl-type: u32, -nl-enum: seg6_local_action}
    2: {id: seg6_local_srh, -nl-type: struct, -nl-struct: ipv6_sr_hdr, -nl-tail: segments, -nl-tail-type: ipv6-list}
    3: {id: seg6_local_table, -nl-type: u32, -nl-enum: rt_table}
    4: {id: seg6_local_nh4, -nl-type: ipv4}
    5: {id: seg6_local_nh6, -nl-type: ipv6}
    6: {id: seg6_local_iif, -nl-type: u32}
    7: {id: seg6_local_oif, -nl-type: u32}
    8: {id: seg6_local_bpf, -nl-type: nest, -nl-nest: seg6_local_bpf_prog_attr}
    9: {id: seg6_local_vrftable, -nl-type: u32, -nl-enum: rt_table}
    10: {id: seg6_local_counters, -nl-type: nest, -nl-nest: seg6_local_cnt_attr}
    11: {id: seg6_local_flavors, -nl-type: nest, -nl-nest: seg6_local_flv_attr}
  seg6_local_action:
    0: seg6_local_action_unspec
    1: seg6_local_action_end
    2: seg6_local_action_end_x
    3: seg6_local_action_end_t
    4: seg6_local_action_end_dx2
    5: seg6_local_action_end_dx6
    6: seg6_local_action_end_dx4
    7: seg6_local_action_end_dt6
    8: seg6_local_action_end_dt4
    9: seg6_local_action_end_b6
    10: seg6_local_action_end_b6_encap
    11: seg6_local_action_end_bm
    12: seg6_local_action_end_s
    13: seg6_local_action_end_as
    14: seg6_local_action_end_am
    15: seg6_local_action_end_bpf
    16: seg6_local_action_end_dt46
  seg6_local_bpf_prog_attr:
    0: {id: seg6_local_bpf_prog_unspec, -nl-type: binary}
    1: {id: seg6_local_bpf_prog, -nl-type: u32}
    2: {id: seg6_local_bpf_prog_name, -nl-type: string}
  seg6_local_cnt_attr:
    0: {id: seg6_local_cnt_unspec, -nl-type: binary}
    1: {id: seg6_local_cnt_pad, -nl-type: binary}
    2: {id: seg6_local_cnt_packets, -nl-type: u64}
    3: {id: seg6_local_cnt_bytes, -nl-type: u64}
    4: {id: seg6_local_cnt_errors, -nl-type: u64}
  seg6_local_flv_attr:
    0: {id: seg6_local_flv_unspec, -nl-type: binary}
    1: {id: seg6_local_flv_operation, -nl-type: u32, -nl-flags: seg6_local_flv_op}
    2: {id: seg6_local_flv_lcblock_bits, -nl-type: u8}
    3: {id: seg6_local_flv_lcnode_fn_bits, -nl-type: u8}
  seg6_local_flv_op:
    # SEG6_LOCAL_FLV_OPERATION is a mask of 1 << SEG6_LOCAL_FLV_OP_*
    0x1: seg6_local_flv_op_unspec
    0x2: seg6_local_flv_op_psp
    0x4: seg6_local_flv_op_usp
    0x8: seg6_local_flv_op_usd
    0x10: seg6_local_flv_op_next_csid
  rpl_iptunnel_attr:
    0: {id: rpl_iptunnel_unspec, -nl-type: binary}
    1: {id: rpl_iptunnel_srh, -nl-type: struct, -nl-struct: ipv6_rpl_sr_hdr, -nl-tail: segments, -nl-tail-type: ipv6-list}
  ioam6_iptunnel_attr:
    0: {id: ioam6_iptunnel_unspec, -nl-type: binary}
    1: {id: ioam6_iptunnel_mode, -nl-type: u8, -nl-enum: ioam6_iptunnel_mode}
    2: {id: ioam6_iptunnel_dst, -nl-type: ipv6}
    3: {id: ioam6_iptunnel_trace, -nl-type: struct, -nl-struct: ioam6_trace_hdr, -nl-tail: data}
    4: {id: ioam6_iptunnel_freq_k, -nl-type: u32}
    5: {id: ioam6_iptunnel_freq_n, -nl-type: u32}
    6: {id: ioam6_iptunnel_src, -nl-type: ipv6}
  ioam6_iptunnel_mode:
    # __IOAM6_IPTUNNEL_MODE_MIN (0) is a sentinel
    1: ioam6_iptunnel_mode_inline
    2: ioam6_iptunnel_mode_encap
    3: ioam6_iptunnel_mode_auto
  lwt_xfrm_attr:
    0: {id: lwt_xfrm_unspec, -nl-type: binary}
    1: {id: lwt_xfrm_if_id, -nl-type: u32}
    2: {id: lwt_xfrm_link, -nl-type: u32}
