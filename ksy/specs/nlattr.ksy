meta:
  id: nlattr
  title: One netlink attribute (struct nlattr, a type-length-value entry)
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  Attributes follow a message's fixed header, one after another, each aligned to 4 bytes
  (NLA_ALIGN). nla_len counts the 4-byte header and the value but not the padding. The top
  two bits of the type word are flags: NLA_F_NESTED (the value is itself a run of attributes)
  and NLA_F_NET_BYTEORDER (the value is big-endian, whatever the host). The dissectors walk a
  run of attributes one entry at a time with one cursor (AttrCursor) that follows this layout
  and reads the two header words in place; AttrCursorTest checks it against the class
  generated from this spec on every attribute run of the testdata captures. An attribute that
  overruns its parent is reported at its offset while the attributes before it stay decoded.
  The next attribute starts at NLA_ALIGN(nla_len), or at the end of the parent when the last
  attribute lacks its padding; the padding bytes themselves carry nothing.
doc-ref: /usr/include/linux/netlink.h
params:
  - id: is_le
    type: bool
seq:
  - id: nla_len
    type: u2
    valid:
      min: 4
  - id: nla_type_word
    type: u2
instances:
  nla_type:
    value: nla_type_word & 0x3fff
    doc: The attribute type without its flag bits (NLA_TYPE_MASK).
  is_nested:
    value: (nla_type_word & 0x8000) != 0
    doc: NLA_F_NESTED
  is_net_byteorder:
    value: (nla_type_word & 0x4000) != 0
    doc: NLA_F_NET_BYTEORDER
