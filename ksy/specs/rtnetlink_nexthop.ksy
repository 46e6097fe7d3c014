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
  RTM_NEWNEXTHOP, RTM_DELNEXTHOP, RTM_GETNEXTHOP (and buckets).
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
      - id: nh_protocol
        type: u1
      - id: resvd
        type: u1
      - id: nh_flags
        type: u4
enums:
  nha_attr:
    0: {id: nha_unspec, -nl-type: binary}
