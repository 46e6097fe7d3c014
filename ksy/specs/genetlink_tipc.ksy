meta:
  id: genetlink_tipc
  title: "Generic netlink family TIPCv2: TIPC_NL_*, TIPC_NLA_*"
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  The Transparent Inter-Process Communication protocol's configuration (the tipc tool of iproute2). Every command
  carries one top-level nest per object (TIPC_NLA_BEARER, _LINK, _MEDIA, _NODE, _NET, _SOCK, _PUBL, _MON ...); the
  *_GET commands are dumps answered with the same command, one message per bearer, link, media, node, socket,
  publication or monitor. Bearers, links and media share the property nest TIPC_NLA_PROP_* (priority, tolerance,
  window, MTU); links add their statistics (TIPC_NLA_STATS_*). A UDP bearer's addresses (TIPC_NLA_UDP_LOCAL/REMOTE)
  are struct sockaddr_storage bytes. The types are those the header's comments give ("flag" of a *_PAD is padding).
  TIPC_NL_LEGACY carries the older TIPC family's TLV messages (linux/tipc_config.h), shown as bytes.
doc-ref: /usr/include/linux/tipc_netlink.h
params:
  - id: is_le
    type: bool
enums:
  tipc_nl_cmd:
    0: {id: tipc_nl_unspec, -nl-kind: other}
    1: {id: tipc_nl_legacy, -nl-kind: other}
    2: {id: tipc_nl_bearer_disable, -nl-kind: delete}
    3: {id: tipc_nl_bearer_enable, -nl-kind: new}
    4: {id: tipc_nl_bearer_get, -nl-kind: get}
    5: {id: tipc_nl_bearer_set, -nl-kind: new}
    6: {id: tipc_nl_sock_get, -nl-kind: get}
    7: {id: tipc_nl_publ_get, -nl-kind: get}
    8: {id: tipc_nl_link_get, -nl-kind: get}
    9: {id: tipc_nl_link_set, -nl-kind: new}
    10: {id: tipc_nl_link_reset_stats, -nl-kind: new}
    11: {id: tipc_nl_media_get, -nl-kind: get}
    12: {id: tipc_nl_media_set, -nl-kind: new}
    13: {id: tipc_nl_node_get, -nl-kind: get}
    14: {id: tipc_nl_net_get, -nl-kind: get}
    15: {id: tipc_nl_net_set, -nl-kind: new}
    16: {id: tipc_nl_name_table_get, -nl-kind: get}
    17: {id: tipc_nl_mon_set, -nl-kind: new}
    18: {id: tipc_nl_mon_get, -nl-kind: get}
    19: {id: tipc_nl_mon_peer_get, -nl-kind: get}
    20: {id: tipc_nl_peer_remove, -nl-kind: delete}
    21: {id: tipc_nl_bearer_add, -nl-kind: new}
    22: {id: tipc_nl_udp_get_remoteip, -nl-kind: get}
    23: {id: tipc_nl_key_set, -nl-kind: new}
    24: {id: tipc_nl_key_flush, -nl-kind: delete}
    25: {id: tipc_nl_addr_legacy_get, -nl-kind: get}
  tipc_nla:
    0: {id: tipc_nla_unspec, -nl-type: binary}
    1: {id: tipc_nla_bearer, -nl-type: nest, -nl-nest: tipc_nla_bearer}
    2: {id: tipc_nla_sock, -nl-type: nest, -nl-nest: tipc_nla_sock}
    3: {id: tipc_nla_publ, -nl-type: nest, -nl-nest: tipc_nla_publ}
    4: {id: tipc_nla_link, -nl-type: nest, -nl-nest: tipc_nla_link}
    5: {id: tipc_nla_media, -nl-type: nest, -nl-nest: tipc_nla_media}
    6: {id: tipc_nla_node, -nl-type: nest, -nl-nest: tipc_nla_node}
    7: {id: tipc_nla_net, -nl-type: nest, -nl-nest: tipc_nla_net}
    8: {id: tipc_nla_name_table, -nl-type: nest, -nl-nest: tipc_nla_name_table}
    9: {id: tipc_nla_mon, -nl-type: nest, -nl-nest: tipc_nla_mon}
    10: {id: tipc_nla_mon_peer, -nl-type: nest, -nl-nest: tipc_nla_mon_peer}
  tipc_nla_bearer:
    0: {id: tipc_nla_bearer_unspec, -nl-type: binary}
    1: {id: tipc_nla_bearer_name, -nl-type: string}
    2: {id: tipc_nla_bearer_prop, -nl-type: nest, -nl-nest: tipc_nla_prop}
    3: {id: tipc_nla_bearer_domain, -nl-type: u32}
    4: {id: tipc_nla_bearer_udp_opts, -nl-type: nest, -nl-nest: tipc_nla_udp}
  tipc_nla_udp:
    0: {id: tipc_nla_udp_unspec, -nl-type: binary}
    1: {id: tipc_nla_udp_local, -nl-type: binary, doc: "a struct sockaddr_storage (sockaddr_in or sockaddr_in6)"}
    2: {id: tipc_nla_udp_remote, -nl-type: binary, doc: "a struct sockaddr_storage (sockaddr_in or sockaddr_in6)"}
    3: {id: tipc_nla_udp_multi_remoteip, -nl-type: flag}
  tipc_nla_sock:
    0: {id: tipc_nla_sock_unspec, -nl-type: binary}
    1: {id: tipc_nla_sock_addr, -nl-type: u32}
    2: {id: tipc_nla_sock_ref, -nl-type: u32}
    3: {id: tipc_nla_sock_con, -nl-type: nest, -nl-nest: tipc_nla_con}
    4: {id: tipc_nla_sock_has_publ, -nl-type: flag}
    5: {id: tipc_nla_sock_stat, -nl-type: nest, -nl-nest: tipc_nla_sock_stat}
    6: {id: tipc_nla_sock_type, -nl-type: u32}
    7: {id: tipc_nla_sock_ino, -nl-type: u32}
    8: {id: tipc_nla_sock_uid, -nl-type: u32}
    9: {id: tipc_nla_sock_tipc_state, -nl-type: u32}
    10: {id: tipc_nla_sock_cookie, -nl-type: u64}
    11: {id: tipc_nla_sock_pad, -nl-type: binary}
    12: {id: tipc_nla_sock_group, -nl-type: nest, -nl-nest: tipc_nla_sock_group}
  tipc_nla_link:
    0: {id: tipc_nla_link_unspec, -nl-type: binary}
    1: {id: tipc_nla_link_name, -nl-type: string}
    2: {id: tipc_nla_link_dest, -nl-type: u32}
    3: {id: tipc_nla_link_mtu, -nl-type: u32}
    4: {id: tipc_nla_link_broadcast, -nl-type: flag}
    5: {id: tipc_nla_link_up, -nl-type: flag}
    6: {id: tipc_nla_link_active, -nl-type: flag}
    7: {id: tipc_nla_link_prop, -nl-type: nest, -nl-nest: tipc_nla_prop}
    8: {id: tipc_nla_link_stats, -nl-type: nest, -nl-nest: tipc_nla_stats}
    9: {id: tipc_nla_link_rx, -nl-type: u32}
    10: {id: tipc_nla_link_tx, -nl-type: u32}
  tipc_nla_media:
    0: {id: tipc_nla_media_unspec, -nl-type: binary}
    1: {id: tipc_nla_media_name, -nl-type: string}
    2: {id: tipc_nla_media_prop, -nl-type: nest, -nl-nest: tipc_nla_prop}
  tipc_nla_node:
    0: {id: tipc_nla_node_unspec, -nl-type: binary}
    1: {id: tipc_nla_node_addr, -nl-type: u32}
    2: {id: tipc_nla_node_up, -nl-type: flag}
    3: {id: tipc_nla_node_id, -nl-type: binary}
    4: {id: tipc_nla_node_key, -nl-type: binary, doc: "a struct tipc_aead_key (linux/tipc.h)"}
    5: {id: tipc_nla_node_key_master, -nl-type: flag}
    6: {id: tipc_nla_node_rekeying, -nl-type: u32}
  tipc_nla_net:
    0: {id: tipc_nla_net_unspec, -nl-type: binary}
    1: {id: tipc_nla_net_id, -nl-type: u32}
    2: {id: tipc_nla_net_addr, -nl-type: u32, doc: "the node address (zone.cluster.node, 8.12.12 bits)"}
    3: {id: tipc_nla_net_nodeid, -nl-type: u64}
    4: {id: tipc_nla_net_nodeid_w1, -nl-type: u64}
    5: {id: tipc_nla_net_addr_legacy, -nl-type: flag}
  tipc_nla_name_table:
    0: {id: tipc_nla_name_table_unspec, -nl-type: binary}
    1: {id: tipc_nla_name_table_publ, -nl-type: nest, -nl-nest: tipc_nla_publ}
  tipc_nla_mon:
    0: {id: tipc_nla_mon_unspec, -nl-type: binary}
    1: {id: tipc_nla_mon_activation_threshold, -nl-type: u32}
    2: {id: tipc_nla_mon_ref, -nl-type: u32}
    3: {id: tipc_nla_mon_active, -nl-type: flag}
    4: {id: tipc_nla_mon_bearer_name, -nl-type: string}
    5: {id: tipc_nla_mon_peercnt, -nl-type: u32}
    6: {id: tipc_nla_mon_listgen, -nl-type: u32}
  tipc_nla_publ:
    0: {id: tipc_nla_publ_unspec, -nl-type: binary}
    1: {id: tipc_nla_publ_type, -nl-type: u32}
    2: {id: tipc_nla_publ_lower, -nl-type: u32}
    3: {id: tipc_nla_publ_upper, -nl-type: u32}
    4: {id: tipc_nla_publ_scope, -nl-type: u32}
    5: {id: tipc_nla_publ_node, -nl-type: u32}
    6: {id: tipc_nla_publ_ref, -nl-type: u32}
    7: {id: tipc_nla_publ_key, -nl-type: u32}
  tipc_nla_mon_peer:
    0: {id: tipc_nla_mon_peer_unspec, -nl-type: binary}
    1: {id: tipc_nla_mon_peer_addr, -nl-type: u32}
    2: {id: tipc_nla_mon_peer_domgen, -nl-type: u32}
    3: {id: tipc_nla_mon_peer_applied, -nl-type: u32}
    4: {id: tipc_nla_mon_peer_upmap, -nl-type: u64}
    5: {id: tipc_nla_mon_peer_members, -nl-type: binary, doc: "the members, u32 each"}
    6: {id: tipc_nla_mon_peer_up, -nl-type: flag}
    7: {id: tipc_nla_mon_peer_head, -nl-type: flag}
    8: {id: tipc_nla_mon_peer_local, -nl-type: flag}
    9: {id: tipc_nla_mon_peer_pad, -nl-type: binary}
  tipc_nla_sock_group:
    0: {id: tipc_nla_sock_group_id, -nl-type: u32}
    1: {id: tipc_nla_sock_group_open, -nl-type: flag}
    2: {id: tipc_nla_sock_group_node_scope, -nl-type: flag}
    3: {id: tipc_nla_sock_group_cluster_scope, -nl-type: flag}
    4: {id: tipc_nla_sock_group_instance, -nl-type: u32}
    5: {id: tipc_nla_sock_group_bc_send_next, -nl-type: u32}
  tipc_nla_con:
    0: {id: tipc_nla_con_unspec, -nl-type: binary}
    1: {id: tipc_nla_con_flag, -nl-type: flag}
    2: {id: tipc_nla_con_node, -nl-type: u32}
    3: {id: tipc_nla_con_sock, -nl-type: u32}
    4: {id: tipc_nla_con_type, -nl-type: u32}
    5: {id: tipc_nla_con_inst, -nl-type: u32}
  tipc_nla_sock_stat:
    0: {id: tipc_nla_sock_stat_rcvq, -nl-type: u32}
    1: {id: tipc_nla_sock_stat_sendq, -nl-type: u32}
    2: {id: tipc_nla_sock_stat_link_cong, -nl-type: flag}
    3: {id: tipc_nla_sock_stat_conn_cong, -nl-type: flag}
    4: {id: tipc_nla_sock_stat_drop, -nl-type: u32}
  tipc_nla_prop:
    0: {id: tipc_nla_prop_unspec, -nl-type: binary}
    1: {id: tipc_nla_prop_prio, -nl-type: u32}
    2: {id: tipc_nla_prop_tol, -nl-type: u32}
    3: {id: tipc_nla_prop_win, -nl-type: u32}
    4: {id: tipc_nla_prop_mtu, -nl-type: u32}
    5: {id: tipc_nla_prop_broadcast, -nl-type: u32}
    6: {id: tipc_nla_prop_broadcast_ratio, -nl-type: u32}
  tipc_nla_stats:
    0: {id: tipc_nla_stats_unspec, -nl-type: binary}
    1: {id: tipc_nla_stats_rx_info, -nl-type: u32}
    2: {id: tipc_nla_stats_rx_fragments, -nl-type: u32}
    3: {id: tipc_nla_stats_rx_fragmented, -nl-type: u32}
    4: {id: tipc_nla_stats_rx_bundles, -nl-type: u32}
    5: {id: tipc_nla_stats_rx_bundled, -nl-type: u32}
    6: {id: tipc_nla_stats_tx_info, -nl-type: u32}
    7: {id: tipc_nla_stats_tx_fragments, -nl-type: u32}
    8: {id: tipc_nla_stats_tx_fragmented, -nl-type: u32}
    9: {id: tipc_nla_stats_tx_bundles, -nl-type: u32}
    10: {id: tipc_nla_stats_tx_bundled, -nl-type: u32}
    11: {id: tipc_nla_stats_msg_prof_tot, -nl-type: u32}
    12: {id: tipc_nla_stats_msg_len_cnt, -nl-type: u32}
    13: {id: tipc_nla_stats_msg_len_tot, -nl-type: u32}
    14: {id: tipc_nla_stats_msg_len_p0, -nl-type: u32}
    15: {id: tipc_nla_stats_msg_len_p1, -nl-type: u32}
    16: {id: tipc_nla_stats_msg_len_p2, -nl-type: u32}
    17: {id: tipc_nla_stats_msg_len_p3, -nl-type: u32}
    18: {id: tipc_nla_stats_msg_len_p4, -nl-type: u32}
    19: {id: tipc_nla_stats_msg_len_p5, -nl-type: u32}
    20: {id: tipc_nla_stats_msg_len_p6, -nl-type: u32}
    21: {id: tipc_nla_stats_rx_states, -nl-type: u32}
    22: {id: tipc_nla_stats_rx_probes, -nl-type: u32}
    23: {id: tipc_nla_stats_rx_nacks, -nl-type: u32}
    24: {id: tipc_nla_stats_rx_deferred, -nl-type: u32}
    25: {id: tipc_nla_stats_tx_states, -nl-type: u32}
    26: {id: tipc_nla_stats_tx_probes, -nl-type: u32}
    27: {id: tipc_nla_stats_tx_nacks, -nl-type: u32}
    28: {id: tipc_nla_stats_tx_acks, -nl-type: u32}
    29: {id: tipc_nla_stats_retransmitted, -nl-type: u32}
    30: {id: tipc_nla_stats_duplicates, -nl-type: u32}
    31: {id: tipc_nla_stats_link_congs, -nl-type: u32}
    32: {id: tipc_nla_stats_max_queue, -nl-type: u32}
    33: {id: tipc_nla_stats_avg_queue, -nl-type: u32}
