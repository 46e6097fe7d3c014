meta:
  id: genetlink_l2tp
  title: "Generic netlink family l2tp: L2TP_CMD_*, L2TP_ATTR_*, L2TP_ATTR_STATS"
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  L2TPv2/v3 tunnels and sessions (ip l2tp add/del/show tunnel/session). A tunnel (L2TP_ATTR_CONN_ID and the
  peer's, the encapsulation over UDP or IP, the addresses and UDP ports) carries sessions (L2TP_ATTR_SESSION_ID
  and the peer's, the pseudowire type, the interface, cookies, sequencing). L2TP_CMD_TUNNEL_GET and
  SESSION_GET are answered with the same command, with packet counters (L2TP_ATTR_STATS); every create,
  modify and delete is also multicast, with the object's attributes, to group "l2tp". The UDP ports are in
  host order; L2TP_ATTR_IP_SADDR/DADDR are IPv4 addresses.
doc-ref: /usr/include/linux/l2tp.h
params:
  - id: is_le
    type: bool
enums:
  l2tp_cmd:
    # -nl-group: "l2tp" (L2TP_GENL_MCGROUP): every create, delete and modify of a tunnel or session
    0: {id: l2tp_cmd_noop, -nl-kind: other}
    1: {id: l2tp_cmd_tunnel_create, -nl-kind: new, -nl-group: l2tp}
    2: {id: l2tp_cmd_tunnel_delete, -nl-kind: delete, -nl-group: l2tp}
    3: {id: l2tp_cmd_tunnel_modify, -nl-kind: new, -nl-group: l2tp}
    4: {id: l2tp_cmd_tunnel_get, -nl-kind: get}
    5: {id: l2tp_cmd_session_create, -nl-kind: new, -nl-group: l2tp}
    6: {id: l2tp_cmd_session_delete, -nl-kind: delete, -nl-group: l2tp}
    7: {id: l2tp_cmd_session_modify, -nl-kind: new, -nl-group: l2tp}
    8: {id: l2tp_cmd_session_get, -nl-kind: get}
  l2tp_attr:
    0: {id: l2tp_attr_none, -nl-type: binary}
    1: {id: l2tp_attr_pw_type, -nl-type: u16, -nl-enum: l2tp_pwtype}
    2: {id: l2tp_attr_encap_type, -nl-type: u16, -nl-enum: l2tp_encap_type}
    3: {id: l2tp_attr_offset, -nl-type: u16, doc: not used}
    4: {id: l2tp_attr_data_seq, -nl-type: u16, -nl-enum: l2tp_seqmode, doc: not used}
    5: {id: l2tp_attr_l2spec_type, -nl-type: u8, -nl-enum: l2tp_l2spec_type}
    6: {id: l2tp_attr_l2spec_len, -nl-type: u8, doc: not used}
    7: {id: l2tp_attr_proto_version, -nl-type: u8}
    8: {id: l2tp_attr_ifname, -nl-type: string}
    9: {id: l2tp_attr_conn_id, -nl-type: u32, doc: the tunnel id}
    10: {id: l2tp_attr_peer_conn_id, -nl-type: u32}
    11: {id: l2tp_attr_session_id, -nl-type: u32}
    12: {id: l2tp_attr_peer_session_id, -nl-type: u32}
    13: {id: l2tp_attr_udp_csum, -nl-type: u8}
    14: {id: l2tp_attr_vlan_id, -nl-type: u16, doc: not used}
    15: {id: l2tp_attr_cookie, -nl-type: binary, doc: "0, 4 or 8 bytes"}
    16: {id: l2tp_attr_peer_cookie, -nl-type: binary, doc: "0, 4 or 8 bytes"}
    17: {id: l2tp_attr_debug, -nl-type: u32, -nl-flags: l2tp_debug_flags, doc: not used}
    18: {id: l2tp_attr_recv_seq, -nl-type: u8}
    19: {id: l2tp_attr_send_seq, -nl-type: u8}
    20: {id: l2tp_attr_lns_mode, -nl-type: u8}
    21: {id: l2tp_attr_using_ipsec, -nl-type: u8}
    22: {id: l2tp_attr_recv_timeout, -nl-type: u64, doc: milliseconds}
    23: {id: l2tp_attr_fd, -nl-type: u32, doc: the tunnel's socket when user space made it}
    24: {id: l2tp_attr_ip_saddr, -nl-type: ipv4}
    25: {id: l2tp_attr_ip_daddr, -nl-type: ipv4}
    26: {id: l2tp_attr_udp_sport, -nl-type: u16}
    27: {id: l2tp_attr_udp_dport, -nl-type: u16}
    28: {id: l2tp_attr_mtu, -nl-type: u16, doc: not used}
    29: {id: l2tp_attr_mru, -nl-type: u16, doc: not used}
    30: {id: l2tp_attr_stats, -nl-type: nest, -nl-nest: l2tp_attr_stats}
    31: {id: l2tp_attr_ip6_saddr, -nl-type: ipv6}
    32: {id: l2tp_attr_ip6_daddr, -nl-type: ipv6}
    33: {id: l2tp_attr_udp_zero_csum6_tx, -nl-type: flag}
    34: {id: l2tp_attr_udp_zero_csum6_rx, -nl-type: flag}
    35: {id: l2tp_attr_pad, -nl-type: binary}
  l2tp_attr_stats:
    0: {id: l2tp_attr_stats_none, -nl-type: binary}
    1: {id: l2tp_attr_tx_packets, -nl-type: u64}
    2: {id: l2tp_attr_tx_bytes, -nl-type: u64}
    3: {id: l2tp_attr_tx_errors, -nl-type: u64}
    4: {id: l2tp_attr_rx_packets, -nl-type: u64}
    5: {id: l2tp_attr_rx_bytes, -nl-type: u64}
    6: {id: l2tp_attr_rx_seq_discards, -nl-type: u64}
    7: {id: l2tp_attr_rx_oos_packets, -nl-type: u64}
    8: {id: l2tp_attr_rx_errors, -nl-type: u64}
    9: {id: l2tp_attr_stats_pad, -nl-type: binary}
    10: {id: l2tp_attr_rx_cookie_discards, -nl-type: u64}
    11: {id: l2tp_attr_rx_invalid, -nl-type: u64}
  l2tp_pwtype:
    0x0: l2tp_pwtype_none
    0x4: l2tp_pwtype_eth_vlan
    0x5: l2tp_pwtype_eth
    0x7: l2tp_pwtype_ppp
    0x8: l2tp_pwtype_ppp_ac
    0xb: l2tp_pwtype_ip
  l2tp_l2spec_type:
    0: l2tp_l2spectype_none
    1: l2tp_l2spectype_default
  l2tp_encap_type:
    0: l2tp_encaptype_udp
    1: l2tp_encaptype_ip
  l2tp_seqmode:
    0: l2tp_seq_none
    1: l2tp_seq_ip
    2: l2tp_seq_all
  l2tp_debug_flags:
    0x1: l2tp_msg_debug
    0x2: l2tp_msg_control
    0x4: l2tp_msg_seq
    0x8: l2tp_msg_data
