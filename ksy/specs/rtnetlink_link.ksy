meta:
  id: rtnetlink_link
  title: "rtnetlink links: struct ifinfomsg and IFLA_* attributes"
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  RTM_NEWLINK, RTM_DELLINK, RTM_GETLINK, RTM_SETLINK and the link property messages.
doc-ref: /usr/include/linux/rtnetlink.h, /usr/include/linux/if_link.h
params:
  - id: is_le
    type: bool
types:
  ifinfomsg:
    doc: struct ifinfomsg
    seq:
      - id: ifi_family
        type: u1
        -nl-enum: linux_common.address_family
      - id: ifi_pad
        type: u1
      - id: ifi_type
        type: u2
      - id: ifi_index
        type: s4
      - id: ifi_flags
        type: u4
      - id: ifi_change
        type: u4
enums:
  ifla_attr:
    0: {id: ifla_unspec, -nl-type: binary}
