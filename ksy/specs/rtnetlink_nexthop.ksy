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
  RTM_NEWNEXTHOP, RTM_DELNEXTHOP, RTM_GETNEXTHOP (and buckets): struct nhmsg followed by
  NHA_* attributes. nh_scope, nh_protocol and nh_flags take the RT_SCOPE_*, RTPROT_* and
  RTNH_F_* names of rtnetlink.h. NHA_GROUP is an array of struct nexthop_grp (8 bytes each),
  shown as bytes; NHA_ENCAP (lwtunnel attributes chosen by NHA_ENCAP_TYPE) too.
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
      - id: resvd1
        type: u1
      - id: resvd2
        type: u2
enums:
  nexthop_grp_type:
    0: nexthop_grp_type_mpath
    1: nexthop_grp_type_res
  nha_res_group_attr:
    0: {id: nha_res_group_pad, -nl-type: binary}
    1: {id: nha_res_group_buckets, -nl-type: u16}
    2: {id: nha_res_group_idle_timer, -nl-type: u32}
    3: {id: nha_res_group_unbalanced_timer, -nl-type: u32}
    4: {id: nha_res_group_unbalanced_time, -nl-type: u64}
  nha_res_bucket_attr:
    0: {id: nha_res_bucket_pad, -nl-type: binary}
    1: {id: nha_res_bucket_index, -nl-type: u16}
    2: {id: nha_res_bucket_idle_time, -nl-type: u64}
    3: {id: nha_res_bucket_nh_id, -nl-type: u32}
  nha_attr:
    0: {id: nha_unspec, -nl-type: binary}
    1: {id: nha_id, -nl-type: u32}
    2: {id: nha_group, -nl-type: binary}
    3: {id: nha_group_type, -nl-type: u16, -nl-enum: nexthop_grp_type}
    4: {id: nha_blackhole, -nl-type: flag}
    5: {id: nha_oif, -nl-type: u32}
    6: {id: nha_gateway, -nl-type: ipaddr}
    7: {id: nha_encap_type, -nl-type: u16, -nl-enum: rtnetlink_route.lwtunnel_encap_types}
    8: {id: nha_encap, -nl-type: binary}
    9: {id: nha_groups, -nl-type: flag}
    10: {id: nha_master, -nl-type: u32}
    11: {id: nha_fdb, -nl-type: flag}
    12: {id: nha_res_group, -nl-type: nest, -nl-nest: nha_res_group_attr}
    13: {id: nha_res_bucket, -nl-type: nest, -nl-nest: nha_res_bucket_attr}
