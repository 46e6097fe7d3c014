meta:
  id: ops_msg
  title: struct ops_msg of the example "ops" protocol (the payload after nlmsghdr)
  endian: le
  -nl-protocol: 2   # NETLINK_USERSOCK
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
  - id: len_data
    type: u2
  - id: data
    -nl-type: string
    size: len_data
enums:
  ops_op:
    1: ping
    2: echo
    3: reset
