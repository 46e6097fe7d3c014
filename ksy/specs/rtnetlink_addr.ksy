meta:
  id: rtnetlink_addr
  title: "rtnetlink addresses: struct ifaddrmsg and IFA_* attributes"
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  RTM_NEWADDR, RTM_DELADDR, RTM_GETADDR (and the multicast/anycast dumps).
doc-ref: /usr/include/linux/if_addr.h
params:
  - id: is_le
    type: bool
types:
  ifaddrmsg:
    doc: struct ifaddrmsg
    seq:
      - id: ifa_family
        type: u1
        -nl-enum: linux_common.address_family
      - id: ifa_prefixlen
        type: u1
      - id: ifa_flags
        type: u1
      - id: ifa_scope
        type: u1
      - id: ifa_index
        type: u4
enums:
  ifa_attr:
    0: {id: ifa_unspec, -nl-type: binary}
