meta:
  id: sock_diag_unix
  title: "sock_diag for AF_UNIX: unix_diag_req, unix_diag_msg, UNIX_DIAG_* attributes"
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  Unix domain sockets (ss -x). States are the TCP state numbers (sock_diag_inet.tcp_state):
  TCP_LISTEN, TCP_ESTABLISHED, TCP_CLOSE. UNIX_DIAG_* attributes start at 0 (UNIX_DIAG_NAME).
doc-ref: /usr/include/linux/unix_diag.h
params:
  - id: is_le
    type: bool
types:
  unix_diag_req:
    doc: struct unix_diag_req
    seq:
      - {id: sdiag_family, type: u1, -nl-enum: linux_common.address_family}
      - {id: sdiag_protocol, type: u1}
      - {id: pad, type: u2}
      - {id: udiag_states, type: u4, -nl-flags: sock_diag_inet.tcp_state_bits}
      - {id: udiag_ino, type: u4}
      - {id: udiag_show, type: u4, -nl-flags: udiag_show}
      - {id: udiag_cookie, size: 8}
  unix_diag_msg:
    doc: struct unix_diag_msg
    seq:
      - {id: udiag_family, type: u1, -nl-enum: linux_common.address_family}
      - {id: udiag_type, type: u1, -nl-enum: sock_diag_message.socket_type}
      - {id: udiag_state, type: u1, -nl-enum: sock_diag_inet.tcp_state}
      - {id: pad, type: u1}
      - {id: udiag_ino, type: u4}
      - {id: udiag_cookie, size: 8}
  unix_diag_vfs:
    doc: struct unix_diag_vfs
    seq:
      - {id: udiag_vfs_ino, type: u4}
      - {id: udiag_vfs_dev, type: u4}
  unix_diag_rqlen:
    doc: struct unix_diag_rqlen
    seq:
      - {id: udiag_rqueue, type: u4}
      - {id: udiag_wqueue, type: u4}
enums:
  udiag_show:
    0x1: udiag_show_name
    0x2: udiag_show_vfs
    0x4: udiag_show_peer
    0x8: udiag_show_icons
    0x10: udiag_show_rqlen
    0x20: udiag_show_meminfo
    0x40: udiag_show_uid
  unix_diag_attr:
    0: {id: unix_diag_name, -nl-type: string}
    1: {id: unix_diag_vfs, -nl-type: struct, -nl-struct: unix_diag_vfs}
    2: {id: unix_diag_peer, -nl-type: u32}
    3: {id: unix_diag_icons, -nl-type: binary}
    4: {id: unix_diag_rqlen, -nl-type: struct, -nl-struct: unix_diag_rqlen}
    5: {id: unix_diag_meminfo, -nl-type: struct, -nl-struct: sock_diag_message.sk_meminfo}
    6: {id: unix_diag_shutdown, -nl-type: u8}
    7: {id: unix_diag_uid, -nl-type: u32}
