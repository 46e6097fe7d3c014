meta:
  id: genetlink_handshake
  title: "Generic netlink family handshake: HANDSHAKE_CMD_*, HANDSHAKE_A_ACCEPT_*, HANDSHAKE_A_DONE_*, HANDSHAKE_A_X509_*"
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  Kernel TLS handshakes done in user space (tlshd, for NFS and NVMe over TCP). The kernel notifies
  HANDSHAKE_CMD_READY to the handler class's group ("tlshd") when a socket waits for a handshake; the handler
  asks HANDSHAKE_CMD_ACCEPT and is answered with the socket (as a file descriptor it now holds), the message
  type, the authentication mode, peer identities and certificate, then reports HANDSHAKE_CMD_DONE with the
  status. ACCEPT with nothing pending is refused with EAGAIN.
doc-ref: /usr/include/linux/handshake.h
params:
  - id: is_le
    type: bool
enums:
  handshake_cmd:
    # -nl-group: "tlshd" (HANDSHAKE_MCGRP_TLSHD) for READY, the group of the tlshd handler class
    1: {id: handshake_cmd_ready, -nl-kind: other, -nl-group: tlshd}
    2: {id: handshake_cmd_accept, -nl-kind: get}
    3: {id: handshake_cmd_done, -nl-kind: new, -nl-attrs: handshake_a_done}
  handshake_a_accept:
    1: {id: handshake_a_accept_sockfd, -nl-type: s32}
    2: {id: handshake_a_accept_handler_class, -nl-type: u32, -nl-enum: handshake_handler_class}
    3: {id: handshake_a_accept_message_type, -nl-type: u32, -nl-enum: handshake_msg_type}
    4: {id: handshake_a_accept_timeout, -nl-type: u32, doc: milliseconds}
    5: {id: handshake_a_accept_auth_mode, -nl-type: u32, -nl-enum: handshake_auth}
    6: {id: handshake_a_accept_peer_identity, -nl-type: u32, doc: "a key serial number; one attribute per identity"}
    7: {id: handshake_a_accept_certificate, -nl-type: nest, -nl-nest: handshake_a_x509}
    8: {id: handshake_a_accept_peername, -nl-type: string}
    9: {id: handshake_a_accept_keyring, -nl-type: u32}
  handshake_a_done:
    1: {id: handshake_a_done_status, -nl-type: u32, doc: 0 or an errno}
    2: {id: handshake_a_done_sockfd, -nl-type: s32}
    3: {id: handshake_a_done_remote_auth, -nl-type: u32, doc: "a key serial number; one attribute per identity"}
  handshake_a_x509:
    1: {id: handshake_a_x509_cert, -nl-type: s32, doc: a key serial number}
    2: {id: handshake_a_x509_privkey, -nl-type: s32, doc: a key serial number}
  handshake_handler_class:
    0: handshake_handler_class_none
    1: handshake_handler_class_tlshd
    2: {id: handshake_handler_class_max, doc: one past the last}
  handshake_msg_type:
    0: handshake_msg_type_unspec
    1: handshake_msg_type_clienthello
    2: handshake_msg_type_serverhello
  handshake_auth:
    0: handshake_auth_unspec
    1: handshake_auth_unauth
    2: handshake_auth_psk
    3: handshake_auth_x509
