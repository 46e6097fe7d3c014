meta:
  id: genetlink_ipvs
  title: "Generic netlink family IPVS: IPVS_CMD_*, IPVS_CMD_ATTR_*, IPVS_SVC_ATTR_*, IPVS_DEST_ATTR_*, IPVS_DAEMON_ATTR_*, IPVS_STATS_ATTR_*, IPVS_INFO_ATTR_*"
  license: MIT
  endian:
    switch-on: is_le
    cases:
      true: le
      false: be
doc: |
  The IP Virtual Server load balancer (ipvsadm, keepalived). A virtual service (IPVS_CMD_ATTR_SERVICE: address
  family, protocol, address and port, or a firewall mark; scheduler, persistence) has real servers
  (IPVS_CMD_ATTR_DEST: address, port, forwarding method, weight, thresholds); IPVS_CMD_NEW/SET/DEL_* change them
  and IPVS_CMD_GET_SERVICE/GET_DEST dumps are answered with NEW_SERVICE/NEW_DEST messages that add counters and
  rates (STATS, STATS64). The sync daemon (IPVS_CMD_ATTR_DAEMON) and the TCP/UDP timeouts (GET_CONFIG answered
  with SET_CONFIG) are set and read the same way; GET_INFO is answered with SET_INFO (version, table size).
  A service's and a real server's address is a union nf_inet_addr: 16 bytes whatever the family, an IPv4
  address in the first 4 (ip_vs_addr_in) by IPVS_SVC_ATTR_AF or IPVS_DEST_ATTR_ADDR_FAMILY.
doc-ref: /usr/include/linux/ip_vs.h
params:
  - id: is_le
    type: bool
-nl-sub-messages:
  # an address by the address family beside it (services and destinations)
  ip_vs_addr: {AF_INET: ip_vs_addr_in, AF_INET6: ip_vs_addr_in6}
types:
  ip_vs_flags:
    doc: "IPVS_SVC_ATTR_FLAGS: the service's flags, and which of them a change sets"
    seq:
      - {id: flags, type: u4, -nl-flags: ip_vs_svc_f}
      - {id: mask, type: u4, doc: the bits of flags a change sets (all ones from ipvsadm)}
  ip_vs_addr_in:
    doc: union nf_inet_addr holding an IPv4 address
    seq:
      - {id: ip, size: 4, -nl-type: ipv4}
      - {id: unused, size: 12}
  ip_vs_addr_in6:
    doc: union nf_inet_addr holding an IPv6 address
    seq:
      - {id: in6, size: 16, -nl-type: ipv6}
enums:
  ipvs_cmd:
    0: {id: ipvs_cmd_unspec, -nl-kind: other}
    1: {id: ipvs_cmd_new_service, -nl-kind: new, doc: also each answer of a GET_SERVICE dump}
    2: {id: ipvs_cmd_set_service, -nl-kind: new}
    3: {id: ipvs_cmd_del_service, -nl-kind: delete}
    4: {id: ipvs_cmd_get_service, -nl-kind: get}
    5: {id: ipvs_cmd_new_dest, -nl-kind: new, doc: also each answer of a GET_DEST dump}
    6: {id: ipvs_cmd_set_dest, -nl-kind: new}
    7: {id: ipvs_cmd_del_dest, -nl-kind: delete}
    8: {id: ipvs_cmd_get_dest, -nl-kind: get}
    9: {id: ipvs_cmd_new_daemon, -nl-kind: new, doc: also each answer of a GET_DAEMON dump}
    10: {id: ipvs_cmd_del_daemon, -nl-kind: delete}
    11: {id: ipvs_cmd_get_daemon, -nl-kind: get}
    12: {id: ipvs_cmd_set_config, -nl-kind: new, doc: also the answer to GET_CONFIG}
    13: {id: ipvs_cmd_get_config, -nl-kind: get}
    14: {id: ipvs_cmd_set_info, -nl-kind: other, -nl-attrs: ipvs_info_attr, doc: only the answer to GET_INFO}
    15: {id: ipvs_cmd_get_info, -nl-kind: get, -nl-attrs: ipvs_info_attr}
    16: {id: ipvs_cmd_zero, -nl-kind: new}
    17: {id: ipvs_cmd_flush, -nl-kind: delete}
  ipvs_cmd_attr:
    0: {id: ipvs_cmd_attr_unspec, -nl-type: binary}
    1: {id: ipvs_cmd_attr_service, -nl-type: nest, -nl-nest: ipvs_svc_attr}
    2: {id: ipvs_cmd_attr_dest, -nl-type: nest, -nl-nest: ipvs_dest_attr}
    3: {id: ipvs_cmd_attr_daemon, -nl-type: nest, -nl-nest: ipvs_daemon_attr}
    4: {id: ipvs_cmd_attr_timeout_tcp, -nl-type: u32, doc: seconds}
    5: {id: ipvs_cmd_attr_timeout_tcp_fin, -nl-type: u32, doc: seconds}
    6: {id: ipvs_cmd_attr_timeout_udp, -nl-type: u32, doc: seconds}
  ipvs_svc_attr:
    0: {id: ipvs_svc_attr_unspec, -nl-type: binary}
    1: {id: ipvs_svc_attr_af, -nl-type: u16, -nl-enum: linux_common.address_family}
    2: {id: ipvs_svc_attr_protocol, -nl-type: u16, -nl-enum: rtnetlink_route.ip_proto}
    3: {id: ipvs_svc_attr_addr, -nl-type: submsg, -nl-selector: IPVS_SVC_ATTR_AF, -nl-submsg: ip_vs_addr}
    4: {id: ipvs_svc_attr_port, -nl-type: u16, -nl-byte-order: big}
    5: {id: ipvs_svc_attr_fwmark, -nl-type: u32, doc: "the firewall mark of a service chosen by mark (ipvsadm -f), instead of address and port"}
    6: {id: ipvs_svc_attr_sched_name, -nl-type: string}
    7: {id: ipvs_svc_attr_flags, -nl-type: struct, -nl-struct: ip_vs_flags}
    8: {id: ipvs_svc_attr_timeout, -nl-type: u32, doc: the persistence timeout in seconds}
    9: {id: ipvs_svc_attr_netmask, -nl-type: u32, -nl-byte-order: big, doc: "the persistence netmask (IPv4) or prefix length (IPv6)"}
    10: {id: ipvs_svc_attr_stats, -nl-type: nest, -nl-nest: ipvs_stats_attr}
    11: {id: ipvs_svc_attr_pe_name, -nl-type: string, doc: the persistence engine (sip)}
    12: {id: ipvs_svc_attr_stats64, -nl-type: nest, -nl-nest: ipvs_stats_attr}
  ipvs_dest_attr:
    0: {id: ipvs_dest_attr_unspec, -nl-type: binary}
    1: {id: ipvs_dest_attr_addr, -nl-type: submsg, -nl-selector: IPVS_DEST_ATTR_ADDR_FAMILY, -nl-submsg: ip_vs_addr}
    2: {id: ipvs_dest_attr_port, -nl-type: u16, -nl-byte-order: big}
    3: {id: ipvs_dest_attr_fwd_method, -nl-type: u32, -nl-enum: ip_vs_conn_f_fwd}
    4: {id: ipvs_dest_attr_weight, -nl-type: u32}
    5: {id: ipvs_dest_attr_u_thresh, -nl-type: u32}
    6: {id: ipvs_dest_attr_l_thresh, -nl-type: u32}
    7: {id: ipvs_dest_attr_active_conns, -nl-type: u32}
    8: {id: ipvs_dest_attr_inact_conns, -nl-type: u32}
    9: {id: ipvs_dest_attr_persist_conns, -nl-type: u32}
    10: {id: ipvs_dest_attr_stats, -nl-type: nest, -nl-nest: ipvs_stats_attr}
    11: {id: ipvs_dest_attr_addr_family, -nl-type: u16, -nl-enum: linux_common.address_family}
    12: {id: ipvs_dest_attr_stats64, -nl-type: nest, -nl-nest: ipvs_stats_attr}
    13: {id: ipvs_dest_attr_tun_type, -nl-type: u8, -nl-enum: ip_vs_conn_f_tunnel_type}
    14: {id: ipvs_dest_attr_tun_port, -nl-type: u16, -nl-byte-order: big}
    15: {id: ipvs_dest_attr_tun_flags, -nl-type: u16, -nl-flags: ip_vs_tunnel_encap_flag}
  ipvs_daemon_attr:
    0: {id: ipvs_daemon_attr_unspec, -nl-type: binary}
    1: {id: ipvs_daemon_attr_state, -nl-type: u32, -nl-flags: ip_vs_state}
    2: {id: ipvs_daemon_attr_mcast_ifn, -nl-type: string}
    3: {id: ipvs_daemon_attr_sync_id, -nl-type: u32}
    4: {id: ipvs_daemon_attr_sync_maxlen, -nl-type: u16}
    5: {id: ipvs_daemon_attr_mcast_group, -nl-type: ipv4}
    6: {id: ipvs_daemon_attr_mcast_group6, -nl-type: ipv6}
    7: {id: ipvs_daemon_attr_mcast_port, -nl-type: u16, doc: in host order}
    8: {id: ipvs_daemon_attr_mcast_ttl, -nl-type: u8}
  ipvs_stats_attr:
    # STATS (32-bit counters but 64-bit bytes) and STATS64 (all 64-bit) share the set: uint reads both
    0: {id: ipvs_stats_attr_unspec, -nl-type: binary}
    1: {id: ipvs_stats_attr_conns, -nl-type: uint}
    2: {id: ipvs_stats_attr_inpkts, -nl-type: uint}
    3: {id: ipvs_stats_attr_outpkts, -nl-type: uint}
    4: {id: ipvs_stats_attr_inbytes, -nl-type: uint}
    5: {id: ipvs_stats_attr_outbytes, -nl-type: uint}
    6: {id: ipvs_stats_attr_cps, -nl-type: uint}
    7: {id: ipvs_stats_attr_inpps, -nl-type: uint}
    8: {id: ipvs_stats_attr_outpps, -nl-type: uint}
    9: {id: ipvs_stats_attr_inbps, -nl-type: uint}
    10: {id: ipvs_stats_attr_outbps, -nl-type: uint}
    11: {id: ipvs_stats_attr_pad, -nl-type: binary}
  ipvs_info_attr:
    0: {id: ipvs_info_attr_unspec, -nl-type: binary}
    1: {id: ipvs_info_attr_version, -nl-type: u32, doc: "IP_VS_VERSION_CODE: 0x010201 is 1.2.1"}
    2: {id: ipvs_info_attr_conn_tab_size, -nl-type: u32}
  ip_vs_svc_f:
    0x1: ip_vs_svc_f_persistent
    0x2: ip_vs_svc_f_hashed
    0x4: ip_vs_svc_f_onepacket
    0x8: {id: ip_vs_svc_f_sched1, doc: "IP_VS_SVC_F_SCHED_SH_FALLBACK for the sh scheduler"}
    0x10: {id: ip_vs_svc_f_sched2, doc: "IP_VS_SVC_F_SCHED_SH_PORT for the sh scheduler"}
    0x20: ip_vs_svc_f_sched3
  ip_vs_state:
    0x1: ip_vs_state_master
    0x2: ip_vs_state_backup
  ip_vs_conn_f_fwd:
    # the forwarding methods, IP_VS_CONN_F_FWD_MASK of the connection flags
    0: ip_vs_conn_f_masq
    1: ip_vs_conn_f_localnode
    2: ip_vs_conn_f_tunnel
    3: ip_vs_conn_f_droute
    4: ip_vs_conn_f_bypass
  ip_vs_conn_f_tunnel_type:
    0: ip_vs_conn_f_tunnel_type_ipip
    1: ip_vs_conn_f_tunnel_type_gue
    2: ip_vs_conn_f_tunnel_type_gre
  ip_vs_tunnel_encap_flag:
    0x1: ip_vs_tunnel_encap_flag_csum
    0x2: ip_vs_tunnel_encap_flag_remcsum
