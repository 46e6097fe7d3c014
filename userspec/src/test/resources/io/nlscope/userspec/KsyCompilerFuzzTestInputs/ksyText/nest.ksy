meta:
  id: nest_msg
  title: a message of nested nodes (a recursive user type), for the depth guards of SpecDissector
  endian: le
  -nl-protocol: 31
  -nl-message-types:
    16: nest_request
    17: nest_reply
seq:
  - id: root
    type: node
types:
  node:
    doc: kind 1 is a node holding one more node; any other kind ends the chain with a 16-bit value
    seq:
      - id: kind
        type: u1
      - id: child
        type: node
        if: kind == 1
      - id: value
        type: u2
        if: kind != 1
