meta:
  id: sock_diag_message
  title: NETLINK_SOCK_DIAG message types
  license: MIT
doc: |
  Socket monitoring (ss). Requests start with a family-specific request struct
  (inet_diag_req_v2, unix_diag_req, netlink_diag_req, packet_diag_req) whose first byte is
  the address family; replies with the family's *_diag_msg; attributes follow.
doc-ref: /usr/include/linux/sock_diag.h
enums:
  sock_diag_type:
    20: {id: sock_diag_by_family, -nl-kind: get}
    21: {id: sock_destroy, -nl-kind: delete}
