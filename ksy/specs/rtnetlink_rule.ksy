meta:
  id: rtnetlink_rule
  title: "rtnetlink policy rules: struct fib_rule_hdr and FRA_* attributes"
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  RTM_NEWRULE, RTM_DELRULE, RTM_GETRULE.
doc-ref: /usr/include/linux/fib_rules.h
params:
  - id: is_le
    type: bool
types:
  fib_rule_hdr:
    doc: struct fib_rule_hdr
    seq:
      - id: family
        type: u1
        -nl-enum: linux_common.address_family
      - id: dst_len
        type: u1
      - id: src_len
        type: u1
      - id: tos
        type: u1
      - id: table
        type: u1
      - id: res1
        type: u1
      - id: res2
        type: u1
      - id: action
        type: u1
      - id: flags
        type: u4
enums:
  fra_attr:
    0: {id: fra_unspec, -nl-type: binary}
