meta:
  id: rtnetlink_nexthop
  title: "rtnetlink nexthops: struct nhmsg and NHA_* attributes"
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  RTM_NEWNEXTHOP, RTM_DELNEXTHOP, RTM_GETNEXTHOP and the buckets of resilient groups
  (RTM_NEWNEXTHOPBUCKET, RTM_GETNEXTHOPBUCKET: NHA_ID, NHA_OIF and one NHA_RES_BUCKET nest):
  struct nhmsg followed by NHA_* attributes. nh_scope, nh_protocol and nh_flags take the
  RT_SCOPE_*, RTPROT_* and RTNH_F_* names of rtnetlink.h. NHA_GROUP is an array of struct
  nexthop_grp (8 bytes each: -nl-type struct-array, entries [0], [1] ...); a member's weight is
  weight + 1 + 256 * weight_high (nexthop_grp_weight), so iproute2's weight 1 is 0 on the wire.
  NHA_ENCAP holds the lightweight tunnel attributes chosen by NHA_ENCAP_TYPE's name, as RTA_ENCAP
  (rtnetlink_route.ksy). NHA_OP_FLAGS asks a GET for the group's statistics (NHA_GROUP_STATS,
  one NHA_GROUP_STATS_ENTRY per member) and, in answers, says how the kernel filled them.
doc-ref: /usr/include/linux/nexthop.h
params:
  - id: is_le
    type: bool
types:
  nhmsg:
    doc: struct nhmsg
    seq:
      - id: nh_family
        type: u1
        -nl-enum: linux_common.address_family
      - id: nh_scope
        type: u1
        -nl-enum: rtnetlink_route.rt_scope
      - id: nh_protocol
        type: u1
        -nl-enum: rtnetlink_route.rtprot
      - id: resvd
        type: u1
      - id: nh_flags
        type: u4
        -nl-flags: rtnetlink_route.rtnh_flags
  nexthop_grp:
    doc: struct nexthop_grp, one entry of NHA_GROUP
    seq:
      - id: id
        type: u4
      - id: weight
        type: u1
      - id: weight_high
        type: u1
      - id: resvd2
        type: u2
enums:
  nexthop_grp_type:
    0: nexthop_grp_type_mpath
    1: nexthop_grp_type_res
  nha_op_flags:
    0x1: nha_op_flag_dump_stats
    0x2: nha_op_flag_dump_hw_stats
    0x80000000: nha_op_flag_resp_grp_resvd_0
  nha_group_stats_attr:
    0: {id: nha_group_stats_unspec, -nl-type: binary}
    1: {id: nha_group_stats_entry, -nl-type: nest, -nl-nest: nha_group_stats_entry_attr}
  nha_group_stats_entry_attr:
    0: {id: nha_group_stats_entry_unspec, -nl-type: binary}
    1: {id: nha_group_stats_entry_id, -nl-type: u32}
    2: {id: nha_group_stats_entry_packets, -nl-type: uint}
    3: {id: nha_group_stats_entry_packets_hw, -nl-type: uint}
  nha_res_group_attr:
    # NHA_RES_GROUP_PAD is another name of NHA_RES_GROUP_UNSPEC (0)
    0: {id: nha_res_group_pad, -nl-type: binary}
    1: {id: nha_res_group_buckets, -nl-type: u16}
    2: {id: nha_res_group_idle_timer, -nl-type: u32}
    3: {id: nha_res_group_unbalanced_timer, -nl-type: u32}
    4: {id: nha_res_group_unbalanced_time, -nl-type: u64}
  nha_res_bucket_attr:
    # NHA_RES_BUCKET_PAD is another name of NHA_RES_BUCKET_UNSPEC (0)
    0: {id: nha_res_bucket_pad, -nl-type: binary}
    1: {id: nha_res_bucket_index, -nl-type: u16}
    2: {id: nha_res_bucket_idle_time, -nl-type: u64}
    3: {id: nha_res_bucket_nh_id, -nl-type: u32}
  nha_attr:
    0: {id: nha_unspec, -nl-type: binary}
    1: {id: nha_id, -nl-type: u32}
    2: {id: nha_group, -nl-type: struct-array, -nl-struct: nexthop_grp}
    3: {id: nha_group_type, -nl-type: u16, -nl-enum: nexthop_grp_type}
    4: {id: nha_blackhole, -nl-type: flag}
    5: {id: nha_oif, -nl-type: u32}
    6: {id: nha_gateway, -nl-type: ipaddr}
    7: {id: nha_encap_type, -nl-type: u16, -nl-enum: rtnetlink_route.lwtunnel_encap_types}
    8:
      id: nha_encap
      -nl-type: submsg
      -nl-selector: NHA_ENCAP_TYPE
      -nl-submsg: rtnetlink_route.lwtunnel_encap
    9: {id: nha_groups, -nl-type: flag}
    10: {id: nha_master, -nl-type: u32}
    11: {id: nha_fdb, -nl-type: flag}
    12: {id: nha_res_group, -nl-type: nest, -nl-nest: nha_res_group_attr}
    13: {id: nha_res_bucket, -nl-type: nest, -nl-nest: nha_res_bucket_attr}
    14: {id: nha_op_flags, -nl-type: u32, -nl-flags: nha_op_flags}
    15: {id: nha_group_stats, -nl-type: nest, -nl-nest: nha_group_stats_attr}
    16: {id: nha_hw_stats_enable, -nl-type: u32}
    17: {id: nha_hw_stats_used, -nl-type: u32}
