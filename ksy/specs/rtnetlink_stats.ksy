meta:
  id: rtnetlink_stats
  title: "rtnetlink link statistics: struct if_stats_msg and IFLA_STATS_* attributes"
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  RTM_NEWSTATS, RTM_GETSTATS, RTM_SETSTATS: struct if_stats_msg followed by IFLA_STATS_*
  attributes. filter_mask has one bit per IFLA_STATS_* group, IFLA_STATS_FILTER_BIT(ATTR) =
  1 << (ATTR - 1). The link-type specific nests inside IFLA_STATS_LINK_XSTATS (bridge, bond:
  BRIDGE_XSTATS_* and BOND_XSTATS_* of if_bridge.h and if_link.h) are shown as bytes.

  GETSTATS/SETSTATS requests may instead carry IFLA_STATS_GETSET_* attributes, whose numbers
  overlap these; the message type does not tell the two sets apart, so requests are read
  with this set.
doc-ref: /usr/include/linux/if_link.h, /usr/include/linux/mpls.h
params:
  - id: is_le
    type: bool
types:
  if_stats_msg:
    doc: struct if_stats_msg
    seq:
      - id: family
        type: u1
        -nl-enum: linux_common.address_family
      - id: pad1
        type: u1
      - id: pad2
        type: u2
      - id: ifindex
        type: u4
      - id: filter_mask
        type: u4
        -nl-flags: ifla_stats_filter
  rtnl_link_stats64:
    doc: struct rtnl_link_stats64 (IFLA_STATS_LINK_64, IFLA_OFFLOAD_XSTATS_CPU_HIT)
    seq:
      - id: rx_packets
        type: u8
      - id: tx_packets
        type: u8
      - id: rx_bytes
        type: u8
      - id: tx_bytes
        type: u8
      - id: rx_errors
        type: u8
      - id: tx_errors
        type: u8
      - id: rx_dropped
        type: u8
      - id: tx_dropped
        type: u8
      - id: multicast
        type: u8
      - id: collisions
        type: u8
      - id: rx_length_errors
        type: u8
      - id: rx_over_errors
        type: u8
      - id: rx_crc_errors
        type: u8
      - id: rx_frame_errors
        type: u8
      - id: rx_fifo_errors
        type: u8
      - id: rx_missed_errors
        type: u8
      - id: tx_aborted_errors
        type: u8
      - id: tx_carrier_errors
        type: u8
      - id: tx_fifo_errors
        type: u8
      - id: tx_heartbeat_errors
        type: u8
      - id: tx_window_errors
        type: u8
      - id: rx_compressed
        type: u8
      - id: tx_compressed
        type: u8
      - id: rx_nohandler
        type: u8
      - id: rx_otherhost_dropped
        type: u8
  rtnl_hw_stats64:
    doc: struct rtnl_hw_stats64 (IFLA_OFFLOAD_XSTATS_L3_STATS)
    seq:
      - id: rx_packets
        type: u8
      - id: tx_packets
        type: u8
      - id: rx_bytes
        type: u8
      - id: tx_bytes
        type: u8
      - id: rx_errors
        type: u8
      - id: tx_errors
        type: u8
      - id: rx_dropped
        type: u8
      - id: tx_dropped
        type: u8
      - id: multicast
        type: u8
  mpls_link_stats:
    doc: struct mpls_link_stats (MPLS_STATS_LINK)
    seq:
      - id: rx_packets
        type: u8
      - id: tx_packets
        type: u8
      - id: rx_bytes
        type: u8
      - id: tx_bytes
        type: u8
      - id: rx_errors
        type: u8
      - id: tx_errors
        type: u8
      - id: rx_dropped
        type: u8
      - id: tx_dropped
        type: u8
      - id: rx_noroute
        type: u8
enums:
  ifla_stats_filter:
    0x1: ifla_stats_link_64
    0x2: ifla_stats_link_xstats
    0x4: ifla_stats_link_xstats_slave
    0x8: ifla_stats_link_offload_xstats
    0x10: ifla_stats_af_spec
  link_xstats_type_attr:
    0: {id: link_xstats_type_unspec, -nl-type: binary}
    1: {id: link_xstats_type_bridge, -nl-type: binary}
    2: {id: link_xstats_type_bond, -nl-type: binary}
  ifla_offload_xstats_attr:
    0: {id: ifla_offload_xstats_unspec, -nl-type: binary}
    1: {id: ifla_offload_xstats_cpu_hit, -nl-type: struct, -nl-struct: rtnl_link_stats64}
    2: {id: ifla_offload_xstats_hw_s_info, -nl-type: nest-array, -nl-nest: ifla_offload_xstats_hw_s_info_attr}
    3: {id: ifla_offload_xstats_l3_stats, -nl-type: struct, -nl-struct: rtnl_hw_stats64}
  ifla_offload_xstats_hw_s_info_attr:
    # HW_S_INFO holds one nest per statistics type (numbered IFLA_OFFLOAD_XSTATS_L3_STATS ...)
    0: {id: ifla_offload_xstats_hw_s_info_unspec, -nl-type: binary}
    1: {id: ifla_offload_xstats_hw_s_info_request, -nl-type: u8}
    2: {id: ifla_offload_xstats_hw_s_info_used, -nl-type: u8}
  stats_af_spec_attr:
    # IFLA_STATS_AF_SPEC holds one nest per address family
    28: {id: af_mpls, -nl-type: nest, -nl-nest: mpls_stats_attr}
  mpls_stats_attr:
    0: {id: mpls_stats_unspec, -nl-type: binary}
    1: {id: mpls_stats_link, -nl-type: struct, -nl-struct: mpls_link_stats}
  ifla_stats_attr:
    0: {id: ifla_stats_unspec, -nl-type: binary}
    1: {id: ifla_stats_link_64, -nl-type: struct, -nl-struct: rtnl_link_stats64}
    2: {id: ifla_stats_link_xstats, -nl-type: nest, -nl-nest: link_xstats_type_attr}
    3: {id: ifla_stats_link_xstats_slave, -nl-type: nest, -nl-nest: link_xstats_type_attr}
    4: {id: ifla_stats_link_offload_xstats, -nl-type: nest, -nl-nest: ifla_offload_xstats_attr}
    5: {id: ifla_stats_af_spec, -nl-type: nest, -nl-nest: stats_af_spec_attr}
