meta:
  id: rtnetlink_neigh
  title: "rtnetlink neighbours: struct ndmsg and NDA_* attributes"
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  RTM_NEWNEIGH, RTM_DELNEIGH, RTM_GETNEIGH.
doc-ref: /usr/include/linux/neighbour.h
params:
  - id: is_le
    type: bool
types:
  ndmsg:
    doc: struct ndmsg
    seq:
      - id: ndm_family
        type: u1
        -nl-enum: linux_common.address_family
      - id: ndm_pad1
        type: u1
      - id: ndm_pad2
        type: u2
      - id: ndm_ifindex
        type: s4
      - id: ndm_state
        type: u2
      - id: ndm_flags
        type: u1
      - id: ndm_type
        type: u1
enums:
  nda_attr:
    0: {id: nda_unspec, -nl-type: binary}
