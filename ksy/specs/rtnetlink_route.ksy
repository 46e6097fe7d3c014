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
  -nl-length-field rtnh_len; the entries are numbered [0], [1] ... RTA_ENCAP is a nest whose set depends on the number in RTA_ENCAP_TYPE (which the
  kernel puts after it), also shown as bytes. RTA_VIA is struct rtvia, a 2-byte family then an
  address of the family's length (a flexible array): the struct holds the family and the
  address is its tail (-nl-tail rtvia_addr, read as an IP address when it is 4 or 16 bytes, as
  bytes otherwise, e.g. the link-layer gateway of an MPLS route). RTA_NEWDST is an MPLS label stack (32-bit big-endian entries: label 20 bits, TC 3,
  bottom-of-stack 1, TTL 8, linux/mpls.h), as many as the route pushes; it stays bytes.
  RTA_EXPIRES has a size that depends on the sender: a u32 of seconds in IPv6 route
  requests, a u64 of clock ticks in multicast (ipmr/ip6mr) route replies; -nl-type uint
  reads either by length.
doc-ref: /usr/include/linux/rtnetlink.h, /usr/include/linux/mpls.h, /usr/include/linux/lwtunnel.h, /usr/include/linux/icmpv6.h, /usr/include/linux/in.h, /usr/include/linux/in6.h
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
    46: ipproto_rsvp
    47: ipproto_gre
    50: ipproto_esp
    51: ipproto_ah
    58: ipproto_icmpv6
    92: ipproto_mtp
    94: ipproto_beetph
    98: ipproto_encap
    103: ipproto_pim
    108: ipproto_comp
    115: ipproto_l2tp
    132: ipproto_sctp
    136: ipproto_udplite
    137: ipproto_mpls
    143: ipproto_ethernet
    255: ipproto_raw
  rtax_features:
    0x1: rtax_feature_ecn
    0x2: rtax_feature_sack
    0x4: rtax_feature_timestamp
    0x8: rtax_feature_allfrag
  rtax_lock:
    # RTAX_LOCK is a mask of 1 << RTAX_* (RTAX_MTU 2 is 0x4: net/dst.h dst_metric_locked, iproute2 "lock mtu")
    # for the metrics the kernel must not change
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
    19: {id: rta_newdst, -nl-type: binary}
    20: {id: rta_pref, -nl-type: u8, -nl-enum: icmpv6_router_pref}
    21: {id: rta_encap_type, -nl-type: u16, -nl-enum: lwtunnel_encap_types}
    22: {id: rta_encap, -nl-type: binary}
    23: {id: rta_expires, -nl-type: uint}
    24: {id: rta_pad, -nl-type: binary}
    25: {id: rta_uid, -nl-type: u32}
    26: {id: rta_ttl_propagate, -nl-type: u8}
    27: {id: rta_ip_proto, -nl-type: u8, -nl-enum: ip_proto}
    28: {id: rta_sport, -nl-type: u16, -nl-byte-order: big}
    29: {id: rta_dport, -nl-type: u16, -nl-byte-order: big}
    30: {id: rta_nh_id, -nl-type: u32}
