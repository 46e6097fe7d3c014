meta:
  id: genetlink_ovpn
  title: "Generic netlink family ovpn: OVPN_CMD_*, OVPN_A_*, OVPN_A_PEER_*, OVPN_A_KEYCONF_*, OVPN_A_KEYDIR_*"
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  OpenVPN's data channel in the kernel (an ovpn link, Linux 7.2 headers): the OpenVPN process keeps the control
  channel and gives the kernel each peer (PEER_NEW: its id, the UDP or TCP socket it talks over, as a file
  descriptor the sender holds, its remote and VPN addresses, keepalive) and each peer's keys (KEY_NEW: a slot,
  primary or secondary, with a key id, a cipher and one key and nonce tail per direction; KEY_SWAP swaps the
  slots). PEER_GET answers a peer's addresses and traffic counters, KEY_GET a key's id and cipher (never the key).
  The kernel notifies group "peers" when a peer goes (PEER_DEL_NTF, with the reason), when a key should be renewed
  (KEY_SWAP_NTF) and when a peer's remote address changes (PEER_FLOAT_NTF). Every message names the ovpn link
  (OVPN_A_IFINDEX) and holds one OVPN_A_PEER or OVPN_A_KEYCONF nest. The value types are those of the family's
  YNL spec the header is generated from (uint: 32 or 64 bits).
doc-ref: /usr/include/linux/ovpn.h
params:
  - id: is_le
    type: bool
enums:
  ovpn_cmd:
    # -nl-group: "peers" (OVPN_MCGRP_PEERS) for the *_NTF notifications
    1: {id: ovpn_cmd_peer_new, -nl-kind: new}
    2: {id: ovpn_cmd_peer_set, -nl-kind: new}
    3: {id: ovpn_cmd_peer_get, -nl-kind: get}
    4: {id: ovpn_cmd_peer_del, -nl-kind: delete}
    5: {id: ovpn_cmd_peer_del_ntf, -nl-kind: other, -nl-group: peers}
    6: {id: ovpn_cmd_key_new, -nl-kind: new}
    7: {id: ovpn_cmd_key_get, -nl-kind: get}
    8: {id: ovpn_cmd_key_swap, -nl-kind: new}
    9: {id: ovpn_cmd_key_swap_ntf, -nl-kind: other, -nl-group: peers}
    10: {id: ovpn_cmd_key_del, -nl-kind: delete}
    11: {id: ovpn_cmd_peer_float_ntf, -nl-kind: other, -nl-group: peers}
  ovpn_a:
    1: {id: ovpn_a_ifindex, -nl-type: u32}
    2: {id: ovpn_a_peer, -nl-type: nest, -nl-nest: ovpn_a_peer}
    3: {id: ovpn_a_keyconf, -nl-type: nest, -nl-nest: ovpn_a_keyconf}
  ovpn_a_peer:
    1: {id: ovpn_a_peer_id, -nl-type: u32}
    2: {id: ovpn_a_peer_remote_ipv4, -nl-type: ipv4}
    3: {id: ovpn_a_peer_remote_ipv6, -nl-type: ipv6}
    4: {id: ovpn_a_peer_remote_ipv6_scope_id, -nl-type: u32}
    5: {id: ovpn_a_peer_remote_port, -nl-type: u16, -nl-byte-order: big}
    6: {id: ovpn_a_peer_socket, -nl-type: u32, doc: "a file descriptor of the sender's"}
    7: {id: ovpn_a_peer_socket_netnsid, -nl-type: s32}
    8: {id: ovpn_a_peer_vpn_ipv4, -nl-type: ipv4}
    9: {id: ovpn_a_peer_vpn_ipv6, -nl-type: ipv6}
    10: {id: ovpn_a_peer_local_ipv4, -nl-type: ipv4}
    11: {id: ovpn_a_peer_local_ipv6, -nl-type: ipv6}
    12: {id: ovpn_a_peer_local_port, -nl-type: u16, -nl-byte-order: big}
    13: {id: ovpn_a_peer_keepalive_interval, -nl-type: u32, doc: seconds}
    14: {id: ovpn_a_peer_keepalive_timeout, -nl-type: u32, doc: seconds}
    15: {id: ovpn_a_peer_del_reason, -nl-type: u32, -nl-enum: ovpn_del_peer_reason}
    16: {id: ovpn_a_peer_vpn_rx_bytes, -nl-type: uint}
    17: {id: ovpn_a_peer_vpn_tx_bytes, -nl-type: uint}
    18: {id: ovpn_a_peer_vpn_rx_packets, -nl-type: uint}
    19: {id: ovpn_a_peer_vpn_tx_packets, -nl-type: uint}
    20: {id: ovpn_a_peer_link_rx_bytes, -nl-type: uint}
    21: {id: ovpn_a_peer_link_tx_bytes, -nl-type: uint}
    22: {id: ovpn_a_peer_link_rx_packets, -nl-type: uint}
    23: {id: ovpn_a_peer_link_tx_packets, -nl-type: uint}
    24: {id: ovpn_a_peer_tx_id, -nl-type: u32, doc: "the id the peer is sent as, where it differs from OVPN_A_PEER_ID"}
  ovpn_a_keyconf:
    1: {id: ovpn_a_keyconf_peer_id, -nl-type: u32}
    2: {id: ovpn_a_keyconf_slot, -nl-type: u32, -nl-enum: ovpn_key_slot}
    3: {id: ovpn_a_keyconf_key_id, -nl-type: u32}
    4: {id: ovpn_a_keyconf_cipher_alg, -nl-type: u32, -nl-enum: ovpn_cipher_alg}
    5: {id: ovpn_a_keyconf_encrypt_dir, -nl-type: nest, -nl-nest: ovpn_a_keydir}
    6: {id: ovpn_a_keyconf_decrypt_dir, -nl-type: nest, -nl-nest: ovpn_a_keydir}
  ovpn_a_keydir:
    1: {id: ovpn_a_keydir_cipher_key, -nl-type: binary}
    2: {id: ovpn_a_keydir_nonce_tail, -nl-type: binary, doc: "OVPN_NONCE_TAIL_SIZE (8) bytes"}
  ovpn_cipher_alg:
    0: ovpn_cipher_alg_none
    1: ovpn_cipher_alg_aes_gcm
    2: ovpn_cipher_alg_chacha20_poly1305
  ovpn_del_peer_reason:
    0: ovpn_del_peer_reason_teardown
    1: ovpn_del_peer_reason_userspace
    2: ovpn_del_peer_reason_expired
    3: ovpn_del_peer_reason_transport_error
    4: ovpn_del_peer_reason_transport_disconnect
  ovpn_key_slot:
    0: ovpn_key_slot_primary
    1: ovpn_key_slot_secondary
