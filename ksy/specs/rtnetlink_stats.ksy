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
  RTM_NEWSTATS, RTM_GETSTATS.
doc-ref: /usr/include/linux/if_link.h
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
enums:
  ifla_stats_attr:
    0: {id: ifla_stats_unspec, -nl-type: binary}
