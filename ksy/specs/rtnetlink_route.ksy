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
  RTM_NEWROUTE, RTM_DELROUTE, RTM_GETROUTE.
doc-ref: /usr/include/linux/rtnetlink.h
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
      - id: rtm_protocol
        type: u1
      - id: rtm_scope
        type: u1
      - id: rtm_type
        type: u1
      - id: rtm_flags
        type: u4
enums:
  rta_attr:
    0: {id: rta_unspec, -nl-type: binary}
