meta:
  id: ops_msg
  title: struct ops_msg of a user's kernel module (the payload after nlmsghdr)
  endian: le
  -nl-protocol: 30
  -nl-message-types:
    16: ops_request
    17: ops_reply
seq:
  - id: magic
    type: u4
    valid: 0x4f505331
  - id: op
    type: u1
    enum: ops_op
  - id: pad
    type: u1
  - id: len
    type: u2
  - id: data
    size: len
enums:
  ops_op:
    1: ping
    2: echo
    3: reset
