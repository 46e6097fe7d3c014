meta:
  id: rtnetlink_tc
  title: "rtnetlink traffic control: struct tcmsg and TCA_* attributes"
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  Qdiscs, classes, filters and chains.
doc-ref: /usr/include/linux/rtnetlink.h, /usr/include/linux/pkt_sched.h
params:
  - id: is_le
    type: bool
types:
  tcmsg:
    doc: struct tcmsg
    seq:
      - id: tcm_family
        type: u1
        -nl-enum: linux_common.address_family
      - id: tcm_pad1
        type: u1
      - id: tcm_pad2
        type: u2
      - id: tcm_ifindex
        type: s4
      - id: tcm_handle
        type: u4
      - id: tcm_parent
        type: u4
      - id: tcm_info
        type: u4
enums:
  tca_attr:
    0: {id: tca_unspec, -nl-type: binary}
